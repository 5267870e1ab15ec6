/**
 * `npm run alerts`: the daily deadline alerts and reminders job, once, against the local DynamoDB that
 * `npm start` runs (or DYNAMODB_ENDPOINT), and prints what it did per département.
 */
import { runDailyJobOnce } from '../local/departement-script.js';
import { runAlertsJob } from './job.js';

await runDailyJobOnce(
  'Deadline alerts and reminders',
  runAlertsJob,
  (result) =>
    `${result.youngPeople} young people with a deadline in the window, ${result.due} alerts due, ${result.created} written, ${result.existing} already there; ${result.reminders.planned} reminders due, ${result.reminders.written} written to the outbox`,
);
