import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from './store.js';

/** DynamoDB's limit of keys per BatchGetItem. */
export const BATCH_KEYS = 100;

export type ItemKey = { pk: string; sk: string };

/** Reads `wanted` with as few BatchGetItem requests as DynamoDB allows, retrying what it leaves unprocessed. */
export async function batchGet(store: Store, wanted: readonly ItemKey[]): Promise<Record<string, unknown>[]> {
  const found: Record<string, unknown>[] = [];
  for (let start = 0; start < wanted.length; start += BATCH_KEYS) {
    let pending: ItemKey[] = wanted.slice(start, start + BATCH_KEYS);
    for (let attempt = 0; pending.length > 0; attempt += 1) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 25 * 2 ** attempt)));
      const result = await store.db.send(new BatchGetCommand({ RequestItems: { [store.tableName]: { Keys: pending } } }));
      found.push(...(result.Responses?.[store.tableName] ?? []));
      pending = (result.UnprocessedKeys?.[store.tableName]?.Keys as ItemKey[] | undefined) ?? [];
    }
  }
  return found;
}
