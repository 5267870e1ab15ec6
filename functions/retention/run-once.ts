/**
 * `npm run retention`: the daily retention job, once, against the local DynamoDB that
 * `npm start` runs (or DYNAMODB_ENDPOINT), and prints what it did per département.
 */
import { runDailyJobOnce } from '../local/departement-script.js';
import { runRetentionJob } from './job.js';

await runDailyJobOnce(
  'Retention',
  runRetentionJob,
  (result) =>
    `${result.due} files due, ${result.archived} archived, ${result.kept} still active (a contact since), ${result.held} held by something under way, ${result.skipped} left for the next run`,
);
