import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createAdaptorServer } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { AREAS, type AreaDefinition, routeKeysMatcher } from '../../shared/areas.js';
import { createDevIssuer } from '../../shared/auth/dev-issuer.js';
import { createTokenVerifier } from '../../shared/auth/token-verifier.js';
import { generateBallotKeySecret, keySealerWithSecret } from '../../shared/crypto/key-sealer.js';
import { createDocumentClient } from '../../shared/db/client.js';
import { cursorCodecWithSecret, generateCursorSecret } from '../../shared/db/cursor.js';
import { defaultBallotTableName } from '../../shared/db/table-definition.js';
import type { Deps } from '../../shared/http/app-env.js';
import { errorBody } from '../../shared/http/error-boundary.js';
import { ApiError } from '../../shared/http/errors.js';
import { HASHED_ASSETS_FOLDER, REVALIDATE_CACHE_CONTROL } from '../../shared/web-cache-policy.js';
import { AREA_APP_FACTORIES } from '../area-apps.js';
import { createPlatformApp } from '../platform/app.js';
import { buildOpenApiDocument } from '../platform/openapi-document.js';
import { startSenderLoop } from '../reminders/sender-loop.js';
import type { Transports } from '../reminders/transports.js';
import { createDevAuthApp } from './dev-auth-app.js';
import { createDevMessagesApp } from './dev-messages-app.js';
import type { LocalSmsOutbox } from './local-transports.js';
import { answerUnparsableRequest } from './unparsable-request.js';
import { compressResponses, webCacheHeaders } from './web-delivery.js';

export interface LocalServerOptions {
  port: number;
  /** The address to listen on: loopback unless told otherwise (the dev issuer signs admin tokens for anyone). */
  host?: string | undefined;
  dynamoEndpoint: string;
  tableName: string;
  /** Defaults to the main table's name suffixed with `-ballots`. */
  ballotTableName?: string | undefined;
  /** Folder of the built web front end; not served when absent. */
  webRoot?: string | undefined;
  /** Where the dev signing key is kept across restarts. */
  devKeyFile?: string | undefined;
  /** Signs pagination cursors; a random one per start when absent (tests). */
  cursorSecret?: string | undefined;
  /** Seals the consultations' private ballot keys (npm start keeps it in the data folder); random when absent. */
  ballotKeySecret?: string | undefined;
  now?: () => Date;
  /**
   * Reminders: the local transports (MailDev, the SMS outbox page) and the sender run
   * against them every few seconds, as the sender Lambda runs every minute in AWS.
   */
  messaging?: LocalMessagingOptions | undefined;
}

export interface LocalMessagingOptions {
  transports: Transports;
  sms: LocalSmsOutbox;
  mailDevUrl: string;
  /** How often the sender runs (ms). */
  senderIntervalMs?: number;
}

export const LOOPBACK = '127.0.0.1';

/** Whether `host` only accepts connections from this machine. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * The warning to print when the dev token issuer is reachable from the network: anyone
 * who can reach it can sign in as an admin. Null when there is nothing to warn about.
 */
export function exposureWarning(host: string, devAuth: boolean): string | null {
  if (!devAuth || isLoopback(host)) return null;
  return `WARNING: HOST=${host} exposes the dev token issuer: anyone who can reach this address can sign in as any account, admins included. Use it on a trusted network only.`;
}

export interface LocalServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

type Fetch = (request: Request, env: unknown) => Response | Promise<Response>;

/** What the local server needs of an area's app. */
export type AreaFetcher = { fetch: (request: Request) => Response | Promise<Response> };

/**
 * Hands each request for an area to that area's app, as API Gateway hands it to the area's
 * function: first the areas' route keys (API Gateway prefers a route key to any
 * `{proxy+}`, whatever area's prefix it is under), then the prefixes in the order of
 * `areas` (platform's `/api`, which takes every path no other area claims, last).
 */
export function mountAreas(root: Hono, areas: readonly AreaDefinition[], apps: Readonly<Record<string, AreaFetcher>>): void {
  const appOf = (area: AreaDefinition) => {
    const app = apps[area.name];
    if (!app) throw new Error(`No app for area ${area.name}`);
    return app;
  };
  for (const area of areas.filter(({ routeKeys }) => routeKeys?.length)) {
    const app = appOf(area);
    const owns = routeKeysMatcher(area.routeKeys ?? []);
    root.use('*', async (c, next) => {
      if (owns(c.req.method, c.req.path)) return app.fetch(c.req.raw);
      await next();
    });
  }
  for (const area of areas) {
    const app = appOf(area);
    for (const prefix of area.prefixes) {
      root.all(prefix, (c) => app.fetch(c.req.raw));
      root.all(`${prefix}/*`, (c) => app.fetch(c.req.raw));
    }
  }
}

/**
 * A body refused as too large (413) is answered before it is read: the connection then carries
 * the rest of it, and is closed once a short drain gives up. The client is told not to send
 * another request on it (RFC 9112, 9.6), or that request could meet the close.
 */
