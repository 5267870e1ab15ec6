import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import type { Principal } from '../auth/principal.js';
import { DEFAULT_GRID_TEMPLATE, type GridTemplate } from '../domain/autonomy-grid.js';
import { VersionConflict } from '../domain/errors.js';
import { GRID_DOMAINS } from '../domain/grid-domains.js';
import type { GridDraft } from '../domain/grid-template.js';
import { keys } from './keys.js';
import type { Store } from './store.js';
import { type TransactItem, TransactionCancelled, transactWrite } from './transact.js';
import { versionedTemplates } from './versioned-templates.js';

const storedItemSchema = z.object({ id: z.string(), domain: z.enum(GRID_DOMAINS), label: z.string() });
const templateItemSchema = z.object({ version: z.number().int(), items: z.array(storedItemSchema) });
const draftItemSchema = z.object({
  baseVersion: z.number().int(),
  items: z.array(storedItemSchema),
  revision: z.number().int(),
  updatedAt: z.string(),
});
export type StoredGridDraft = z.infer<typeof draftItemSchema>;

const settingsKey = (departement: string, sk: string) => ({ pk: keys.departement(departement), sk });

const versions = versionedTemplates<GridTemplate>({
  type: 'gridTemplate',
  prefix: keys.gridTemplatePrefix,
  sk: keys.gridTemplateSk,
  schema: templateItemSchema,
  builtIn: DEFAULT_GRID_TEMPLATE,
});

/**
 * The département's autonomy grid: published versions (`versionedTemplates`: written
 * once, never changed; version 1 is the built-in default) and one draft.
 */
export const gridTemplateRepo = {
  current: (store: Store, departement: string): Promise<GridTemplate> => versions.current(store, departement),

  /** A published version, or null when the département never published it. */
  byVersion: (store: Store, departement: string, version: number): Promise<GridTemplate | null> =>
    versions.byVersion(store, departement, version),

  async getDraft(store: Store, departement: string): Promise<StoredGridDraft | null> {
    const result = await store.db.send(
      new GetCommand({ TableName: store.tableName, Key: settingsKey(departement, keys.gridTemplateDraftSk), ConsistentRead: true }),
    );
    return result.Item ? draftItemSchema.parse(result.Item) : null;
  },

  /**
   * Saves the draft. With `expectedRevision`, only if the stored draft is still at that
   * revision (0: no draft yet), else VersionConflict; without it, over whatever is there.
   */
  async saveDraft(
    store: Store,
    departement: string,
    draft: GridDraft,
    expectedRevision: number | undefined,
    now: Date,
  ): Promise<StoredGridDraft> {
    const condition =
      expectedRevision === undefined
        ? {}
        : expectedRevision === 0
          ? { ConditionExpression: 'attribute_not_exists(pk)' }
          : { ConditionExpression: 'revision = :expected' };
    try {
      const result = await store.db.send(
        new UpdateCommand({
          TableName: store.tableName,
          Key: settingsKey(departement, keys.gridTemplateDraftSk),
          UpdateExpression:
            'SET #type = :type, baseVersion = :base, #items = :items, updatedAt = :now, revision = if_not_exists(revision, :zero) + :one',
          ExpressionAttributeNames: { '#type': 'type', '#items': 'items' },
          ExpressionAttributeValues: {
            ':type': 'gridTemplateDraft',
            ':base': draft.baseVersion,
            ':items': draft.items,
            ':now': now.toISOString(),
            ':zero': 0,
            ':one': 1,
            ...(expectedRevision ? { ':expected': expectedRevision } : {}),
          },
          ...condition,
          ReturnValues: 'ALL_NEW',
        }),
      );
      return draftItemSchema.parse(result.Attributes);
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new VersionConflict({ cause: error });
      throw error;
    }
  },

  /**
   * Writes the new version once (two admins publishing at once: the second finds it
   * written: VersionConflict) and removes the draft it came from, if it is still the one read.
   */
  async publish(store: Store, actor: Principal, template: GridTemplate, draftRevision: number | null, now: Date): Promise<GridTemplate> {
    const items: TransactItem[] = [{ Put: versions.publishPut(store, actor.departement, template, now) }];
    if (draftRevision !== null) {
      items.push({
        Delete: {
          TableName: store.tableName,
          Key: settingsKey(actor.departement, keys.gridTemplateDraftSk),
          ConditionExpression: 'revision = :revision',
          ExpressionAttributeValues: { ':revision': draftRevision },
        },
      });
    }
    try {
      await transactWrite(store.db, items);
      return template;
    } catch (error) {
      if (error instanceof TransactionCancelled && (error.failedCondition(0) || error.failedCondition(1))) {
        throw new VersionConflict({ cause: error });
      }
      throw error;
    }
  },
};
