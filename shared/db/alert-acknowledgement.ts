import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Principal } from '../auth/principal.js';
import { NotFound, type NotFoundCode, RuleViolation, type RuleViolationCode } from '../domain/errors.js';
import type { Store } from './store.js';
import { type TransactItem, TransactionCancelled } from './transact.js';

/** Where one alert is stored: the young person's partition, the alert's sort key. */
export interface AlertKey {
  pk: string;
  sk: string;
}

/**
 * The first item of an acknowledgement's transaction: marks one alert taken in hand, by whom,
 * once. Its condition fails on an unknown alert and on one already acknowledged.
 */
export function acknowledgeAlertItem(store: Store, key: AlertKey, staff: Principal, now: Date): TransactItem {
  return {
    Update: {
      TableName: store.tableName,
      Key: key,
      UpdateExpression: 'SET acknowledgedAt = :at, acknowledgedByName = :name',
      ConditionExpression: 'attribute_exists(pk) AND acknowledgedAt = :none',
      ExpressionAttributeValues: { ':at': now.toISOString(), ':name': staff.name, ':none': null },
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    },
  };
}

/**
 * What a failed acknowledgement means, told apart by the item the failed condition saw:
 * none (404), or one already taken in hand (409). Any other failure is passed on as it is.
 */
export function acknowledgementFailure(error: unknown, codes: { notFound: NotFoundCode; alreadyAcknowledged: RuleViolationCode }): unknown {
  if (!(error instanceof TransactionCancelled && error.failedCondition(0))) return error;
  if (!error.reasons[0]?.item) return new NotFound(codes.notFound, { cause: error });
  return new RuleViolation(codes.alreadyAcknowledged, { cause: error });
}

/**
 * The one alert an acknowledgement changed, as it left it: read back by its key (a transaction
 * returns no item), consistently, so it holds what was just written. None: the file went away
 * in between.
 */
export async function acknowledgedAlertItem(store: Store, key: AlertKey, notFound: NotFoundCode): Promise<Record<string, unknown>> {
  const { Item } = await store.db.send(new GetCommand({ TableName: store.tableName, Key: key, ConsistentRead: true }));
  if (!Item) throw new NotFound(notFound);
  return Item;
}
