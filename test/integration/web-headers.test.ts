import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../support/harness.js';

let api: Harness;
let webRoot: string;

beforeAll(async () => {
  // A web build in miniature: the same kinds of files as web/dist.
  webRoot = mkdtempSync(join(tmpdir(), 'envol-web-'));
  mkdirSync(join(webRoot, 'assets'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Envol</title>');
  writeFileSync(join(webRoot, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  writeFileSync(join(webRoot, 'manifest.webmanifest'), '{"name":"Envol"}');
  writeFileSync(join(webRoot, 'assets', 'index-abc123.js'), 'console.log(1);');
  api = await startHarness({ webRoot });
});

afterAll(async () => {
  await api.close();
  rmSync(webRoot, { recursive: true, force: true });
});

const get = (path: string) => fetch(`${api.url}${path}`);

describe('the web as the local server serves it', () => {
  it('serves the service worker as JavaScript, revalidated on every load, under the same CSP', async () => {
    const response = await get('/sw.js');

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('serves the manifest with its own type, revalidated too', async () => {
    const response = await get('/manifest.webmanifest');

    expect(response.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('keeps content-hashed files a year and the page itself fresh, with no inline script allowed', async () => {
    const asset = await get('/assets/index-abc123.js');
    const page = await get('/');
    const csp = page.headers.get('content-security-policy') ?? '';

    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
  });

  it('leaves API answers to the API: never cached as a page', async () => {
    const response = await get('/api/youth/me');

    expect(response.status).toBe(401);
    expect(response.headers.get('cache-control')).not.toBe('public, max-age=31536000, immutable');
  });
});
