import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import type { OpenedFile } from '../auth/opened-files.js';
import { isYouthAction } from '../auth/policy.js';
import { keys } from './keys.js';
import type { Store } from './store.js';
import { fromWireFormat } from './wire-format.js';

/** Keys are kept at least this long (DynamoDB TTL deletes them some time after). */
export const IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60;

const storedSchema = z.object({
  requestHash: z.string(),
  state: z.enum(['pending', 'done']),
  responseStatus: z.number().optional(),
  responseBody: z.string().optional(),
  /**
   * The files the policy let the request into, and for what, as JSON (a failed condition
   * hands back strings and numbers only): a replay is checked against them again. Absent on
   * records from before it: none.
   */
  opened: z
    .string()
    .optional()
    .transform((json) => (json ? JSON.parse(json) : []))
    .pipe(z.array(z.object({ youthId: z.string(), action: z.string().refine(isYouthAction) }))),
});
export type IdempotencyRecord = z.infer<typeof storedSchema>;

export interface IdempotencyScope {
  departement: string;
  callerSub: string;
  key: string;
}

function keyOf(scope: IdempotencyScope) {
  return { pk: keys.idempotency(scope.departement, scope.callerSub), sk: keys.idempotencySk(scope.key) };
}

/** Records of requests made with an `Idempotency-Key`, scoped to the caller. */
export const idempotencyRepo = {
  /**
   * Claims the key for this request. Returns null when claimed, or the record left
   * by an earlier request with the same key (still pending or done).
   */
  async claim(store: Store, scope: IdempotencyScope, requestHash: string, now: Date): Promise<IdempotencyRecord | null> {
    const nowSeconds = Math.floor(now.getTime() / 1000);
    try {
      await store.db.send(
        new PutCommand({
          TableName: store.tableName,
          Item: { ...keyOf(scope), type: 'idempotency', requestHash, state: 'pending', expiresAt: nowSeconds + IDEMPOTENCY_TTL_SECONDS },
          // TTL deletion is lazy: an expired record counts as absent.
          ConditionExpression: 'attribute_not_exists(pk) OR expiresAt < :now',
          ExpressionAttributeValues: { ':now': nowSeconds },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return null;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException && error.Item) {
        return storedSchema.parse(fromWireFormat(error.Item));
      }
      throw error;
    }
  },

  async complete(store: Store, scope: IdempotencyScope, status: number, body: string, opened: readonly OpenedFile[]): Promise<void> {
    await store.db.send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: keyOf(scope),
        UpdateExpression: 'SET #state = :done, responseStatus = :status, responseBody = :body, opened = :opened',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: { ':done': 'done', ':status': status, ':body': body, ':opened': JSON.stringify(opened) },
      }),
    );
  },

  /** Frees the key after a failure, so that the client's retry can go through. */
  async release(store: Store, scope: IdempotencyScope): Promise<void> {
    await store.db.send(new DeleteCommand({ TableName: store.tableName, Key: keyOf(scope) }));
  },
};
