import { DEFAULT_REMINDER_SWITCHES, type ReminderSwitches, SWITCHABLE_KINDS } from '../domain/reminders.js';
import { departementSettings } from './departement-settings.js';
import { keys } from './keys.js';

/** Which reminders a département sends: each one on unless switched off (a kind added later reads as on). */
export const reminderSettingsRepo = departementSettings<ReminderSwitches>(keys.reminderSettingsSk, 'reminderSettings', (item) => {
  const switches = { ...DEFAULT_REMINDER_SWITCHES };
  for (const kind of SWITCHABLE_KINDS) if (typeof item?.[kind] === 'boolean') switches[kind] = item[kind] as boolean;
  return switches;
});
