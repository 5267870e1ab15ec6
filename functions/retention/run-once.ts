/**
 * `npm run retention`: the daily retention job, once, against the local DynamoDB that
 * `npm start` runs (or DYNAMODB_ENDPOINT), and prints what it did per département.
 */
import { createDocumentClient, dbConfigFromEnv } from '../../shared/db/client.js';
import { ephemeralCursorCodec } from '../../shared/db/cursor.js';
import { isDatabaseUnavailable } from '../../shared/db/sdk-errors.js';
import { runRetentionJob } from './job.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const endpoint = process.env.DYNAMODB_ENDPOINT || `http://127.0.0.1:${process.env.DYNAMODB_PORT ?? 8000}`;
const { tableName, ballotTableName } = dbConfigFromEnv();

try {
  const run = await runRetentionJob(
    { db: createDocumentClient({ endpoint }), tableName, ballotTableName, cursors: ephemeralCursorCodec() },
    new Date(),
  );
  console.log(`Retention for ${run.today}:`);
  for (const result of run.departements) {
    console.log(
      result.ok
        ? `  ${result.departement}: ${result.due} files due, ${result.archived} archived, ${result.kept} still active (a contact since), ${result.held} held by something under way, ${result.skipped} left for the next run`
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
