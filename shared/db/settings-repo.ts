import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import { DEFAULT_INTERVIEW_SETTINGS, type DepartementInterviewSettings } from '../domain/interview-deadlines.js';
import { interviewSettingsSchema } from '../schemas/interviews.js';
import { keys } from './keys.js';
import type { Store } from './store.js';

/**
 * The settings as stored: the API's fields (a field added since reads with its default),
 * the item's own attributes (keys, type, time) left out. A target stored under the old
 * rule (under 12 months) still reads; the deadline rule keeps it from passing the law.
 */
const settingsSchema = z.object({
  ...interviewSettingsSchema.shape,
  entretien17TargetMonthsBeforeMajority: z.number().int().nullable(),
});

/** A département's interview settings (when the entretien pour l'autonomie opens, its own target, the delay after a late admission). */
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
          entretien17OpensAtAge: settings.entretien17OpensAtAge,
          entretien17TargetMonthsBeforeMajority: settings.entretien17TargetMonthsBeforeMajority,
          lateAdmissionDelayDays: settings.lateAdmissionDelayDays,
          updatedAt: now.toISOString(),
        },
      }),
    );
  },
};
