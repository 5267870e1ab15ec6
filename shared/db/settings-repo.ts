import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import { DEFAULT_INTERVIEW_SETTINGS, type DepartementInterviewSettings } from '../domain/interview-deadlines.js';
import { interviewSettingsSchema } from '../schemas/interviews.js';
import { keys } from './keys.js';
import type { Store } from './store.js';

/** The settings as stored: the API's fields, the item's own attributes (keys, type, time) left out. */
const settingsSchema = z.object(interviewSettingsSchema.shape);

/** A département's interview settings (its own target for the entretien des 17 ans). */
export const interviewSettingsRepo = {
  async get(store: Store, departement: string): Promise<DepartementInterviewSettings> {
    const result = await store.db.send(
      new GetCommand({ TableName: store.tableName, Key: { pk: keys.departement(departement), sk: keys.interviewSettingsSk } }),
    );
    return result.Item ? settingsSchema.parse(result.Item) : DEFAULT_INTERVIEW_SETTINGS;
  },

  async put(store: Store, departement: string, settings: DepartementInterviewSettings, now: Date): Promise<void> {
    await store.db.send(
      new PutCommand({
        TableName: store.tableName,
        Item: {
          pk: keys.departement(departement),
          sk: keys.interviewSettingsSk,
          type: 'interviewSettings',
          ...settings,
          updatedAt: now.toISOString(),
        },
      }),
    );
  },
};
