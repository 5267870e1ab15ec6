import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../../functions/platform/openapi-document.js';
import { type Harness, startHarness } from '../support/harness.js';
import { MATRIX, ROLES, resolvePath, row } from '../support/route-matrix.js';
import { buildWorld, snapshotWorld, type World } from '../support/world.js';

/**
 * Property-based fuzzing of every route: bodies, query strings and path parameters
 * from the route's own valid request and far beyond it (wrong types, huge strings,
 * unicode, deep nesting, prototype-pollution keys). Whatever comes in: never a 500,
 * always the error shape, every status it observes is one the OpenAPI document gives for
 * that route, and nothing already stored changes unless the request was accepted as valid.
 */
const RUNS_PER_ROUTE = Number(process.env.FUZZ_RUNS ?? 12);

const nasty = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', '$where', '', ' ', '\u0000', '🙂', 'é'.normalize('NFD'));
const strings = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  nasty,
  fc.constant('a'.repeat(70_000)),
  fc.constant('2026-02-30'),
  fc.constant('01JD2Y3QK9V8N6M4R2T0W1X5Z7'),
);
const leaf = fc.oneof(strings, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(-0));
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  any: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('array'), tie('object')),
  array: fc.array(tie('any'), { maxLength: 4 }),
  object: fc.dictionary(fc.oneof(nasty, fc.string({ maxLength: 12 })), tie('any'), { maxKeys: 5 }),
})).any;
const deep = fc.integer({ min: 50, max: 3000 }).map((depth) => JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`) as unknown);

/** A valid body with one field replaced by something else (when there is a valid body). */
function mutated(valid: unknown): fc.Arbitrary<unknown> {
  if (typeof valid !== 'object' || valid === null) return value;
  const fields = Object.keys(valid);
  if (fields.length === 0) return value;
  return fc.tuple(fc.constantFrom(...fields, '__proto__', 'extra'), value).map(([field, replacement]) => {
    const copy: Record<string, unknown> = { ...(valid as Record<string, unknown>) };
    Object.defineProperty(copy, field, { value: replacement, enumerable: true, writable: true, configurable: true });
    return copy;
  });
}

/**
 * Noise as a path segment. An empty segment, « . » or « .. » is no value: the client (and API
 * Gateway) resolve the dots away, so the request would name another route, whose statuses are not
 * this one's. They are sent as a NUL byte instead.
 */
function noiseSegment(noise: string): string {
  const segment = encodeURIComponent(noise);
  return segment === '' || segment === '.' || segment === '..' ? '%00' : segment;
}

type RawBody = { kind: 'json'; value: unknown } | { kind: 'text'; text: string };

function bodies(valid: unknown): fc.Arbitrary<RawBody> {
  return fc.oneof(
    mutated(valid).map((v) => ({ kind: 'json' as const, value: v })),
    value.map((v) => ({ kind: 'json' as const, value: v })),
    deep.map((v) => ({ kind: 'json' as const, value: v })),
    fc
      .oneof(fc.string({ maxLength: 50 }), fc.constant('{"a":'), fc.constant('{"__proto__":{"polluted":1}}'))
      .map((text) => ({ kind: 'text' as const, text })),
  );
}

let api: Harness;
let world: World;
beforeAll(async () => {
  api = await startHarness();
  world = await buildWorld(api);
});
afterAll(() => api.close());

const documented = buildOpenApiDocument().paths as Record<string, Record<string, { responses: Record<string, unknown> }>>;

/** The statuses the OpenAPI document gives for `METHOD /template`. */
function documentedStatuses(method: string, template: string): string[] {
  return Object.keys(documented[template]?.[method.toLowerCase()]?.responses ?? {});
}

function assertErrorShape(status: number, body: unknown, context: string) {
  expect(status, context).toBeLessThan(500);
  if (status >= 400) {
    const error = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } })?.error;
    expect(typeof error?.code, context).toBe('string');
    expect(typeof error?.message, context).toBe('string');
    expect(Array.isArray(error?.details), context).toBe(true);
  }
}

describe('fuzzing every route', () => {
  for (const [operation, spec] of Object.entries(MATRIX)) {
    it(`${operation} never answers 500 and never changes stored data on refused input`, async () => {
      const [method = 'GET', template = '/'] = operation.split(' ');
      // The caller who may use the route, so that input reaches the deepest code.
      const owners = row(spec.owner);
      const role = ROLES.find((candidate) => owners[candidate] < 400) ?? 'admin';
      // A route that takes no identity is fuzzed as it is used: with none.
      const caller = spec.anonymous ? null : world.owners[role];
      const validPath = resolvePath(template, world, spec);
      const valid = spec.body?.(world);
      const statuses = documentedStatuses(method, template);
      expect(statuses, `${operation} is in the OpenAPI document`).not.toEqual([]);
      let before = await snapshotWorld(api, world);

      await fc.assert(
        fc.asyncProperty(
          bodies(valid),
          fc.option(fc.string({ maxLength: 60 }), { nil: undefined }),
          fc.option(
            fc.dictionary(
              fc.constantFrom('cursor', 'limit', '__proto__', 'x'),
              strings.map((s) => s.slice(0, 300)),
              { maxKeys: 3 },
            ),
            { nil: undefined },
          ),
          async (body, pathNoise, query) => {
            // The noise goes in the last path parameter: for the anonymous route, the segment before `/ballots`.
            const lastParameter = spec.anonymous ? /[^/]+(?=\/[^/]+$)/ : /[^/]+$/;
            const path = pathNoise === undefined ? validPath : validPath.replace(lastParameter, noiseSegment(pathNoise));
            const search = query ? `?${new URLSearchParams(query as Record<string, string>).toString()}` : '';
            const payload = method === 'GET' ? undefined : body.kind === 'json' ? JSON.stringify(body.value) : body.text;
            const response = await api.call(caller, method, `${path}${search}`, payload);
            const context = `${operation} ${path}${search} ${String(payload).slice(0, 200)}`;
            assertErrorShape(response.status, response.body, context);
            expect(statuses, `${context}: status ${response.status} is documented`).toContain(String(response.status));
            if (response.status >= 200 && response.status < 300) {
              before = await snapshotWorld(api, world);
            } else {
              expect(await snapshotWorld(api, world), context).toBe(before);
            }
          },
        ),
        { numRuns: RUNS_PER_ROUTE },
      );

      // Headers over 16 KB: refused in the error shape, documented, nothing changes.
      const oversized = await api.call(caller, method, validPath, method === 'GET' ? undefined : valid, {
        'x-padding': 'a'.repeat(17_000),
      });
      assertErrorShape(oversized.status, oversized.body, `${operation} with 17 KB of headers`);
      expect(oversized.status).toBe(431);
      expect(statuses).toContain('431');
      expect(await snapshotWorld(api, world)).toBe(before);
    });
  }

  it('answers unknown routes and methods in the error shape', async () => {
    for (const [method, path] of [
      ['DELETE', `/api/youth/${world.youthId}`],
      ['GET', '/api/youth/%00'],
      ['GET', '/api/committees/../../etc/passwd'],
      ['PUT', '/api/interviews'],
    ] as const) {
      const response = await api.call(world.owners.admin, method, path);
      assertErrorShape(response.status, response.body, `${method} ${path}`);
    }
  });
});
