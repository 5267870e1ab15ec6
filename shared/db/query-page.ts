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

/** A partition of a secondary index: the index, and the value of its partition key (`gsi1pk` for gsi1…). */
export interface IndexPartition {
  index: 'gsi1' | 'gsi2' | 'gsi3';
  value: string;
}

/** The Query input for the items of an index partition whose index sort key starts with `sortKeyPrefix` (all when empty). */
export function indexPartitionQuery({ index, value }: IndexPartition, sortKeyPrefix = '') {
  // DynamoDB refuses an empty begins_with: the whole partition is the partition key alone.
  return sortKeyPrefix
    ? {
        IndexName: index,
        KeyConditionExpression: `${index}pk = :pk AND begins_with(${index}sk, :prefix)`,
        ExpressionAttributeValues: { ':pk': value, ':prefix': sortKeyPrefix },
      }
    : {
        IndexName: index,
        KeyConditionExpression: `${index}pk = :pk`,
        ExpressionAttributeValues: { ':pk': value },
      };
}

/** One page's worth of an index partition to read, and what its items' table keys look like. */
export interface IndexPageQuery {
  partition: IndexPartition;
  /** Only the index sort keys starting with it; all of the partition when left out. */
  sortKeyPrefix?: string;
  /** The table key of the items read, as a cursor may carry it (an index's cursor also holds the table key of the last item). */
  tableKey: CursorShape;
  /** A filter on the items read, with the values it names. */
  filter?: { expression: string; values: Record<string, unknown> };
}

/**
 * One page of an index partition, in the index's sort order. Its cursor can only continue
 * the same read: that partition, an index sort key under the prefix, a table key of the
 * shape `tableKey` gives.
 */
export function queryIndexPage<T>(
  store: Store,
  query: IndexPageQuery,
  page: PageRequest,
  parse: (item: Record<string, unknown>) => T,
): Promise<Page<T>> {
  const { partition, sortKeyPrefix = '', tableKey, filter } = query;
  const input = indexPartitionQuery(partition, sortKeyPrefix);
  return queryPage(
    store,
    filter
      ? {
          ...input,
          FilterExpression: filter.expression,
          ExpressionAttributeValues: { ...input.ExpressionAttributeValues, ...filter.values },
        }
      : input,
    {
      [`${partition.index}pk`]: { equals: partition.value },
      [`${partition.index}sk`]: { startsWith: sortKeyPrefix },
      ...tableKey,
    },
    page,
    parse,
  );
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
