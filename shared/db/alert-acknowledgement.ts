import type { Principal } from '../auth/principal.js';
import { NotFound, type NotFoundCode, RuleViolation, type RuleViolationCode } from '../domain/errors.js';
import type { Store } from './store.js';
import { type TransactItem, TransactionCancelled } from './transact.js';

/**
 * The first item of an acknowledgement's transaction: marks one alert taken in hand, by whom,
 * once. Its condition fails on an unknown alert and on one already acknowledged.
 */
export function acknowledgeAlertItem(store: Store, key: { pk: string; sk: string }, staff: Principal, now: Date): TransactItem {
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
