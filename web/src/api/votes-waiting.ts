import { request } from './client';
import type { VotesWaiting } from './types';

/**
 * The votes waiting for the young person. A module of its own, apart from committees.ts: « Mon
 * dossier » asks for it with the file, from the entry, which must not carry the committees' code.
 */
export function listVotesWaiting(signal?: AbortSignal): Promise<VotesWaiting> {
  return request('/api/committees/votes-waiting', { signal });
}
