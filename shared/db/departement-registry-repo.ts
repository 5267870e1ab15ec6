import { PutCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { keys } from './keys.js';
import { queryAll } from './query-page.js';
import type { Store } from './store.js';

const registeredSchema = z.object({ departement: z.string() });

/** The départements that have files: whom the daily alerts job runs for, read without a Scan. */
export const departementRegistryRepo = {
  /** Idempotent: the same item each time. */
  async register(store: Store, departement: string): Promise<void> {
    await store.db.send(
      new PutCommand({
        TableName: store.tableName,
        Item: { pk: keys.departementRegistry, sk: keys.departementRegistrySk(departement), type: 'departementRegistration', departement },
      }),
    );
  },

  /** Every registered département code (a hundred at most). */
  async list(store: Store): Promise<string[]> {
    const items = await queryAll(store, {
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.departementRegistry },
    });
    return items.map((item) => registeredSchema.parse(item).departement).sort();
  },
};
