import { departementSchema } from '../../shared/auth/principal.js';
import { createDocumentClient, dbConfigFromEnv } from '../../shared/db/client.js';
import { ephemeralCursorCodec } from '../../shared/db/cursor.js';
import { isDatabaseUnavailable } from '../../shared/db/sdk-errors.js';
import type { Store } from '../../shared/db/store.js';

/**
 * The body of a `npm run <script> -- <département>...` backfill: checks the codes given, then
 * runs `each` for every département against the local DynamoDB of `npm start`, or
 * DYNAMODB_ENDPOINT, or, with neither running and AWS credentials set, the table ENVOL_TABLE
 * names; prints the line `each` answers.
 */
export async function runForDepartements(script: string, each: (store: Store, departement: string) => Promise<string>): Promise<void> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const departements = process.argv.slice(2);
  if (departements.length === 0 || departements.some((code) => !departementSchema.safeParse(code).success)) {
    console.error(`Usage: npm run ${script} -- <département code> [...]  (for example 62 2A 971)`);
    process.exit(1);
  }
  const endpoint =
    process.env.DYNAMODB_ENDPOINT || (process.env.ENVOL_TABLE ? undefined : `http://127.0.0.1:${process.env.DYNAMODB_PORT ?? 8000}`);
  const { tableName, ballotTableName } = dbConfigFromEnv();
  const store: Store = { db: createDocumentClient({ endpoint }), tableName, ballotTableName, cursors: ephemeralCursorCodec() };
  for (const departement of departements) console.log(`${departement}: ${await each(store, departement)}`);
}

/**
 * The body of `npm run alerts` and `npm run retention`: a daily job, once, against the local
 * DynamoDB of `npm start` (or DYNAMODB_ENDPOINT); prints `title` and the day, then `line` for
 * each département. Exits with 1 when a département failed or DynamoDB cannot be reached.
 */
export async function runDailyJobOnce<Run extends { departement: string; ok: boolean }>(
  title: string,
  job: (store: Store, now: Date) => Promise<{ today: string; departements: Run[] }>,
  line: (run: Run) => string,
): Promise<void> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const endpoint = process.env.DYNAMODB_ENDPOINT || `http://127.0.0.1:${process.env.DYNAMODB_PORT ?? 8000}`;
  const { tableName, ballotTableName } = dbConfigFromEnv();
  try {
    const run = await job(
      { db: createDocumentClient({ endpoint }), tableName, ballotTableName, cursors: ephemeralCursorCodec() },
      new Date(),
    );
    console.log(`${title} for ${run.today}:`);
    for (const result of run.departements) {
      console.log(result.ok ? `  ${result.departement}: ${line(result)}` : `  ${result.departement}: FAILED (see the log line above)`);
    }
    if (run.departements.some((result) => !result.ok)) process.exitCode = 1;
  } catch (error) {
    if (isDatabaseUnavailable(error)) {
      console.error(`DynamoDB at ${endpoint} cannot be reached: start Envol first (npm start) or set DYNAMODB_ENDPOINT.`);
      process.exitCode = 1;
    } else throw error;
  }
}