const closeAfterUnreadBody: MiddlewareHandler = async (c, next) => {
  await next();
  if (c.res.status === 413) c.header('Connection', 'close');
};

/** Connections the kernel may hold before the server accepts them (capped by the system's `somaxconn`). */
const PENDING_CONNECTIONS = 4096;
const IDLE_CONNECTION_MS = 60_000;

/** Listens first (the port may be chosen by the system), answers once `ready` is set. */
function listen(port: number, hostname: string, ready: { fetch?: Fetch }): Promise<Server> {
  const fetch: Fetch = (request, env) => ready.fetch?.(request, env) ?? new Response('Démarrage en cours', { status: 503 });
  return new Promise((resolve, reject) => {
    const server = createAdaptorServer({ fetch }) as Server;
    server.on('clientError', answerUnparsableRequest);
    server.once('listening', () => resolve(server));
    server.once('error', reject);
    // A meeting's phones connect at once: Node's default queue of 511 pending connections
    // overflows under a thousand, and the kernel then resets some (API Gateway queues them all).
    server.listen({ port, host: hostname, backlog: PENDING_CONNECTIONS });
    // Node closes an idle connection after 5 s; a client that sends on it at that moment
    // gets a reset, which a loaded machine turns into refused votes. Idle connections
    // stay open a minute, as load balancers keep them.
    server.keepAliveTimeout = IDLE_CONNECTION_MS;
    server.headersTimeout = IDLE_CONNECTION_MS + 1000;
  });
}

/**
 * The whole product on one machine: every area's Hono app under the same paths as
 * in AWS, the dev issuer, the built web. Requests for an area are handed to that
 * area's own app, as API Gateway hands them to its Lambda.
 */
export async function startLocalServer(options: LocalServerOptions): Promise<LocalServer> {
  if (process.env.ENVOL_DEV_AUTH !== '1') {
    throw new Error('The local server needs ENVOL_DEV_AUTH=1: it signs its own tokens.');
  }
  const ready: { fetch?: Fetch } = {};
  const server = await listen(options.port, options.host ?? LOOPBACK, ready);
  const port = (server.address() as AddressInfo).port;
  const base = `http://localhost:${port}`;

  const issuer = await createDevIssuer(`${base}/dev/auth`, options.devKeyFile);
  const deps: Deps = {
    store: {
      db: createDocumentClient({ endpoint: options.dynamoEndpoint }),
      tableName: options.tableName,
      ballotTableName: options.ballotTableName ?? defaultBallotTableName(options.tableName),
      cursors: cursorCodecWithSecret(options.cursorSecret ?? generateCursorSecret()),
      ballotKeySealer: keySealerWithSecret(options.ballotKeySecret ?? generateBallotKeySecret()),
    },
    verifyToken: createTokenVerifier({
      jwksUrl: `http://127.0.0.1:${port}/dev/auth/.well-known/jwks.json`,
      issuer: issuer.issuer,
      audience: issuer.audience,
    }),
    now: options.now ?? (() => new Date()),
  };

  const root = new Hono();
  // As CloudFront in front of everything: first in, last out.
  root.use('*', compressResponses());
  root.use('*', closeAfterUnreadBody);
  root.route('/', createDevAuthApp(issuer));
  const apps: Record<string, AreaFetcher> = { platform: createPlatformApp(buildOpenApiDocument) };
  for (const [name, factory] of Object.entries(AREA_APP_FACTORIES)) apps[name] = factory(deps);
  mountAreas(root, AREAS, apps);
  const messaging = options.messaging;
  let stopSender = () => {};
  if (messaging) {
    root.route('/', createDevMessagesApp(messaging.sms));
    stopSender = startSenderLoop(
      { store: deps.store, transports: messaging.transports, appOrigin: base, now: deps.now },
      messaging.senderIntervalMs ?? 3000,
    );
  }
  // The dev login page links to the messages that would have left (MailDev, the SMS page).
  root.get('/config.json', (c) =>
    c.json({ auth: 'dev', ...(messaging ? { devMessages: { emails: messaging.mailDevUrl, sms: '/dev/sms' } } : {}) }, 200, {
      'Cache-Control': REVALIDATE_CACHE_CONTROL,
    }),
  );
  const notFound = (c: Context) => c.json(errorBody(new ApiError(404, 'NOT_FOUND', 'Cette adresse n’existe pas.')), 404);
  root.notFound(notFound);
  if (options.webRoot) {
    root.use('*', secureHeaders({ contentSecurityPolicy: { defaultSrc: ["'self'"], imgSrc: ["'self'", 'data:'] } }));
    root.use('*', webCacheHeaders());
    root.use('*', serveStatic({ root: options.webRoot }));
    // A hashed file that is not there is a 404, never the page: it would be kept a year.
    root.get(`/${HASHED_ASSETS_FOLDER}/*`, notFound);
    root.get('*', serveStatic({ path: join(options.webRoot, 'index.html') }));
  }

  ready.fetch = root.fetch;

  return {
    url: base,
    port,
    close: () =>
      new Promise((resolve) => {
        stopSender();
        server.close(() => resolve());
      }),
  };
}
