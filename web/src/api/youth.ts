import type { DraftRequest } from '../lib/draft-box';
import { lastReceived, request, withCursor } from './client';
import type {
  AuditEntry,
  CreateJournalEntryBody,
  CreateYouthBody,
  JournalEntry,
  MyFile,
  Page,
  SetTrustedPersonBody,
  UpdateYouthBody,
  Youth,
  YouthExport,
  YouthSummary,
} from './types';

// One function per route, so that each bundle only carries the calls it makes.

const file = (id: string) => `/api/youth/${encodeURIComponent(id)}`;

let prefetchedMyFile: Promise<MyFile> | null = null;

/**
 * Asks for the young person's own file as soon as the session is restored, while their page's
 * chunk is still on its way: every page of theirs starts with it, and a slow network then waits
 * one round trip less. The next `getMyFile` takes this answer; later ones ask again.
 */
export function prefetchMyFile(): void {
  prefetchedMyFile = request<MyFile>('/api/youth/me');
  // A failure is the page's to show, when it asks.
  prefetchedMyFile.catch(() => {});
}

export function getMyFile(signal?: AbortSignal): Promise<MyFile> {
  const prefetched = prefetchedMyFile;
  prefetchedMyFile = null;
  return prefetched ?? request('/api/youth/me', { signal });
}

/** The id and first name of the young person's file as this tab last received it (a reload), or null (a first visit). */
export function myFileSeen(): { id: string; firstName: string } | null {
  const seen = lastReceived('/api/youth/me');
  if (typeof seen !== 'object' || seen === null) return null;
  const { id, firstName } = seen as { id?: unknown; firstName?: unknown };
  return typeof id === 'string' && typeof firstName === 'string' ? { id, firstName } : null;
}

/**
 * The young person's file and what a page reads by its id. When this tab already knows the id
 * (a reload, a second page), both are asked for at once rather than one after the other: one
 * round trip less on a slow network (issue 15, LCP). Should the file answer another id, the
 * page's data is asked for again with it.
 */
export async function withMyFile<T>(
  signal: AbortSignal | undefined,
  load: (youthId: string) => Promise<T>,
): Promise<{ youth: MyFile; data: T }> {
  const known = myFileSeen()?.id ?? null;
  const early = known ? load(known) : null;
  // Its failure is awaited below, or moot when the id changed.
  early?.catch(() => {});
  const youth = await getMyFile(signal);
  return { youth, data: await (early && youth.id === known ? early : load(youth.id)) };
}

export function listYouth(cursor: string | null, signal?: AbortSignal): Promise<Page<YouthSummary>> {
  return request(withCursor('/api/youth', cursor), { signal });
}

export function getYouth(id: string, signal?: AbortSignal): Promise<Youth> {
  return request(file(id), { signal });
}

export function updateYouth(id: string, body: UpdateYouthBody): Promise<Youth> {
  return request(file(id), { method: 'PATCH', body });
}

export function setTrustedPerson(id: string, body: SetTrustedPersonBody): Promise<Youth> {
  return request(`${file(id)}/trusted-person`, { method: 'PUT', body });
}

export function createYouth(body: CreateYouthBody, idempotencyKey: string): Promise<Youth> {
  return request('/api/youth', { method: 'POST', body, idempotencyKey });
}

export function listJournal(id: string, cursor: string | null, signal?: AbortSignal): Promise<Page<JournalEntry>> {
  return request(withCursor(`${file(id)}/journal`, cursor), { signal });
}

/** A message of the young person to their binôme, as a draft kept on the phone until sent (`sendAsDraft`). */
export function journalEntryRequest(id: string, body: CreateJournalEntryBody): DraftRequest {
  return { method: 'POST', path: `${file(id)}/journal`, body };
}

export function addJournalEntry(id: string, body: CreateJournalEntryBody, idempotencyKey: string): Promise<JournalEntry> {
  return request(`${file(id)}/journal`, { method: 'POST', body, idempotencyKey });
}

export function listAudit(id: string, cursor: string | null, signal?: AbortSignal): Promise<Page<AuditEntry>> {
  return request(withCursor(`${file(id)}/audit`, cursor), { signal });
}

export function exportYouthData(id: string): Promise<YouthExport> {
  return request(`${file(id)}/export`);
}
