import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { limitBodySize, MAX_BODY_BYTES, requireJsonBody } from './body-guard.js';
import { handleError } from './error-boundary.js';

function app() {
  const hono = new Hono();
  hono.use('*', limitBodySize, requireJsonBody);
  hono.post('/echo', async (c) => c.json(await c.req.json()));
  hono.get('/plain', (c) => c.text('ok'));
  hono.onError(handleError);
  return hono;
}

// As a client sends it: with its length (the guard looks at it to know there is a body).
const post = (body: string, contentType = 'application/json') =>
  app().request('/echo', {
    method: 'POST',
    body,
    headers: { 'content-type': contentType, 'content-length': String(Buffer.byteLength(body)) },
  });

describe('body guard', () => {
  it('lets well-formed JSON through, parsed once for the route', async () => {
    const response = await post('{"a":1}');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ a: 1 });
  });

  it('accepts a +json media type with parameters', async () => {
    expect((await post('{}', 'application/merge-patch+json; charset=utf-8')).status).toBe(200);
  });

  it('answers 415 to a body that is not JSON', async () => {
    const response = await post('a=1', 'application/x-www-form-urlencoded');
    expect(response.status).toBe(415);
    expect((await response.json()).error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers 400 INVALID_JSON to malformed JSON', async () => {
    const response = await post('{"a":');
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe('INVALID_JSON');
  });

  it('answers 413 to a body over 64 KB', async () => {
    const response = await post(JSON.stringify({ text: 'x'.repeat(MAX_BODY_BYTES) }));
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('leaves requests without a body alone', async () => {
    expect((await app().request('/plain')).status).toBe(200);
  });
});
