import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { createDocumentClient, dbConfigFromEnv } from '../../shared/db/client.js';
import { ephemeralCursorCodec } from '../../shared/db/cursor.js';
import { logger } from '../../shared/http/logger.js';
import { runRetentionJob } from './job.js';

const config = dbConfigFromEnv();
// Created once per container. The job pages nothing for a caller: its cursors never leave it.
const store = {
  db: createDocumentClient(config),
  tableName: config.tableName,
  ballotTableName: config.ballotTableName,
  cursors: ephemeralCursorCodec(),
};

/**
 * The daily retention job, run by an EventBridge schedule. A département that failed is
 * reported by failing the invocation (after every other ran); the retry that follows
 * archives nothing twice.
 */
export const handler = middy(async () => {
  const run = await runRetentionJob(store, new Date());
  const failed = run.departements.filter((departement) => !departement.ok).map((departement) => departement.departement);
  if (failed.length > 0) throw new Error(`Retention failed for ${failed.length} département(s): ${failed.join(', ')}`);
  return run;
}).use(injectLambdaContext(logger, { logEvent: false, resetKeys: true }));
