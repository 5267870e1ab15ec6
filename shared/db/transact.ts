import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { VersionConflict } from '../domain/errors.js';

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** Why each item of a cancelled transaction failed, in the order the items were given. */
export interface CancellationReason {
  code: string | undefined;
  /** The item the condition found, in wire format (read it with `fromWireFormat`). */
  item: Record<string, unknown> | undefined;
}

export class TransactionCancelled extends Error {
  constructor(readonly reasons: CancellationReason[]) {
    super('Transaction cancelled');
    this.name = 'TransactionCancelled';
  }

  /** True when the condition of the item at `index` failed. */
  failedCondition(index: number): boolean {
    return this.reasons[index]?.code === 'ConditionalCheckFailed';
  }
}

/**
 * Writes several items all or nothing. A failed condition becomes a
 * TransactionCancelled that the repository turns into a domain error.
 */
export async function transactWrite(db: DynamoDBDocumentClient, items: TransactItem[]): Promise<void> {
  try {
    await db.send(new TransactWriteCommand({ TransactItems: items }));
  } catch (error) {
    if (error instanceof TransactionCanceledException && error.CancellationReasons) {
      throw new TransactionCancelled(error.CancellationReasons.map(({ Code, Item }): CancellationReason => ({ code: Code, item: Item })));
    }
    throw error;
  }
}

/**
 * `transactWrite` of items whose first is the write conditioned on the version as read: its
 * failed condition means someone changed the record meanwhile, a VersionConflict (409).
 */
export async function transactWriteVersioned(db: DynamoDBDocumentClient, items: TransactItem[]): Promise<void> {
  try {
    await transactWrite(db, items);
  } catch (error) {
    if (error instanceof TransactionCancelled && error.failedCondition(0)) throw new VersionConflict({ cause: error });
    throw error;
  }
}

/**
 * Like `transactWrite`, retried with jittered backoff while DynamoDB cancels it for a
 * conflict with another transaction on the same items (busy counters under a vote).
 * A cancelled transaction wrote nothing, so retrying is safe.
 */
export async function transactWriteRetryingConflicts(db: DynamoDBDocumentClient, items: TransactItem[], attempts = 12): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await transactWrite(db, items);
      return;
    } catch (error) {
      const conflict = error instanceof TransactionCancelled && error.reasons.some((reason) => reason.code === 'TransactionConflict');
      const conditionFailed =
        error instanceof TransactionCancelled && error.reasons.some((reason) => reason.code === 'ConditionalCheckFailed');
      if (!conflict || conditionFailed || attempt >= attempts) throw error;
      const ceiling = Math.min(1000, 20 * 2 ** attempt);
      await new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
    }
  }
}
