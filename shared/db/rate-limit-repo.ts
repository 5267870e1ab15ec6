import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { TooManyRequests } from '../domain/errors.js';
import { type RateLimit, rateWindow } from '../domain/rate-limit.js';
import { keys } from './keys.js';
import type { Store } from './store.js';

/**
 * Per-caller counters of rate-limited actions: one item per caller, action and window,
 * deleted by the table's TTL once the window has passed. Shared by every Lambda instance.
 */
export const rateLimitRepo = {
  /** Counts one use of `limit` by the caller, or throws TooManyRequests (counting nothing) when the window's uses are spent. */
  async consume(store: Store, departement: string, callerSub: string, limit: RateLimit, now: Date): Promise<void> {
    const window = rateWindow(limit, now);
    try {
      await store.db.send(
        new UpdateCommand({
          TableName: store.tableName,
          Key: { pk: keys.rateLimit(departement, callerSub), sk: keys.rateLimitSk(limit.name, window.startsAt) },
          UpdateExpression: 'ADD #count :one SET #type = :type, expiresAt = :expiresAt',
          ConditionExpression: 'attribute_not_exists(#count) OR #count < :max',
          ExpressionAttributeNames: { '#count': 'count', '#type': 'type' },
          ExpressionAttributeValues: { ':one': 1, ':type': 'rateLimit', ':expiresAt': window.expiresAt, ':max': limit.max },
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) {
        throw new TooManyRequests('rateLimit.exceeded', window.retryAfterSeconds, { cause: error });
      }
      throw error;
    }
  },
};
