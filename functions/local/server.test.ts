import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { AREAS } from '../../shared/areas.js';
import { exposureWarning, isLoopback, mountAreas } from './server.js';

describe('exposureWarning', () => {
  it('says nothing on loopback', () => {
    for (const host of ['127.0.0.1', 'localhost', '::1', '127.0.1.1']) {
      expect(isLoopback(host), host).toBe(true);
      expect(exposureWarning(host, true), host).toBeNull();
    }
  });

  it('warns when the dev issuer listens beyond this machine', () => {
    expect(exposureWarning('0.0.0.0', true)).toMatch(/HOST=0\.0\.0\.0.*admin/);
    expect(exposureWarning('192.168.1.10', true)).toMatch(/dev token issuer/);
  });

  it('says nothing when the dev issuer is off', () => {
    expect(exposureWarning('0.0.0.0', false)).toBeNull();
  });
});

describe('mountAreas', () => {
  // Each area's app answers its own name: what reaches which app is all that is looked at.
  const root = new Hono();
  mountAreas(root, AREAS, Object.fromEntries(AREAS.map(({ name }) => [name, { fetch: () => new Response(name) }])));
  const areaServing = async (method: string, path: string) => (await root.request(path, { method })).text();
  const id = '01JD2Y3QK9V8N6M4R2T0W1X5Z7';

  it('hands every route key of youth-archive to its app, though under the youth prefix, as API Gateway does', async () => {
    const routeKeys = AREAS.find(({ name }) => name === 'youth-archive')?.routeKeys ?? [];
    expect(routeKeys).toContain('GET /api/youth/{id}/export');
    for (const routeKey of routeKeys) {
      const [method = '', template = ''] = routeKey.split(' ');
      expect(await areaServing(method, template.replace(/\{\w+\}/g, id)), routeKey).toBe('youth-archive');
    }
  });

  it('hands the rest of the youth prefix to youth: other methods, other paths, the file itself', async () => {
    expect(await areaServing('GET', `/api/youth/${id}`)).toBe('youth');
    expect(await areaServing('GET', '/api/youth')).toBe('youth');
    expect(await areaServing('DELETE', `/api/youth/${id}/export`)).toBe('youth');
    expect(await areaServing('GET', `/api/youth/${id}/export/more`)).toBe('youth');
    expect(await areaServing('POST', `/api/youth/${id}/journal`)).toBe('youth');
  });

  it('hands each prefix to its area and any other API path to platform', async () => {
    expect(await areaServing('POST', '/api/committees/c1/consultations/k1/ballots')).toBe('committees');
    expect(await areaServing('GET', '/api/staff')).toBe('dashboard');
    expect(await areaServing('GET', '/api/health')).toBe('platform');
    expect(await areaServing('GET', '/api/nowhere')).toBe('platform');
  });
});
