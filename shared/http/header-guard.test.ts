import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { handleError } from './error-boundary.js';
import { headerBytes, limitHeaderSize, MAX_HEADER_BYTES } from './header-guard.js';

function appBehindGuard() {
  const app = new Hono();
  app.use('*', limitHeaderSize);
  app.onError(handleError);
  app.get('/', (c) => c.json({ ok: true }));
  return app;
}

describe('limitHeaderSize', () => {
  it('counts each header as it is sent: name, value and separators', () => {
    expect(headerBytes(new Headers({ ab: 'cde' }))).toBe(2 + 3 + 4);
    expect(headerBytes(new Headers({ x: 'é' }))).toBe(1 + 2 + 4);
  });

  it('answers 431 in the error shape to headers over 16 KB (as a Lambda sees them, without Node’s parser in front)', async () => {
    const response = await appBehindGuard().request('/', { headers: { 'x-padding': 'a'.repeat(MAX_HEADER_BYTES) } });
    expect(response.status).toBe(431);
    expect(await response.json()).toEqual({
      error: { code: 'HEADERS_TOO_LARGE', message: 'Les en-têtes de la requête sont trop volumineux (16 Ko au maximum).', details: [] },
    });
  });

  it('lets headers under the limit through', async () => {
    const response = await appBehindGuard().request('/', { headers: { 'x-padding': 'a'.repeat(MAX_HEADER_BYTES - 100) } });
    expect(response.status).toBe(200);
  });
});
