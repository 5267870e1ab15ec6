import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import { DEFAULT_INTERVIEW_SETTINGS, type DepartementInterviewSettings } from '../domain/interview-deadlines.js';
import { keys } from './keys.js';
import type { Store } from './store.js';

/** Settings stored before a field existed read with its default. */
const settingsSchema = z.object({
  entretien17OpensAtAge: z.number().int().default(DEFAULT_INTERVIEW_SETTINGS.entretien17OpensAtAge),
  entretien17TargetMonthsBeforeMajority: z.number().int().nullable(),
  lateAdmissionDelayDays: z.number().int().default(DEFAULT_INTERVIEW_SETTINGS.lateAdmissionDelayDays),
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
