import { type AttributeValue, BatchWriteItemCommand, type DynamoDBClient, ScanCommand, type WriteRequest } from '@aws-sdk/client-dynamodb';
import type { Store } from '../../shared/db/store.js';

type Item = Record<string, AttributeValue>;

/** Every item of a test's two tables (main and ballots), as DynamoDB returns them, by table and key. */
export interface TableState {
  tables: Map<string, Map<string, Item>>;
}

const keyOf = (item: Item) => JSON.stringify([item.pk, item.sk]);

/** The same text for the same item whatever the order its attributes come back in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value instanceof Uint8Array) return JSON.stringify(Buffer.from(value).toString('base64'));
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([name, inner]) => `${JSON.stringify(name)}:${canonical(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

async function scanAll(client: DynamoDBClient, tableName: string): Promise<Map<string, Item>> {
  const items = new Map<string, Item>();
  let start: Item | undefined;
  do {
    const page = await client.send(new ScanCommand({ TableName: tableName, ConsistentRead: true, ExclusiveStartKey: start }));
    for (const item of page.Items ?? []) items.set(keyOf(item), item);
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

/** Reads the whole of both tables: meant for a test's own small tables only. */
export async function captureTables(client: DynamoDBClient, store: Store): Promise<TableState> {
  const names = [store.tableName, store.ballotTableName];
  const scanned = await Promise.all(names.map((name) => scanAll(client, name)));
  return { tables: new Map(names.map((name, index) => [name, scanned[index] as Map<string, Item>])) };
}

async function writeAll(client: DynamoDBClient, tableName: string, requests: WriteRequest[]): Promise<void> {
  for (let start = 0; start < requests.length; start += 25) {
    let pending: WriteRequest[] = requests.slice(start, start + 25);
    for (let attempt = 0; pending.length > 0; attempt += 1) {
      if (attempt > 20) throw new Error(`Could not restore ${tableName}: items left unprocessed`);
      const result = await client.send(new BatchWriteItemCommand({ RequestItems: { [tableName]: pending } }));
      pending = result.UnprocessedItems?.[tableName] ?? [];
    }
  }
}

/**
 * Puts both tables back exactly as they were in `state`: items written since are deleted,
 * items changed or deleted since are put back (indexes follow by themselves). Answers how
 * many items it had to write, so a caller can tell a request that wrote nothing.
 */
export async function restoreTables(client: DynamoDBClient, state: TableState): Promise<number> {
  let written = 0;
  for (const [tableName, wanted] of state.tables) {
    const current = await scanAll(client, tableName);
    const requests: WriteRequest[] = [];
    for (const [key, item] of current) {
      if (!wanted.has(key)) requests.push({ DeleteRequest: { Key: { pk: item.pk as AttributeValue, sk: item.sk as AttributeValue } } });
    }
    for (const [key, item] of wanted) {
      const now = current.get(key);
      if (!now || canonical(now) !== canonical(item)) requests.push({ PutRequest: { Item: item } });
    }
    await writeAll(client, tableName, requests);
    written += requests.length;
  }
  return written;
}
