import type { DraftRequest } from '../lib/draft-box';
import { request, withCursor } from './client';
import type {
  AuditEntry,
  CreateJournalEntryBody,
  CreateYouthBody,
  JournalEntry,
  Page,
  SetTrustedPersonBody,
  UpdateYouthBody,
  Youth,
  YouthExport,
  YouthSummary,
} from './types';

// One function per route, so that each bundle only carries the calls it makes.

const file = (id: string) => `/api/youth/${encodeURIComponent(id)}`;

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
