import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { CursorShape } from './cursor.js';
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
 * One page of a Query, items parsed by `parse`. The cursor must be one this table
 * signed, for a key of the shape `cursorShape` describes (the same partition, sort keys
 * within the query's range): no other start key ever reaches DynamoDB.
 */
export async function queryPage<T>(
  store: Store,
  input: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey' | 'Limit'>,
  cursorShape: CursorShape,
  page: PageRequest,
  parse: (item: Record<string, unknown>) => T,
): Promise<Page<T>> {
  const result = await store.db.send(
    new QueryCommand({
      ...input,
      TableName: store.tableName,
      Limit: page.limit ?? DEFAULT_PAGE_SIZE,
      ExclusiveStartKey: await store.cursors.decode(page.cursor, cursorShape),
    }),
  );
  return { items: (result.Items ?? []).map(parse), cursor: await store.cursors.encode(result.LastEvaluatedKey) };
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

/**
 * Every item of day-index partition `gsi3pk` (gsi3, sort key `<day>#…`) filed on
 * `onOrBefore` or earlier, oldest first: what a daily job has due.
 */
export function queryDayIndexUpTo(store: Store, gsi3pk: string, onOrBefore: string) {
  return queryAll(store, {
    IndexName: 'gsi3',
    KeyConditionExpression: 'gsi3pk = :pk AND gsi3sk <= :last',
    // `~` sorts after every character of an id: the whole last day is in.
    ExpressionAttributeValues: { ':pk': gsi3pk, ':last': `${onOrBefore}~` },
  });
}
