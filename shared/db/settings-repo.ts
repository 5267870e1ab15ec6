import * as z from 'zod';
import { DEFAULT_INTERVIEW_SETTINGS, type DepartementInterviewSettings } from '../domain/interview-deadlines.js';
import { interviewSettingsSchema } from '../schemas/interviews.js';
import { departementSettings } from './departement-settings.js';
import { keys } from './keys.js';

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
export const interviewSettingsRepo = departementSettings<DepartementInterviewSettings>(
  keys.interviewSettingsSk,
  'interviewSettings',
  (item) => (item ? settingsSchema.parse(item) : DEFAULT_INTERVIEW_SETTINGS),
);
