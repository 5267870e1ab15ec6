import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type * as z from 'zod';
import { keys } from './keys.js';
import type { Store } from './store.js';

/**
 * What a département's preparation questionnaire and autonomy grid have in common:
 * published versions in the département's settings partition, under sort keys that
 * sort by version, each written once (`attribute_not_exists`) and never changed, and a
 * built-in version 1 that is never stored. Each repository adds what is its own (the
 * grid's draft, the questionnaire's fallback to the default).
 */
export function versionedTemplates<T extends { version: number }>(spec: {
  /** The stored item's `type`. */
  type: string;
  prefix: string;
  sk: (version: number) => string;
  schema: z.ZodType<T>;
  builtIn: T;
}) {
  const key = (departement: string, version: number) => ({ pk: keys.departement(departement), sk: spec.sk(version) });
  async function storedVersion(store: Store, departement: string, version: number): Promise<T | null> {
    const result = await store.db.send(new GetCommand({ TableName: store.tableName, Key: key(departement, version) }));
    return result.Item ? spec.schema.parse(result.Item) : null;
  }
  return {
    /** The version in force: the latest published, else the built-in one. */
    async current(store: Store, departement: string): Promise<T> {
      const result = await store.db.send(
        new QueryCommand({
          TableName: store.tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': keys.departement(departement), ':prefix': spec.prefix },
          ScanIndexForward: false,
          Limit: 1,
        }),
      );
      const latest = result.Items?.[0];
      return latest ? spec.schema.parse(latest) : spec.builtIn;
    },

    /** A published version, or null when the département never published it. */
    async byVersion(store: Store, departement: string, version: number): Promise<T | null> {
      if (version === spec.builtIn.version) return spec.builtIn;
      return storedVersion(store, departement, version);
    },

    /** The version as the département published it, or null: the built-in one is not looked at. */
    storedVersion,

    /**
     * The Put that publishes `template` (alone or in a transaction): only if that version
     * is not written yet, so of two admins publishing at once the second fails its condition.
     */
    publishPut(store: Store, departement: string, template: T, now: Date) {
      return {
        TableName: store.tableName,
        Item: { ...key(departement, template.version), type: spec.type, ...template, publishedAt: now.toISOString() },
        ConditionExpression: 'attribute_not_exists(pk)',
      };
    },
  };
}
