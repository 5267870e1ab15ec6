/**
 * `npm run retention:backfill -- <département>...`: files every active file of these
 * départements in the retention index (files created before it), against the local
 * DynamoDB of `npm start`, or DYNAMODB_ENDPOINT, or, with neither running and AWS
 * credentials set, the table ENVOL_TABLE names.
 */

import { departementSchema } from '../../shared/auth/principal.js';
import { createDocumentClient, dbConfigFromEnv } from '../../shared/db/client.js';
import { ephemeralCursorCodec } from '../../shared/db/cursor.js';
import { backfillRetentionIndex } from './index-backfill.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const departements = process.argv.slice(2);
if (departements.length === 0 || departements.some((code) => !departementSchema.safeParse(code).success)) {
  console.error('Usage: npm run retention:backfill -- <département code> [...]  (for example 62 2A 971)');
  process.exit(1);
}
const endpoint =
  process.env.DYNAMODB_ENDPOINT || (process.env.ENVOL_TABLE ? undefined : `http://127.0.0.1:${process.env.DYNAMODB_PORT ?? 8000}`);
const { tableName, ballotTableName } = dbConfigFromEnv();
const store = { db: createDocumentClient({ endpoint }), tableName, ballotTableName, cursors: ephemeralCursorCodec() };
for (const departement of departements) {
  console.log(`${departement}: ${await backfillRetentionIndex(store, departement)} files filed in the retention index`);
}
