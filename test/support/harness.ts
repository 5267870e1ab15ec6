import { ulid } from 'ulid';
import { inject } from 'vitest';
import { type LocalServer, startLocalServer } from '../../functions/local/server.js';
import type { Role } from '../../shared/auth/principal.js';
import { createDocumentClient, createDynamoDbClient } from '../../shared/db/client.js';
import { ephemeralCursorCodec } from '../../shared/db/cursor.js';
import { ensureTables } from '../../shared/db/ensure-table.js';
import type { Store } from '../../shared/db/store.js';
import { defaultBallotTableName } from '../../shared/db/table-definition.js';

export interface Caller {
  sub: string;
  role: Role;
  departement: string;
  name?: string;
}

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

export interface Harness {
  url: string;
  store: Store;
  tokenFor(caller: Caller): Promise<string>;
  // biome-ignore lint/suspicious/noExplicitAny: tests read JSON bodies field by field and assert them.
  call<T = any>(
    caller: Caller | string | null,
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<ApiResponse<T>>;
  close(): Promise<void>;
}

/**
 * The real local server (same Hono apps as the Lambdas) on a free port, over a fresh
 * table of the test run's DynamoDB Local. Requests go over real HTTP.
 */
export async function startHarness(options: { webRoot?: string; now?: () => Date } = {}): Promise<Harness> {
  process.env.ENVOL_DEV_AUTH = '1';
  const endpoint = inject('dynamoEndpoint');
  const tableName = `envol-test-${ulid().toLowerCase()}`;
  const ballotTableName = defaultBallotTableName(tableName);
  await ensureTables(createDynamoDbClient({ endpoint }), { tableName, ballotTableName });
  const server: LocalServer = await startLocalServer({
    port: 0,
    dynamoEndpoint: endpoint,
    tableName,
    webRoot: options.webRoot,
    ...(options.now ? { now: options.now } : {}),
  });
  const store: Store = { db: createDocumentClient({ endpoint }), tableName, ballotTableName, cursors: ephemeralCursorCodec() };
  const tokens = new Map<string, string>();

  async function tokenFor(caller: Caller): Promise<string> {
    const cacheKey = JSON.stringify(caller);
    const cached = tokens.get(cacheKey);
    if (cached) return cached;
    const response = await fetch(`${server.url}/dev/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(caller),
    });
    const { token } = (await response.json()) as { token: string };
    tokens.set(cacheKey, token);
    return token;
  }

  return {
    url: server.url,
    store,
    tokenFor,
    async call(caller, method, path, body, headers = {}) {
      const token = caller === null ? null : typeof caller === 'string' ? caller : await tokenFor(caller);
      const response = await fetch(`${server.url}${path}`, {
        method,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // Not JSON: keep the text.
      }
      // biome-ignore lint/suspicious/noExplicitAny: see `call`.
      return { status: response.status, body: parsed as any, headers: response.headers };
    },
    close: () => server.close(),
  };
}
