/**
 * `npm start`: DynamoDB Local (unless DYNAMODB_ENDPOINT points elsewhere), the table,
 * the demo data the first time, then the API and the web on one port.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { generateBallotKeySecret } from '../../shared/crypto/key-sealer.js';
import { createDocumentClient, createDynamoDbClient, dbConfigFromEnv } from '../../shared/db/client.js';
import { cursorCodecWithSecret, generateCursorSecret } from '../../shared/db/cursor.js';
import { ensureTables } from '../../shared/db/ensure-table.js';
import { isDatabaseUnavailable } from '../../shared/db/sdk-errors.js';
import type { Store } from '../../shared/db/store.js';
import { logger } from '../../shared/http/logger.js';
import { backfillCalendar } from '../alerts/calendar-backfill.js';
import { runAlertsJob } from '../alerts/job.js';
import { backfillReminderIndexes } from '../alerts/reminders-backfill.js';
import { backfillIndicatorFacts } from '../dashboard/indicator-facts-backfill.js';
import { backfillRetentionIndex } from '../retention/index-backfill.js';
import { runRetentionJob } from '../retention/job.js';
import { type DynamoDbLocal, LocalSetupError, startDynamoDbLocal } from './dynamodb-local.js';
import { startLocalMessaging } from './local-transports.js';
import { portIsFree } from './port.js';
import { DEMO_DEPARTEMENT, demoPrincipal, seedDemo } from './seed-demo.js';
import { seedDemoLeavers } from './seed-demo-leavers.js';
import { exposureWarning, LOOPBACK, startLocalServer } from './server.js';

process.env.ENVOL_DEV_AUTH = '1';
// Access logs matter in AWS; locally they would drown the address.
if (!process.env.POWERTOOLS_LOG_LEVEL) logger.setLogLevel('WARN');
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST || LOOPBACK;
const { tableName, ballotTableName } = dbConfigFromEnv();
const dataFolder = resolve(process.env.ENVOL_DATA_DIR || '.data');

/** A secret kept in the data folder, so that cursors and ballot keys stay valid across restarts; created the first time. */
function loadOrCreateSecret(file: string, generate: () => string = generateCursorSecret): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = generate();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/**
 * The daily deadline alerts and reminders job, as the EventBridge rule runs it in AWS: once
 * at start, then every `ENVOL_ALERTS_EVERY_MINUTES` (60 by default; a run writes nothing
 * twice). Its reminders go to the outbox; the sender loop sends them from 8:00.
 */
function startAlertsTimer(store: Store): void {
  const minutes = Number(process.env.ENVOL_ALERTS_EVERY_MINUTES ?? 60);
  if (!Number.isFinite(minutes) || minutes <= 0) fail(`ENVOL_ALERTS_EVERY_MINUTES must be a positive number, not "${minutes}".`);
  const run = () =>
    runAlertsJob(store, new Date()).catch((error: unknown) =>
      console.warn(`The deadline alerts and reminders job failed: ${error instanceof Error ? error.name : 'unknown error'}`),
    );
  void run();
  setInterval(run, minutes * 60_000).unref();
}

/**
 * The daily retention job, as the EventBridge rule runs it in AWS: once at start, then
 * every `ENVOL_RETENTION_EVERY_MINUTES` (60 by default; a run archives nothing twice).
 */
function startRetentionTimer(store: Store): void {
  const minutes = Number(process.env.ENVOL_RETENTION_EVERY_MINUTES ?? 60);
  if (!Number.isFinite(minutes) || minutes <= 0) fail(`ENVOL_RETENTION_EVERY_MINUTES must be a positive number, not "${minutes}".`);
  const run = () =>
    runRetentionJob(store, new Date()).catch((error: unknown) =>
      console.warn(`The retention job failed: ${error instanceof Error ? error.name : 'unknown error'}`),
    );
  void run();
  setInterval(run, minutes * 60_000).unref();
}

function fail(message: string): never {
  console.error(`Envol could not start: ${message}`);
  process.exit(1);
}

async function main() {
  if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`PORT must be a port number, not "${process.env.PORT}".`);
  if (!(await portIsFree(port))) fail(`port ${port} is already in use; stop the other program or set PORT.`);

  let dynamo: DynamoDbLocal | undefined;
  let endpoint = process.env.DYNAMODB_ENDPOINT;
  if (!endpoint) {
    dynamo = await startDynamoDbLocal({ port: Number(process.env.DYNAMODB_PORT ?? 8000), dbPath: resolve(dataFolder, 'dynamodb') });
    endpoint = dynamo.endpoint;
  }
  // E-mails go to MailDev on this machine, text messages to /dev/sms: nothing leaves it.
  const messaging = await startLocalMessaging();
  const stop = async () => {
    await messaging.stop().catch(() => undefined);
    await dynamo?.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  try {
    const created = await ensureTables(createDynamoDbClient({ endpoint }), { tableName, ballotTableName });
    const cursorSecret = process.env.ENVOL_CURSOR_SECRET || loadOrCreateSecret(resolve(dataFolder, 'cursor-secret'));
    // Seals each consultation's private ballot key in the ballot table (AWS: Secrets Manager).
    const ballotKeySecret =
      process.env.ENVOL_BALLOT_KEY_SECRET || loadOrCreateSecret(resolve(dataFolder, 'ballot-key-secret'), generateBallotKeySecret);
    const store = { db: createDocumentClient({ endpoint }), tableName, ballotTableName, cursors: cursorCodecWithSecret(cursorSecret) };
    const seeded = await seedDemo(store, new Date(), { withActivity: true });
    // Young people who left care this year: « Indicateurs de sortie » shows figures (once, its own marker).
    await seedDemoLeavers(store, demoPrincipal('admin-62-nadia'), new Date());
    // A demo loaded before the deadlines calendar existed gets it too (cheap: a handful of files).
    await backfillCalendar(store, DEMO_DEPARTEMENT);
    // And the indicator facts, for a demo loaded before they existed (its interviews, signature, support decisions).
    await backfillIndicatorFacts(store, DEMO_DEPARTEMENT);
    // Likewise the retention index, for a demo loaded before it.
    await backfillRetentionIndex(store, DEMO_DEPARTEMENT);
    // And the daily reminders' indexes (entretiens planned, consultations), for a demo loaded before them.
    await backfillReminderIndexes(store, DEMO_DEPARTEMENT);
    startAlertsTimer(store);
    startRetentionTimer(store);
    const server = await startLocalServer({
      port,
      dynamoEndpoint: endpoint,
      tableName,
      ballotTableName,
      webRoot: 'web/dist',
      host,
      devKeyFile: resolve(dataFolder, 'dev-signing-key.json'),
      cursorSecret,
      messaging,
      ballotKeySecret,
    });
    const warning = exposureWarning(host, true);
    if (warning) console.warn(warning);
    console.log(
      `Envol is running at ${server.url}  (table "${tableName}" ${created}, demo data ${seeded ? 'loaded' : 'already there'}; Ctrl-C to stop)`,
    );
    console.log(`Messages stay on this machine: e-mails at ${messaging.mailDevUrl} (MailDev), SMS at ${server.url}/dev/sms`);
  } catch (error) {
    await messaging.stop().catch(() => undefined);
    await dynamo?.stop();
    if (isDatabaseUnavailable(error)) fail(`DynamoDB at ${endpoint} cannot be reached; check DYNAMODB_ENDPOINT or that it is running.`);
    throw error;
  }
}

main().catch((error: unknown) => {
  if (error instanceof LocalSetupError) fail(error.message);
  fail(error instanceof Error ? error.message : String(error));
});
