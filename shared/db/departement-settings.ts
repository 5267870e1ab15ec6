import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from './keys.js';
import type { Store } from './store.js';

/**
 * One settings item per département and area: read through the area's own rule (its
 * defaults, fields added since), written whole with the time of the change.
 */
export function departementSettings<T extends object>(
  sk: string,
  type: string,
  read: (item: Record<string, unknown> | undefined) => T,
): { get(store: Store, departement: string): Promise<T>; put(store: Store, departement: string, settings: T, now: Date): Promise<void> } {
  return {
    async get(store, departement) {
      const result = await store.db.send(new GetCommand({ TableName: store.tableName, Key: { pk: keys.departement(departement), sk } }));
      return read(result.Item);
    },

    async put(store, departement, settings, now) {
      await store.db.send(
        new PutCommand({
          TableName: store.tableName,
          Item: { pk: keys.departement(departement), sk, type, ...settings, updatedAt: now.toISOString() },
        }),
      );
    },
  };
}
