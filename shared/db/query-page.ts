import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { decodeCursor, encodeCursor } from './cursor.js';
import type { Store } from './store.js';

export interface PageRequest {
  cursor?: string | undefined;
  limit?: number | undefined;
}

export interface Page<T> {
  items: T[];
  cursor: string | null;
}

export const DEFAULT_PAGE_SIZE = 25;

/**
 * One page of a Query on `partition` (attribute name -> value), items parsed by
 * `parse`. The cursor is checked to belong to the same partition.
 */
export async function queryPage<T>(
  store: Store,
  input: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey' | 'Limit'>,
  partition: Record<string, string>,
  page: PageRequest,
  parse: (item: Record<string, unknown>) => T,
): Promise<Page<T>> {
  const result = await store.db.send(
    new QueryCommand({
      ...input,
      TableName: store.tableName,
      Limit: page.limit ?? DEFAULT_PAGE_SIZE,
      ExclusiveStartKey: decodeCursor(page.cursor, partition),
    }),
  );
  return { items: (result.Items ?? []).map(parse), cursor: encodeCursor(result.LastEvaluatedKey) };
}

/** Every item of a partition, following pages; for exports, not for request lists. */
export async function queryAll(
  store: Store,
  input: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey'>,
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const result = await store.db.send(new QueryCommand({ ...input, TableName: store.tableName, ExclusiveStartKey: start }));
    items.push(...(result.Items ?? []));
    start = result.LastEvaluatedKey;
  } while (start);
  return items;
}

/** Every item of partition `pk` whose sort key starts with `prefix`, in sort-key order. */
export function queryAllByPrefix(store: Store, pk: string, prefix: string, tableName: string = store.tableName) {
  return queryAll(
    { ...store, tableName },
    {
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': pk, ':prefix': prefix },
    },
  );
}
