import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import { cacheControlForWebPath, IMMUTABLE_CACHE_CONTROL } from '../../shared/web-cache-policy.js';

/**
 * What CloudFront does in front of Envol in AWS, done by the local server so that what
 * `npm start` shows is what a phone gets: compression and the cache headers of the web
 * build (shared/web-cache-policy.ts).
 */

/** CloudFront compresses files from 1,000 bytes up, of these types. */
const MIN_COMPRESSED_BYTES = 1000;
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|manifest\+json|xml)|image\/svg\+xml)/;

type Encoding = 'br' | 'gzip';

/** Brotli when the client takes it (phones do), else gzip, else nothing. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | null {
  const offered = new Map(
    (acceptEncoding ?? '').split(',').map((part) => {
      const [name = '', ...parameters] = part.trim().toLowerCase().split(';');
      const q = parameters.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
      return [name, q === undefined ? 1 : Number(q)] as const;
    }),
  );
  const accepts = (name: string) => (offered.get(name) ?? offered.get('*') ?? 0) > 0;
  if (accepts('br')) return 'br';
  if (accepts('gzip')) return 'gzip';
  return null;
}

function compress(body: Uint8Array, encoding: Encoding): Uint8Array<ArrayBuffer> {
  // Quality 5: close to the best ratio at a fraction of the time, as CDNs compress on the fly.
  const compressed = encoding === 'br' ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }) : gzipSync(body);
  return new Uint8Array(compressed);
}

/**
 * Compresses answers (API and web) the client accepts compressed. Hashed assets never
 * change, so each is compressed once per encoding and kept.
 */
export function compressResponses(): MiddlewareHandler {
  const immutable = new Map<string, Uint8Array<ArrayBuffer>>();
  return async (c, next) => {
    await next();
    const response = c.res;
    const type = response.headers.get('content-type') ?? '';
    const encoding = chooseEncoding(c.req.header('accept-encoding'));
    response.headers.append('Vary', 'Accept-Encoding');
    if (!encoding || response.status !== 200 || response.headers.has('content-encoding') || !COMPRESSIBLE.test(type)) return;
    const body = new Uint8Array(await response.arrayBuffer());
    const headers = new Headers(response.headers);
    if (body.byteLength < MIN_COMPRESSED_BYTES) {
      c.res = new Response(body, { status: response.status, headers });
      return;
    }
    const key = `${encoding} ${c.req.path}`;
    const cacheable = headers.get('cache-control') === IMMUTABLE_CACHE_CONTROL;
    const compressed = (cacheable && immutable.get(key)) || compress(body, encoding);
    if (cacheable) immutable.set(key, compressed);
    headers.set('Content-Encoding', encoding);
    headers.delete('Content-Length');
    // Hono copies the replaced answer's headers onto the new one: the old length must go.
    response.headers.delete('Content-Length');
    c.res = new Response(compressed, { status: response.status, headers });
  };
}

/** Sets the `Cache-Control` of the web build's files, as the S3 upload does in AWS. */
export function webCacheHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (c.res.status === 200 || c.res.status === 304) c.res.headers.set('Cache-Control', cacheControlForWebPath(c.req.path));
  };
}
