import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { createDocumentClient, dbConfigFromEnv } from '../../shared/db/client.js';
import { createCursorCodec } from '../../shared/db/cursor.js';
import { cursorSecretFromEnv } from '../../shared/db/cursor-secret.js';
import { logger } from '../../shared/http/logger.js';
import { transportsFromEnv } from './aws-transports.js';
import { runSender } from './sender.js';

const config = dbConfigFromEnv();
// Created once per container. The cursor key signs the STOP links of the messages.
const store = {
  db: createDocumentClient(config),
  tableName: config.tableName,
  ballotTableName: '',
  cursors: createCursorCodec(cursorSecretFromEnv(process.env)),
};
const transports = transportsFromEnv(process.env);
const appOrigin = process.env.ENVOL_APP_ORIGIN ?? '';

/** The reminder sender, run every minute by an EventBridge schedule: sends what is due in the outbox. */
export const handler = middy(async () => runSender({ store, transports, appOrigin, now: () => new Date() })).use(
  injectLambdaContext(logger, { logEvent: false, resetKeys: true }),
);
