import { describe, expect, it } from 'vitest';
import { AREAS } from '../../shared/areas.js';
import type { Deps } from '../../shared/http/app-env.js';
import type { AreaApp } from '../../shared/http/create-area-app.js';
import { createYouthApp } from '../youth/app.js';
import { createYouthArchiveApp } from './app.js';

/** Only route definitions are read: a request reaching the deps is a bug of the test. */
const unusedDeps = new Proxy({} as Deps, {
  get() {
    throw new Error('no request is served here');
  },
});

/** An app's routes as API Gateway route keys (`GET /api/youth/{id}/export`), from its OpenAPI definitions. */
function routeKeysOf(app: AreaApp): string[] {
  const paths = app.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 't', version: '1' } }).paths ?? {};
  return Object.entries(paths).flatMap(([path, item]) =>
    Object.keys(item ?? {})
      .filter((key) => ['get', 'put', 'post', 'patch', 'delete'].includes(key))
      .map((method) => `${method.toUpperCase()} ${path}`),
  );
}

describe('the youth-archive area', () => {
  const declared = AREAS.find((area) => area.name === 'youth-archive')?.routeKeys ?? [];

  it('declares in shared/areas.ts exactly the routes its app serves, so that API Gateway sends it each of them', () => {
    expect(declared.length).toBeGreaterThan(0);
    expect([...routeKeysOf(createYouthArchiveApp(unusedDeps))].sort()).toEqual([...declared].sort());
  });

  it('leaves none of them to the youth app, which keeps the rest of /api/youth', () => {
    const youth = routeKeysOf(createYouthApp(unusedDeps));
    expect(youth).toContain('GET /api/youth/{id}');
    expect(youth.filter((key) => declared.includes(key))).toEqual([]);
  });

  it('is served under the youth prefix only by its route keys, never by a prefix of its own', () => {
    const area = AREAS.find(({ name }) => name === 'youth-archive');
    expect(area?.prefixes).toEqual([]);
    expect(declared.every((key) => /^(GET|PUT|POST) \/api\/youth\//.test(key))).toBe(true);
  });
});
