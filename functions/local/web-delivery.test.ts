import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalServer, startLocalServer } from './server.js';
import { chooseEncoding } from './web-delivery.js';

/** The raw answer, bytes as they came over the wire (fetch would decompress them). */
function get(url: string, acceptEncoding?: string): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers as Record<string, string>, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

const script = `export const greeting = ${JSON.stringify('Bonjour, '.repeat(400))};\n`;

describe('the local server delivers the web as CloudFront does', () => {
  let web: string;
  let server: LocalServer;

  beforeAll(async () => {
    process.env.ENVOL_DEV_AUTH = '1';
    web = mkdtempSync(join(tmpdir(), 'envol-web-'));
    mkdirSync(join(web, 'assets'));
    writeFileSync(
      join(web, 'index.html'),
      `<!doctype html><title>Envol</title><script type="module" src="/assets/app-1a2b3c.js"></script>`,
    );
    writeFileSync(join(web, 'assets', 'app-1a2b3c.js'), script);
    writeFileSync(join(web, 'sw.js'), `self.addEventListener('fetch', () => {});\n${'// cache\n'.repeat(200)}`);
    writeFileSync(join(web, 'manifest.webmanifest'), JSON.stringify({ name: 'Envol', icons: [] }));
    server = await startLocalServer({ port: 0, dynamoEndpoint: 'http://127.0.0.1:9', tableName: 'envol-web-test', webRoot: web });
  });

  afterAll(async () => {
    await server.close();
    rmSync(web, { recursive: true, force: true });
  });

  it('sends a hashed asset brotli-compressed to a phone that takes brotli, kept a year', async () => {
    const answer = await get(`${server.url}/assets/app-1a2b3c.js`, 'gzip, deflate, br');

    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers.vary).toMatch(/accept-encoding/i);
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(answer.body.length).toBeLessThan(script.length / 10);
    expect(brotliDecompressSync(answer.body).toString()).toBe(script);
  });

  it('falls back to gzip, then to the file as it is', async () => {
    const gzip = await get(`${server.url}/assets/app-1a2b3c.js`, 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(script);

    const plain = await get(`${server.url}/assets/app-1a2b3c.js`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
  });

  it.each(['/', '/index.html', '/sw.js', '/manifest.webmanifest', '/config.json', '/mon-dossier'])(
    'has %s revalidated on every load, never kept',
    async (path) => {
      const answer = await get(`${server.url}${path}`, 'br');
      expect(answer.status).toBe(200);
      expect(answer.headers['cache-control']).toBe('no-cache');
    },
  );

  it('answers 404 for a hashed file that is not there, rather than the page kept a year', async () => {
    const answer = await get(`${server.url}/assets/app-0000000.js`, 'br');
    expect(answer.status).toBe(404);
    expect(answer.headers['cache-control']).toBeUndefined();
  });

  it('compresses the API too, as CloudFront does for /api/*', async () => {
    const answer = await get(`${server.url}/api/openapi.json`, 'br');
    expect(answer.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(answer.body).toString()).openapi).toBe('3.1.0');
    // Under 1,000 bytes, nothing is gained: sent as it is.
    const health = await get(`${server.url}/api/health`, 'br');
    expect(health.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(health.body.toString())).toEqual({ status: 'ok' });
  });
});

describe('chooseEncoding', () => {
  it('prefers brotli, honours q=0 and wildcards', () => {
    expect(chooseEncoding('gzip, deflate, br')).toBe('br');
    expect(chooseEncoding('gzip, br;q=0')).toBe('gzip');
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('identity')).toBeNull();
    expect(chooseEncoding(undefined)).toBeNull();
  });
});
