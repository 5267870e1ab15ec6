import { BatchWriteCommand, type DynamoDBDocumentClient, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from '../../shared/db/store.js';
import type { TransactItem } from '../../shared/db/transact.js';

type WriteRequest = { PutRequest: { Item: Record<string, unknown> } } | { DeleteRequest: { Key: Record<string, unknown> } };

const BATCH = 25;

/**
 * A store for seeding tens of thousands of files: the repositories write their own items,
 * but each transaction's Puts and Deletes are queued and sent as BatchWriteItem, 25 at a
 * time, and its Updates one by one (with their conditions). Only the transaction's atomicity
 * and its Puts' conditions are dropped, which a seed of fresh data does not need; every
 * other request goes through.
 * Call `flush` when done.
 */
export function bulkSeedingStore(store: Store): { store: Store; flush(): Promise<void> } {
  const real = store.db;
  const pending: Map<string, WriteRequest[]> = new Map();
  const inFlight: Set<Promise<void>> = new Set();
  let failure: unknown = null;

  async function write(tableName: string, requests: WriteRequest[]): Promise<void> {
    let unprocessed: WriteRequest[] = requests;
    for (let attempt = 0; unprocessed.length > 0; attempt += 1) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 25 * 2 ** attempt)));
      const result = await real.send(new BatchWriteCommand({ RequestItems: { [tableName]: unprocessed } }));
      unprocessed = (result.UnprocessedItems?.[tableName] ?? []) as WriteRequest[];
    }
  }

  function send(tableName: string, force: boolean): void {
    const queue = pending.get(tableName) ?? [];
    while (queue.length >= BATCH || (force && queue.length > 0)) {
      const batch = queue.splice(0, BATCH);
      const sent: Promise<void> = write(tableName, batch)
        .catch((error: unknown) => {
          failure ??= error;
        })
        .finally(() => inFlight.delete(sent));
      inFlight.add(sent);
    }
  }

  function queue(tableName: string, request: WriteRequest): void {
    if (failure) throw failure;
    const list = pending.get(tableName) ?? [];
    list.push(request);
    pending.set(tableName, list);
    send(tableName, false);
  }

  async function flush(): Promise<void> {
    for (const tableName of pending.keys()) send(tableName, true);
    while (inFlight.size > 0) await Promise.all(inFlight);
    if (failure) throw failure;
  }

  async function transact(items: TransactItem[]): Promise<void> {
    const updates = items.flatMap((item) => (item.Update ? [item.Update] : []));
    for (const item of items) {
      if (item.Put) queue(item.Put.TableName ?? '', { PutRequest: { Item: item.Put.Item ?? {} } });
      else if (item.Delete) queue(item.Delete.TableName ?? '', { DeleteRequest: { Key: item.Delete.Key ?? {} } });
    }
    if (updates.length === 0) return;
    // An Update's condition may need an item still queued (a file's profile): write them first.
    await flush();
    await Promise.all(updates.map((update) => real.send(new UpdateCommand(update as ConstructorParameters<typeof UpdateCommand>[0]))));
  }

  const db = Object.create(real) as DynamoDBDocumentClient;
  // biome-ignore lint/suspicious/noExplicitAny: the client's `send` is overloaded; this stand-in forwards whatever it is given.
  (db as any).send = (command: any) =>
    command instanceof TransactWriteCommand ? transact(command.input.TransactItems ?? []).then(() => ({})) : real.send(command);

  return {
    store: { ...store, db },
    flush,
  };
}
