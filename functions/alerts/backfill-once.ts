/**
 * `npm run calendar:backfill -- <département>...`: puts every file of these départements in
 * the deadlines calendar (files created before it, or after a change of the interview
 * settings). Where it writes: `runForDepartements`.
 */
import { runForDepartements } from '../local/departement-script.js';
import { backfillCalendar } from './calendar-backfill.js';

await runForDepartements(
  'calendar:backfill',
  async (store, departement) => `${await backfillCalendar(store, departement)} files in the calendar`,
);
