import { getOpenApiMetadata } from '@asteasolutions/zod-to-openapi';
import { describe, expect, it, vi } from 'vitest';
import { ZodType } from 'zod';
import type { Principal } from '../auth/principal.js';
import { extendZodWithOpenApi as extendZodWithOpenApiInLambda, openapiInLambda } from '../schemas/openapi-metadata-lambda.js';
import type { Deps } from './app-env.js';

/**
 * Deployed functions run `zod-openapi-lambda.ts` where the tests and the local server run
 * `@hono/zod-openapi` (see infra/lib/function-bundling.ts). Every area app is built both
 * ways and must answer the same to requests that validation decides: each operation of
 * the OpenAPI document, with a malformed path, an empty body, a body of the wrong type,
 * a wrong query; the database "down" for whatever gets past validation.
 */

type Factories = Record<string, (deps: Deps) => { request: (path: string, init?: RequestInit) => Response | Promise<Response> }>;

// The routes' errors and the database's are logged; the answers are what is compared.
process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';

const VALID_ID = '01JD2Y3QK9V8N6M4R2T0W1X5Z7';
const admin: Principal = { sub: 'admin-62-nadia', role: 'admin', departement: '62', name: 'Nadia' };

function unreachableDatabase(): Deps['store']['db'] {
  return {
    send: () => Promise.reject(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })),
  } as unknown as Deps['store']['db'];
}

const deps: Deps = {
  store: {
    db: unreachableDatabase(),
    tableName: 'envol',
    ballotTableName: 'envol-ballots',
    cursors: { encode: () => 'c', decode: () => undefined } as unknown as Deps['store']['cursors'],
  },
  verifyToken: async () => admin,
  now: () => new Date('2026-11-29T10:00:00Z'),
};

/**
 * The area apps, built with the real packages or as a Lambda bundles them: the Lambda's
 * `@hono/zod-openapi`, and its `.openapi()` that keeps no metadata (`openapi-metadata-lambda.ts`).
 * zod is loaded once per test file, so the Lambda's `.openapi()` is put on its prototype only
 * while the Lambda's schemas are built, then the real one is put back.
 */
async function areaFactories(implementation: 'real' | 'lambda'): Promise<Factories> {
  vi.resetModules();
  if (implementation === 'real') {
    vi.doUnmock('@hono/zod-openapi');
    return (await import('../../functions/area-apps.js')).AREA_APP_FACTORIES as unknown as Factories;
  }
  vi.doMock('@hono/zod-openapi', () => import('./zod-openapi-lambda.js'));
  const prototype = ZodType.prototype as unknown as { openapi: unknown };
  const realOpenapi = prototype.openapi;
  extendZodWithOpenApiInLambda({ ZodType });
  try {
    const factories = (await import('../../functions/area-apps.js')).AREA_APP_FACTORIES as unknown as Factories;
    // The schemas these apps validate with were built by the Lambda's `.openapi()`: no metadata.
    const { idSchema } = await import('../schemas/common.js');
    expect(getOpenApiMetadata(idSchema)).not.toHaveProperty('example');
    return factories;
  } finally {
    prototype.openapi = realOpenapi;
  }
}

interface Probe {
  area: string;
  path: string;
  init: RequestInit;
}

async function probes(): Promise<Probe[]> {
  const { buildOpenApiDocument } = await import('../../functions/platform/openapi-document.js');
  const { AREAS } = await import('../areas.js');
  const document = buildOpenApiDocument() as unknown as { paths: Record<string, Record<string, unknown>> };
  const areaOf = (path: string) =>
    AREAS.find((area) => area.prefixes.some((prefix) => path.startsWith(`${prefix}/`) || path === prefix))?.name;
  const headers = { authorization: 'Bearer t' };
  return Object.entries(document.paths).flatMap(([template, operations]) => {
    const area = areaOf(template);
    if (!area) return [];
    return Object.keys(operations).flatMap((method) =>
      ['not-an-id', VALID_ID].flatMap((id) => {
        const path = template.replaceAll(/{[^}]+}/g, id);
        const init = { method: method.toUpperCase(), headers };
        const withBody = ['post', 'put', 'patch'].includes(method);
        return [
          { area, path, init },
          { area, path: `${path}?limit=abc&cursor=%00`, init },
          ...(withBody
            ? [
                { area, path, init: { ...init, headers: { ...headers, 'content-type': 'application/json' }, body: '{}' } },
                { area, path, init: { ...init, headers: { ...headers, 'content-type': 'text/plain' }, body: 'bonjour' } },
                { area, path, init: { ...init, headers: { ...headers, 'content-type': 'application/json' }, body: '{"version":"x"}' } },
              ]
            : []),
        ];
      }),
    );
  });
}

async function answers(factories: Factories, list: Probe[]): Promise<string[]> {
  const apps = Object.fromEntries(Object.entries(factories).map(([name, factory]) => [name, factory(deps)]));
  return Promise.all(
    list.map(async ({ area, path, init }) => {
      const app = apps[area];
      if (!app) throw new Error(`No app for ${area}`);
      const response = await app.request(path, init);
      const body = (await response.json()) as { error?: { code?: string; details?: unknown } };
      return `${init.method} ${path} ${String(init.body ?? '')} → ${response.status} ${JSON.stringify(body.error ?? body)}`;
    }),
  );
}

describe('the Lambda build of @hono/zod-openapi', () => {
  it('answers every area route as the real package does when validation decides', async () => {
    const list = await probes();
    const real = await answers(await areaFactories('real'), list);
    expect(getOpenApiMetadata((await import('../schemas/common.js')).idSchema)).toMatchObject({ example: VALID_ID });
    const lambdaFactories = await areaFactories('lambda');
    const lambda = await answers(lambdaFactories, list);

    // The second build really ran the Lambda module.
    const youth = lambdaFactories.youth?.(deps) as unknown as { getOpenAPI31Document(): unknown };
    expect(() => youth.getOpenAPI31Document()).toThrow(/written at build/);

    expect(list.length).toBeGreaterThan(100);
    // Both kinds of answer are covered: refused by validation, and let through to the (down) database.
    expect(real.filter((line) => line.includes('→ 400 {"code":"VALIDATION_ERROR"')).length).toBeGreaterThan(50);
    expect(real.filter((line) => line.includes('→ 503')).length).toBeGreaterThan(10);
    expect(lambda).toEqual(real);
  }, 60_000);

  it('gives schemas, in a Lambda, an `.openapi()` that returns the schema itself', async () => {
    const { string } = await import('zod');
    const schema = string().min(2);
    // The very schema, so it validates exactly as it did.
    expect(openapiInLambda.call(schema)).toBe(schema);
  });

  it('never builds a document', async () => {
    const { OpenAPIHono } = await import('./zod-openapi-lambda.js');
    expect(() => new OpenAPIHono().getOpenAPI31Document()).toThrow(/written at build/);
  });
});
