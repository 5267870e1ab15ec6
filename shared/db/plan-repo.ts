import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Principal } from '../auth/principal.js';
import { parisDate } from '../domain/calendar-date.js';
import { computePlanReviewDue } from '../domain/plan-review.js';
import { ApiError, VersionConflict } from '../http/errors.js';
import { type Plan, planSchema, type SavePlanInput } from '../schemas/interviews.js';
import { auditRepo } from './audit-repo.js';
import { keys } from './keys.js';
import { queryAllByPrefix } from './query-page.js';
import type { Store } from './store.js';
import { type TransactItem, TransactionCancelled, transactWrite } from './transact.js';

export type PlanEvent = 'saved' | 'signed' | 'change_requested';

function currentKey(departement: string, youthId: string) {
  return { pk: keys.youth(departement, youthId), sk: keys.planSk };
}

/**
 * Writes the new current plan (if the stored version is still `expectedVersion`) and
 * its snapshot in the history, in one transaction: every change keeps its history.
 */
async function writeVersion(
  store: Store,
  actor: Principal,
  youthId: string,
  plan: Plan,
  expectedVersion: number,
  event: PlanEvent,
  now: Date,
): Promise<void> {
  const items: TransactItem[] = [
    {
      Put: {
        TableName: store.tableName,
        Item: { ...currentKey(actor.departement, youthId), type: 'plan', ...plan },
        ...(expectedVersion === 0
          ? { ConditionExpression: 'attribute_not_exists(pk)' }
          : { ConditionExpression: 'version = :expected', ExpressionAttributeValues: { ':expected': expectedVersion } }),
      },
    },
    {
      Put: {
        TableName: store.tableName,
        Item: {
          pk: keys.youth(actor.departement, youthId),
          sk: keys.planVersionSk(plan.version),
          type: 'planVersion',
          ...plan,
          event,
          at: now.toISOString(),
          byRole: actor.role,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
  ];
  // The young person's own answers are not staff access; staff changes are audited.
  if (actor.role !== 'jeune') items.push(auditRepo.putItem(store, actor, youthId, 'plan.write', now));
  try {
    await transactWrite(store.db, items);
  } catch (error) {
    if (error instanceof TransactionCancelled && (error.failedCondition(0) || error.failedCondition(1))) {
      throw new VersionConflict();
    }
    throw error;
  }
}

/** The projet d'autonomie: one current version and the history of every version. */
export const planRepo = {
  async get(store: Store, departement: string, youthId: string): Promise<Plan | null> {
    const result = await store.db.send(new GetCommand({ TableName: store.tableName, Key: currentKey(departement, youthId) }));
    return result.Item ? planSchema.parse(result.Item) : null;
  },

  /** Staff save: the plan goes (back) to the young person for agreement. */
  async save(store: Store, author: Principal, youthId: string, current: Plan | null, input: SavePlanInput, now: Date): Promise<Plan> {
    if ((current?.version ?? 0) !== input.version) throw new VersionConflict(current?.version);
    const today = parisDate(now);
    const majorChangeOn = input.majorChangeOn === undefined ? (current?.majorChangeOn ?? null) : input.majorChangeOn;
    const plan: Plan = {
      goals: input.goals,
      status: 'propose',
      version: input.version + 1,
      updatedAt: now.toISOString(),
      updatedByName: author.name,
      lastReviewedOn: today,
      majorChangeOn,
      reviewDueOn: computePlanReviewDue(today, majorChangeOn),
      signedAt: null,
      changeRequest: null,
    };
    await writeVersion(store, author, youthId, plan, input.version, 'saved', now);
    return plan;
  },

  /** The young person agrees to the version they read, or asks for a change to it. */
  async respond(
    store: Store,
    youth: Principal,
    youthId: string,
    current: Plan,
    response: { version: number; changeMessage?: string },
    now: Date,
  ): Promise<Plan> {
    if (current.version !== response.version) throw new VersionConflict(current.version);
    if (current.status !== 'propose') {
      throw new ApiError(
        409,
        'PLAN_NOT_PROPOSED',
        'Ce projet n’attend pas ta réponse : ton binôme doit d’abord proposer une nouvelle version.',
      );
    }
    const asked = response.changeMessage !== undefined;
    const plan: Plan = {
      ...current,
      status: asked ? 'modification_demandee' : 'signe',
      version: current.version + 1,
      updatedAt: now.toISOString(),
      signedAt: asked ? null : now.toISOString(),
      changeRequest: asked ? { message: response.changeMessage ?? '', at: now.toISOString() } : null,
    };
    await writeVersion(store, youth, youthId, plan, current.version, asked ? 'change_requested' : 'signed', now);
    return plan;
  },

  /** Every version, oldest first. */
  async history(store: Store, departement: string, youthId: string) {
    const items = await queryAllByPrefix(store, keys.youth(departement, youthId), keys.planVersionPrefix);
    return items.map((item) => ({
      ...planSchema.parse(item),
      event: item.event as PlanEvent,
      at: String(item.at),
      byRole: String(item.byRole),
    }));
  },
};
