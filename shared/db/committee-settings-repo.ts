import { type CommitteeSettings, DEFAULT_COMMITTEE_SETTINGS } from '../domain/committee-settings.js';
import { committeeSettingsSchema } from '../schemas/committees.js';
import { departementSettings } from './departement-settings.js';
import { keys } from './keys.js';

/** The settings as stored: the API's fields, the item's own attributes (keys, type, time) left out. */
const storedSettingsSchema = committeeSettingsSchema.strip();

/** A département's committee settings (anonymity floor, feedback per member); Envol's defaults until an admin saves them. */
export const committeeSettingsRepo = departementSettings<CommitteeSettings>(keys.committeeSettingsSk, 'committeeSettings', (item) =>
  item ? storedSettingsSchema.parse(item) : DEFAULT_COMMITTEE_SETTINGS,
);
