import { ulid } from 'ulid';
import { inject } from 'vitest';
import { type LocalMessagingOptions, type LocalServer, startLocalServer } from '../../functions/local/server.js';
import type { Role } from '../../shared/auth/principal.js';
import { createDocumentClient, createDynamoDbClient } from '../../shared/db/client.js';
import { cursorCodecWithSecret, generateCursorSecret } from '../../shared/db/cursor.js';
import { ensureTables } from '../../shared/db/ensure-table.js';
import { staffRepo } from '../../shared/db/staff-repo.js';
import type { Store } from '../../shared/db/store.js';
import { defaultBallotTableName } from '../../shared/db/table-definition.js';
import { AlreadyExists } from '../../shared/domain/errors.js';
import { STAFF_DIRECTORY_ROLES, type StaffRole } from '../../shared/domain/staff.js';
import { people } from './people.js';

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
  /**
   * Puts staff callers in their département's staff directory (young people are skipped;
   * already registered is fine), so that files can name them as their binôme.
   */
  registerStaff(...callers: Caller[]): Promise<void>;
  close(): Promise<void>;
}

const isStaffRole = (role: Role): role is StaffRole => (STAFF_DIRECTORY_ROLES as readonly string[]).includes(role);

/** Adds callers to the staff directory straight through the repository (test set-up, not under test). */
export async function registerStaff(store: Store, callers: readonly Caller[], now = new Date()): Promise<void> {
  await Promise.all(
    callers.map(async (caller) => {
      if (!isStaffRole(caller.role)) return;
      const [firstName = 'Prénom', ...rest] = (caller.name ?? `Agent ${caller.sub}`).split(' ');
      try {
        await staffRepo.create(
          store,
          caller.departement,
          { sub: caller.sub, firstName, lastName: rest.join(' ') || caller.sub, role: caller.role },
          now,
        );
      } catch (error) {
        if (!(error instanceof AlreadyExists)) throw error;
      }
    }),
  );
}

/**
 * The real local server (same Hono apps as the Lambdas) on a free port, over a fresh
 * table of the test run's DynamoDB Local. Requests go over real HTTP.
 */
export async function startHarness(
  options: {
    webRoot?: string;
    now?: () => Date;
    serverDynamoEndpoint?: (endpoint: string) => Promise<string>;
    /** Reminders: the local transports and the sender loop, as `npm start` runs them. */
    messaging?: LocalMessagingOptions;
  } = {},
): Promise<Harness> {
  process.env.ENVOL_DEV_AUTH = '1';
  const endpoint = inject('dynamoEndpoint');
  const tableName = `envol-test-${ulid().toLowerCase()}`;
  const ballotTableName = defaultBallotTableName(tableName);
  await ensureTables(createDynamoDbClient({ endpoint }), { tableName, ballotTableName });
  // The tests sign what the server signs (a STOP link's token) with the same key.
  const cursorSecret = generateCursorSecret();
  const server: LocalServer = await startLocalServer({
    cursorSecret,
    port: 0,
    // The server may talk to DynamoDB through something else (a proxy counting its requests).
    dynamoEndpoint: options.serverDynamoEndpoint ? await options.serverDynamoEndpoint(endpoint) : endpoint,
    tableName,
    webRoot: options.webRoot,
    ...(options.now ? { now: options.now } : {}),
    ...(options.messaging ? { messaging: options.messaging } : {}),
  });
  const store: Store = { db: createDocumentClient({ endpoint }), tableName, ballotTableName, cursors: cursorCodecWithSecret(cursorSecret) };
  const tokens = new Map<string, string>();
  // The integration tests' usual cast is known staff, as a département's real staff would be.
  await registerStaff(store, Object.values(people));

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
    registerStaff: (...callers) => registerStaff(store, callers),
    close: () => server.close(),
  };
}
