import type { MiddlewareHandler } from 'hono';
import { ApiError } from './errors.js';

export const MAX_HEADER_BYTES = 16 * 1024;

/** The answer to a request whose headers are too large, also written by the local server's own HTTP parser. */
export function headersTooLarge(): ApiError {
  return new ApiError(431, 'HEADERS_TOO_LARGE', 'Les en-têtes de la requête sont trop volumineux (16 Ko au maximum).');
}

/** Bytes of the header section as sent: `name: value\r\n` per header. */
export function headerBytes(headers: Headers): number {
  let total = 0;
  headers.forEach((value, name) => {
    total += Buffer.byteLength(name) + Buffer.byteLength(value) + 4;
  });
  return total;
}

/** Refuses headers over 16 KB (431 in the error shape), before anything reads them. */
export const limitHeaderSize: MiddlewareHandler = async (c, next) => {
  if (headerBytes(c.req.raw.headers) > MAX_HEADER_BYTES) throw headersTooLarge();
  return next();
};
