/**
 * `npm run alerts`: the daily deadline alerts and reminders job, once, against the local DynamoDB that
 * `npm start` runs (or DYNAMODB_ENDPOINT), and prints what it did per département.
 */
import { createDocumentClient, dbConfigFromEnv } from '../../shared/db/client.js';
import { ephemeralCursorCodec } from '../../shared/db/cursor.js';
import { isDatabaseUnavailable } from '../../shared/db/sdk-errors.js';
import { runAlertsJob } from './job.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const endpoint = process.env.DYNAMODB_ENDPOINT || `http://127.0.0.1:${process.env.DYNAMODB_PORT ?? 8000}`;
const { tableName, ballotTableName } = dbConfigFromEnv();

try {
  const run = await runAlertsJob(
    { db: createDocumentClient({ endpoint }), tableName, ballotTableName, cursors: ephemeralCursorCodec() },
    new Date(),
  );
  console.log(`Deadline alerts and reminders for ${run.today}:`);
  for (const result of run.departements) {
    console.log(
      result.ok
        ? `  ${result.departement}: ${result.youngPeople} young people with a deadline in the window, ${result.due} alerts due, ${result.created} written, ${result.existing} already there; ${result.reminders.planned} reminders due, ${result.reminders.written} written to the outbox`
        : `  ${result.departement}: FAILED (see the log line above)`,
    );
  }
  if (run.departements.some((result) => !result.ok)) process.exitCode = 1;
} catch (error) {
  if (isDatabaseUnavailable(error)) {
    console.error(`DynamoDB at ${endpoint} cannot be reached: start Envol first (npm start) or set DYNAMODB_ENDPOINT.`);
    process.exitCode = 1;
  } else throw error;
}
