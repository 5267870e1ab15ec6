import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AREA_APP_FACTORIES } from '../../functions/area-apps.js';
import { AREAS } from '../../shared/areas.js';
import { type Harness, startHarness } from '../support/harness.js';

let api: Harness;
beforeAll(async () => {
  api = await startHarness();
});
afterAll(() => api.close());

describe('platform routes', () => {
  it('answers GET /api/health without a token', async () => {
    const response = await api.call(null, 'GET', '/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('publishes an OpenAPI 3.1 document with every youth route and the error shape', async () => {
    const response = await api.call(null, 'GET', '/api/openapi.json');
    expect(response.status).toBe(200);
    expect(response.body.openapi).toBe('3.1.0');
    const paths = response.body.paths as Record<string, Record<string, unknown>>;
    expect(Object.keys(paths['/api/youth'] ?? {}).sort()).toEqual(['get', 'post']);
    expect(Object.keys(paths['/api/youth/{id}'] ?? {}).sort()).toEqual(['get', 'patch']);
    for (const path of ['/api/youth/me', '/api/youth/{id}/journal', '/api/youth/{id}/audit', '/api/youth/{id}/export']) {
      expect(paths[path], path).toBeDefined();
    }
    expect(response.body.components.schemas.Error).toBeDefined();
    expect(response.body.components.schemas.CreateYouth.required).toContain('birthDate');
    expect(response.body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('serves a readable docs page listing the routes', async () => {
    const response = await fetch(`${api.url}/api/docs`);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const html = await response.text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('/api/youth/{id}/audit');
  });

  it('has an app for every area the infrastructure deploys', () => {
    const withApps = new Set([...Object.keys(AREA_APP_FACTORIES), 'platform']);
    expect(AREAS.map((area) => area.name).filter((name) => !withApps.has(name))).toEqual([]);
  });
});
