import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type DynamoDbLocal, startDynamoDbLocal } from '../../functions/local/dynamodb-local.js';
import { freePort } from '../../functions/local/port.js';
import { type LocalServer, startLocalServer } from '../../functions/local/server.js';
import type { Role } from '../../shared/auth/principal.js';
import { createDocumentClient, createDynamoDbClient } from '../../shared/db/client.js';
import { ephemeralCursorCodec } from '../../shared/db/cursor.js';
import { ensureTables } from '../../shared/db/ensure-table.js';
import type { Store } from '../../shared/db/store.js';

/** DynamoDB Local in memory and the local server over it, on free ports. */
export interface BenchStack {
  dynamo: DynamoDbLocal;
  server: LocalServer;
  store: Store;
  token(caller: { sub: string; role: Role; departement: string }): Promise<string>;
  /** A POST with the token, or with no identity at all when `token` is null. */
  post(token: string | null, path: string, body: unknown): Promise<{ status: number; body: Record<string, unknown> | null }>;
  stop(): Promise<void>;
}

export async function startBenchStack(): Promise<BenchStack> {
  const dynamo = await startDynamoDbLocal({ port: await freePort() });
  const names = { tableName: 'envol-bench', ballotTableName: 'envol-bench-ballots' };
  await ensureTables(createDynamoDbClient({ endpoint: dynamo.endpoint }), names);
  // The built web too, when there is one: the web figures are what the server sends.
  const webRoot = existsSync(join('web', 'dist', 'index.html')) ? join('web', 'dist') : undefined;
  const server = await startLocalServer({ port: 0, dynamoEndpoint: dynamo.endpoint, webRoot, ...names });
  const store: Store = { db: createDocumentClient({ endpoint: dynamo.endpoint }), ...names, cursors: ephemeralCursorCodec() };
  return {
    dynamo,
    server,
    store,
    async token(caller) {
      const response = await fetch(`${server.url}/dev/auth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(caller),
      });
      return ((await response.json()) as { token: string }).token;
    },
    async post(token, path, body) {
      const response = await fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : null };
    },
    async stop() {
      await server.close();
      await dynamo.stop();
    },
  };
}
