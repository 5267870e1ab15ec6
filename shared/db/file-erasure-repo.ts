import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import type * as z from 'zod';
import type { FinalState } from '../domain/retention.js';
import { retentionDecisionSchema } from '../schemas/retention.js';
import { keys } from './keys.js';
import { type PageRequest, queryAll, queryPage } from './query-page.js';
import { retentionRepo } from './retention-repo.js';
import type { Store } from './store.js';
import { type TransactItem, TransactionCancelled, transactWrite } from './transact.js';
import type { YouthRecord } from './youth-repo.js';

/** What is left of a file handed over or destroyed: no personal data. */
export type RetentionDecision = z.infer<typeof retentionDecisionSchema>;

/** DynamoDB's largest transaction. */
const TRANSACTION_LIMIT = 100;

const keyOnly = { ProjectionExpression: 'pk, sk' } as const;

/** Deletes items by key, a transaction of up to 100 at a time (an item already gone is fine). */
async function deleteAll(store: Store, itemKeys: readonly Record<string, unknown>[]): Promise<void> {
  for (let start = 0; start < itemKeys.length; start += TRANSACTION_LIMIT) {
    const chunk = itemKeys.slice(start, start + TRANSACTION_LIMIT);
    await transactWrite(
      store.db,
      chunk.map((item): TransactItem => ({ Delete: { TableName: store.tableName, Key: { pk: item.pk, sk: item.sk } } })),
    );
  }
}

/**
 * The erasure of a young person's file at the end of its intermediate period, in the main
 * table. It runs in steps so that a file of any size can go and an interrupted run can be
 * finished: `begin` makes the file disappear for every reader at once (its final state) and
 * writes the decision record; the other items go after; the profile last.
 */
export const fileErasureRepo = {
  /**
   * The profile takes its final state and leaves every index (no list, no count shows it
   * any more), the retention index item goes, and the decision record is written: one
   * transaction, conditional on the file as read (still in the intermediate archive, same
   * version). False when it changed meanwhile: nothing was written.
   */
  async begin(store: Store, record: YouthRecord, decision: RetentionDecision): Promise<boolean> {
    try {
      await transactWrite(store.db, [
        {
          Update: {
            TableName: store.tableName,
            Key: { pk: keys.youth(record.departement, record.id), sk: keys.profileSk },
            UpdateExpression:
              'SET fileState = :final, retentionDecisionSk = :decisionSk REMOVE gsi1pk, gsi1sk, gsi2pk, gsi2sk, gsi3pk, gsi3sk',
            ConditionExpression: 'version = :version AND fileState = :archived',
            ExpressionAttributeValues: {
              ':final': decision.outcome,
              ':decisionSk': keys.retentionDecisionSk(decision.on, decision.id),
              ':version': record.version,
              ':archived': 'archive_intermediaire',
            },
          },
        },
        {
          Put: {
            TableName: store.tableName,
            Item: {
              pk: keys.retentionDecisions(record.departement),
              sk: keys.retentionDecisionSk(decision.on, decision.id),
              type: 'retentionDecision',
              ...decision,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        retentionRepo.deleteIndexItem(store, record.departement, record.id),
      ]);
      return true;
    } catch (error) {
      if (error instanceof TransactionCancelled) return false;
      throw error;
    }
  },

  /** The decision record a file in a final state points to (an erasure begun, perhaps interrupted). */
  async decisionOf(store: Store, record: YouthRecord): Promise<RetentionDecision | null> {
    const profile = await store.db.send(
      new GetCommand({
        TableName: store.tableName,
        Key: { pk: keys.youth(record.departement, record.id), sk: keys.profileSk },
        ProjectionExpression: 'retentionDecisionSk',
        ConsistentRead: true,
      }),
    );
    const sk = profile.Item?.retentionDecisionSk;
    if (typeof sk !== 'string') return null;
    const item = await store.db.send(
      new GetCommand({ TableName: store.tableName, Key: { pk: keys.retentionDecisions(record.departement), sk }, ConsistentRead: true }),
    );
    return item.Item ? retentionDecisionSchema.parse(item.Item) : null;
  },

  /**
   * Deletes every item of the young person's partition but the profile (journal, audit
   * log, interviews, plan, housing, grid, support, alerts, calendar, indicator facts,
   * messages, channels…), whatever their number. Returns how many it deleted.
   */
  async deletePartitionButProfile(store: Store, record: YouthRecord): Promise<number> {
    const items = await queryAll(store, {
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.youth(record.departement, record.id) },
      ...keyOnly,
      ConsistentRead: true,
    });
    const others = items.filter((item) => item.sk !== keys.profileSk);
    await deleteAll(store, others);
    return others.length;
  },

  /**
   * Deletes what the young person's login left outside their partition: the account link
   * (so the login finds no file) and the idempotency records of their requests.
   */
  async deleteLoginItems(store: Store, record: YouthRecord): Promise<number> {
    const idempotency = await queryAll(store, {
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.idempotency(record.departement, record.accountSub) },
      ...keyOnly,
    });
    await deleteAll(store, [{ pk: keys.account(record.departement, record.accountSub), sk: keys.accountSk }, ...idempotency]);
    return idempotency.length + 1;
  },

  /** The committees the young person is a member of (by their login), as the member items say. */
  async membershipsOf(store: Store, record: YouthRecord): Promise<{ committeeId: string }[]> {
    const items = await queryAll(store, {
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.memberCommittees(record.departement, record.accountSub) },
      ProjectionExpression: 'committeeId',
    });
    return items.flatMap((item) => (typeof item.committeeId === 'string' ? [{ committeeId: item.committeeId }] : []));
  },

  /** Takes the young person out of a committee: the member item goes and the count follows (once: a second run finds no member). */
  async deleteMembership(store: Store, record: YouthRecord, committeeId: string): Promise<void> {
    const pk = keys.committee(record.departement, committeeId);
    try {
      await transactWrite(store.db, [
        {
          Delete: {
            TableName: store.tableName,
            Key: { pk, sk: keys.memberSk(record.id) },
            ConditionExpression: 'attribute_exists(pk)',
          },
        },
        {
          Update: {
            TableName: store.tableName,
            Key: { pk, sk: keys.committeeSk },
            UpdateExpression: 'ADD memberCount :minusOne',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeValues: { ':minusOne': -1 },
          },
        },
      ]);
    } catch (error) {
      if (!(error instanceof TransactionCancelled)) throw error;
    }
  },

  /** Deletes the profile, the last item of the file: nothing of the person is left but the decision record. */
  async deleteProfile(store: Store, record: YouthRecord, outcome: FinalState): Promise<void> {
    try {
      await store.db.send(
        new DeleteCommand({
          TableName: store.tableName,
          Key: { pk: keys.youth(record.departement, record.id), sk: keys.profileSk },
          // Never a file that is not being erased (an id reused by mistake).
          ConditionExpression: 'fileState = :final',
          ExpressionAttributeValues: { ':final': outcome },
        }),
      );
    } catch (error) {
      // Already gone: a second run has nothing left to do.
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  },

  /** The département's decision records, newest first (admins; no personal data). */
  listDecisions(store: Store, departement: string, page: PageRequest) {
    const pk = keys.retentionDecisions(departement);
    return queryPage(
      store,
      {
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': pk, ':prefix': keys.retentionDecisionPrefix },
        ScanIndexForward: false,
      },
      { pk: { equals: pk }, sk: { startsWith: keys.retentionDecisionPrefix } },
      page,
      (item) => retentionDecisionSchema.parse(item),
    );
  },
};
