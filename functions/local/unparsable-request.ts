import type { Duplex } from 'node:stream';
import { errorBody } from '../../shared/http/error-boundary.js';
import { ApiError } from '../../shared/http/errors.js';
import { headersTooLarge } from '../../shared/http/header-guard.js';

/** How long a refused client may go on sending before its connection is cut. */
const LINGER_MS = 5_000;

const answered = new WeakSet<Duplex>();

/**
 * Answers, in the error shape, a request Node's HTTP parser refused before any app saw it
 * (headers over its 16 KB limit, malformed requests).
 *
 * The parser reports the same error again for every chunk still arriving on that
 * connection. Those later reports are left alone: destroying the socket then could drop
 * the answer not yet flushed, and a reset would make the client discard it unread. The
 * connection closes once the client has read the answer and hung up, or after a delay.
 */
export function answerUnparsableRequest(error: Error & { code?: string }, socket: Duplex): void {
  if (answered.has(socket)) return;
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  answered.add(socket);
  const apiError =
    error.code === 'HPE_HEADER_OVERFLOW' ? headersTooLarge() : new ApiError(400, 'BAD_REQUEST', 'La requête est mal formée.');
  const body = JSON.stringify(errorBody(apiError));
  const reason = apiError.status === 431 ? 'Request Header Fields Too Large' : 'Bad Request';
  socket.end(
    `HTTP/1.1 ${apiError.status} ${reason}\r\nContent-Type: application/json; charset=UTF-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
  setTimeout(() => socket.destroy(), LINGER_MS).unref();
}
