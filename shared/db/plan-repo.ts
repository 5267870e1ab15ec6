import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { isAuditedAccess } from '../auth/policy.js';
import type { Principal } from '../auth/principal.js';
import { parisDate } from '../domain/calendar-date.js';
import { VersionConflict } from '../domain/errors.js';
import type { PlannedMessage } from '../domain/reminders.js';
import { type Plan, type PlanEvent, planSchema, planVersionSchema } from '../schemas/interviews.js';
import { auditRepo } from './audit-repo.js';
import { calendarSyncItems } from './calendar-sync.js';
import { indicatorFactsRepo } from './indicator-facts-repo.js';
import { keys } from './keys.js';
import { outboxRepo } from './outbox-repo.js';
import { queryAllByPrefix } from './query-page.js';
import type { Store } from './store.js';
import { type TransactItem, TransactionCancelled, transactWrite } from './transact.js';

function currentKey(departement: string, youthId: string) {
  return { pk: keys.youth(departement, youthId), sk: keys.planSk };
}

/** The projet d'autonomie: one current version and the history of every version. Its rules: shared/domain/plan.ts. */
export const planRepo = {
  async get(store: Store, departement: string, youthId: string): Promise<Plan | null> {
    const result = await store.db.send(new GetCommand({ TableName: store.tableName, Key: currentKey(departement, youthId) }));
    return result.Item ? planSchema.parse(result.Item) : null;
  },

  /**
   * Writes `plan` as the current version (if the stored one is still `expectedVersion`,
   * 0 for none) and its snapshot in the history, in one transaction: every change keeps
   * its history. A staff change writes its audit entry in the same transaction, and so
   * are the messages it makes (the outbox).
   */
  async write(
    store: Store,
    actor: Principal,
    youthId: string,
    plan: Plan,
    change: { expectedVersion: number; event: PlanEvent },
    now: Date,
    messages: readonly PlannedMessage[] = [],
  ): Promise<void> {
    const items: TransactItem[] = [
      {
        Put: {
          TableName: store.tableName,
          Item: { ...currentKey(actor.departement, youthId), type: 'plan', ...plan },
          ...(change.expectedVersion === 0
            ? { ConditionExpression: 'attribute_not_exists(pk)' }
            : { ConditionExpression: 'version = :expected', ExpressionAttributeValues: { ':expected': change.expectedVersion } }),
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
            event: change.event,
            at: now.toISOString(),
            byRole: actor.role,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    ];
    if (isAuditedAccess(actor)) items.push(auditRepo.putItem(store, actor, youthId, 'plan.write', now));
    // The message that tells the young person a plan waits for them: written with it, or not at all.
    items.push(...outboxRepo.putItems(store, actor.departement, messages, now));
    // The exit indicators count plans signed by the 18th birthday: the first signature's day.
    if (change.event === 'signed') items.push(indicatorFactsRepo.planSignedItem(store, actor.departement, youthId, parisDate(now)));
    // The review date moves in the calendar with the plan that sets it.
    items.push(...(await calendarSyncItems(store, { departement: actor.departement, youthId }, { plan })));
    try {
      await transactWrite(store.db, items);
    } catch (error) {
      if (error instanceof TransactionCancelled && (error.failedCondition(0) || error.failedCondition(1))) {
        throw new VersionConflict({ cause: error });
      }
      throw error;
    }
  },

  /** Every version, oldest first. */
  async history(store: Store, departement: string, youthId: string) {
    const items = await queryAllByPrefix(store, keys.youth(departement, youthId), keys.planVersionPrefix);
    return items.map((item) => planVersionSchema.parse(item));
  },
};
