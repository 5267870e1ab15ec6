/**
 * `npm run reminders:backfill -- <département>...`: puts the entretiens planned and the
 * consultations created before the daily reminders in the indexes the daily job reads.
 * Where it writes: `runForDepartements`.
 */
import { runForDepartements } from '../local/departement-script.js';
import { backfillReminderIndexes } from './reminders-backfill.js';

await runForDepartements('reminders:backfill', async (store, departement) => {
  const done = await backfillReminderIndexes(store, departement);
  return `${done.interviews} entretiens and ${done.consultations} consultations put in the daily reminders' indexes`;
});
