import type { RgpdRequest } from '../api/types';

/**
 * The young person's requests as the page shows them: the list the server last gave (oldest
 * first), with the requests sent from this page since that the list does not hold yet, last.
 * A list asked for before a send may be answered after it: the request just sent stays shown.
 * The server's copy of a request wins (it may already carry an answer).
 */
export function withRequestsSent(listed: readonly RgpdRequest[], sent: readonly RgpdRequest[]): RgpdRequest[] {
  const known = new Set(listed.map((request) => request.id));
  const missing = sent.filter((request, index) => !known.has(request.id) && sent.findIndex((other) => other.id === request.id) === index);
  return [...listed, ...missing];
}
