import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { type CommitteeSettings, DEFAULT_COMMITTEE_SETTINGS } from '../domain/committee-settings.js';
import { committeeSettingsSchema } from '../schemas/committees.js';
import { keys } from './keys.js';
import type { Store } from './store.js';

/** The settings as stored: the API's fields, the item's own attributes (keys, type, time) left out. */
const storedSettingsSchema = committeeSettingsSchema.strip();

/** A département's committee settings (anonymity floor, feedback per member); Envol's defaults until an admin saves them. */
export const committeeSettingsRepo = {
  async get(store: Store, departement: string): Promise<CommitteeSettings> {
    const result = await store.db.send(
      new GetCommand({ TableName: store.tableName, Key: { pk: keys.departement(departement), sk: keys.committeeSettingsSk } }),
    );
    return result.Item ? storedSettingsSchema.parse(result.Item) : DEFAULT_COMMITTEE_SETTINGS;
  },

  async put(store: Store, departement: string, settings: CommitteeSettings, now: Date): Promise<void> {
    await store.db.send(
      new PutCommand({
        TableName: store.tableName,
        Item: {
          pk: keys.departement(departement),
          sk: keys.committeeSettingsSk,
          type: 'committeeSettings',
          anonymityFloor: settings.anonymityFloor,
          feedbackPerMember: settings.feedbackPerMember,
          updatedAt: now.toISOString(),
        },
      }),
    );
  },
};
