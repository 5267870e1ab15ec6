import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import type { Principal } from '../auth/principal.js';
import type { GridLevel } from '../domain/autonomy-grid.js';
import { AlreadyExists, VersionConflict } from '../domain/errors.js';
import { gridLevelSchema } from '../schemas/grids.js';
import { auditRepo } from './audit-repo.js';
import { keys } from './keys.js';
import { queryAllByPrefix } from './query-page.js';
import type { Store } from './store.js';
import { TransactionCancelled, transactWrite } from './transact.js';

const levelsSchema = z.record(z.string(), gridLevelSchema);

const evaluationItemSchema = z.object({
  id: z.string(),
  kind: z.enum(['self', 'binome']),
  assessedOn: z.string(),
  at: z.string(),
  templateVersion: z.number().int(),
  levels: levelsSchema,
  authorRole: z.string(),
  authorName: z.string().nullable(),
  note: z.string().nullable(),
});
/** A sent self-assessment or a binôme assessment, with the grid version it was made with. */
export type StoredEvaluation = z.infer<typeof evaluationItemSchema>;

const selfDraftItemSchema = z.object({
  templateVersion: z.number().int(),
  levels: levelsSchema,
  startedAt: z.string(),
  // Absent until the first level is saved (the draft is created empty, then filled).
  updatedAt: z
    .string()
    .nullish()
    .transform((value) => value ?? null),
});
export type SelfDraft = z.infer<typeof selfDraftItemSchema>;

const decisionItemSchema = z.object({ itemId: z.string(), decision: z.enum(['accepted', 'dismissed']), at: z.string() });
export type ProposalDecision = z.infer<typeof decisionItemSchema>;

const youthKey = (departement: string, youthId: string, sk: string) => ({ pk: keys.youth(departement, youthId), sk });

function evaluationItem(departement: string, youthId: string, evaluation: StoredEvaluation) {
  return {
    ...youthKey(departement, youthId, keys.gridEvaluationSk(evaluation.assessedOn, evaluation.id)),
    type: 'gridEvaluation',
    ...evaluation,
  };
}

/**
 * A young person's autonomy grid: evaluations (sent self-assessments, binôme
 * assessments), the self-assessment in progress (the young person's alone until sent)
 * and staff's decisions on proposals.
 */
export const gridEvaluationRepo = {
  /** Sent and binôme evaluations, oldest first. Never the self-assessment in progress. */
  async list(store: Store, departement: string, youthId: string): Promise<StoredEvaluation[]> {
    const items = await queryAllByPrefix(store, keys.youth(departement, youthId), keys.gridEvaluationPrefix);
    return items.map((item) => evaluationItemSchema.parse(item));
  },

  /** The binôme's assessment, with its audit entry in the same transaction. */
  async addBinomeAssessment(store: Store, author: Principal, youthId: string, evaluation: StoredEvaluation, now: Date): Promise<void> {
    await transactWrite(store.db, [
      {
        Put: {
          TableName: store.tableName,
          Item: evaluationItem(author.departement, youthId, evaluation),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      auditRepo.putItem(store, author, youthId, 'grid.write', now),
    ]);
  },

  /** The self-assessment in progress. Only the young person's own routes call this. */
  async getSelfDraft(store: Store, departement: string, youthId: string): Promise<SelfDraft | null> {
    const result = await store.db.send(
      new GetCommand({ TableName: store.tableName, Key: youthKey(departement, youthId, keys.gridSelfDraftSk), ConsistentRead: true }),
    );
    return result.Item ? selfDraftItemSchema.parse(result.Item) : null;
  },

  /**
   * Saves levels into the self-assessment in progress, starting it with `templateVersion`
   * if there is none. Each level is set by item id (null removes it), so a retried save
   * writes the same values again and never duplicates anything.
   */
  async saveSelfLevels(
    store: Store,
    departement: string,
    youthId: string,
    templateVersion: number,
    levels: Record<string, GridLevel | null>,
    now: Date,
  ): Promise<void> {
    const key = youthKey(departement, youthId, keys.gridSelfDraftSk);
    try {
      await store.db.send(
        new PutCommand({
          TableName: store.tableName,
          Item: { ...key, type: 'gridSelfDraft', templateVersion, levels: {}, startedAt: now.toISOString() },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
    const entries = Object.entries(levels);
    if (entries.length === 0) return;
    const sets = entries.flatMap(([, level], index) => (level === null ? [] : [`levels.#i${index} = :l${index}`]));
    const removes = entries.flatMap(([, level], index) => (level === null ? [`levels.#i${index}`] : []));
    await store.db.send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: key,
        UpdateExpression: [`SET ${[...sets, 'updatedAt = :now'].join(', ')}`, removes.length ? `REMOVE ${removes.join(', ')}` : '']
          .join(' ')
          .trim(),
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: Object.fromEntries(entries.map(([id], index) => [`#i${index}`, id])),
        ExpressionAttributeValues: {
          ...Object.fromEntries(entries.flatMap(([, level], index) => (level === null ? [] : [[`:l${index}`, level]]))),
          ':now': now.toISOString(),
        },
      }),
    );
  },

  /**
   * Sends the self-assessment in progress: it becomes an evaluation staff can read, and
   * the draft is gone, in one transaction. VersionConflict when the draft changed or was
   * sent since it was read (a second tap on "Envoyer"): nothing is written twice.
   */
  async sendSelf(store: Store, departement: string, youthId: string, draft: SelfDraft, evaluation: StoredEvaluation): Promise<void> {
    try {
      await transactWrite(store.db, [
        {
          Delete: {
            TableName: store.tableName,
            Key: youthKey(departement, youthId, keys.gridSelfDraftSk),
            ConditionExpression: 'updatedAt = :read',
            ExpressionAttributeValues: { ':read': draft.updatedAt },
          },
        },
        {
          Put: {
            TableName: store.tableName,
            Item: evaluationItem(departement, youthId, evaluation),
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
      ]);
    } catch (error) {
      if (error instanceof TransactionCancelled && (error.failedCondition(0) || error.failedCondition(1))) {
        throw new VersionConflict({ cause: error });
      }
      throw error;
    }
  },

  /** Decisions already taken on the proposals of one pair of evaluations. */
  async decisions(store: Store, departement: string, youthId: string, pair: string): Promise<ProposalDecision[]> {
    const items = await queryAllByPrefix(store, keys.youth(departement, youthId), keys.gridDecisionPrefix(pair));
    return items.map((item) => decisionItemSchema.parse(item));
  },

  /** Records staff's decision on a proposal, once (AlreadyExists after), with its audit entry. */
  async decide(
    store: Store,
    actor: Principal,
    youthId: string,
    pair: string,
    itemId: string,
    decision: ProposalDecision['decision'],
    now: Date,
  ): Promise<void> {
    try {
      await transactWrite(store.db, [
        {
          Put: {
            TableName: store.tableName,
            Item: {
              ...youthKey(actor.departement, youthId, keys.gridDecisionSk(pair, itemId)),
              type: 'gridDecision',
              itemId,
              decision,
              at: now.toISOString(),
              byRole: actor.role,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        auditRepo.putItem(store, actor, youthId, 'grid.write', now),
      ]);
    } catch (error) {
      if (error instanceof TransactionCancelled && error.failedCondition(0)) {
        throw new AlreadyExists('gridProposal.alreadyDecided', { cause: error });
      }
      throw error;
    }
  },
};
