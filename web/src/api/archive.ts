import { request, withCursor } from './client';
import type { ArchivedFile, ArchivedFileOpened, OpenArchivedFileBody, Page, ReopenFileBody, RetentionSettings, Youth } from './types';

// The intermediate archive (README, « RGPD : the life of a file »): its own module, so that the
// young person's bundle carries only the reopening it uses.

const file = (id: string) => `/api/youth/${encodeURIComponent(id)}`;

/** The département's files in the intermediate archive (admins), by name. */
export function listArchivedFiles(cursor: string | null, signal?: AbortSignal): Promise<Page<ArchivedFile>> {
  return request(withCursor('/api/youth/archived', cursor), { signal });
}

/** Opens an archived file with a stated reason (admins): audited with the reason before the file is returned. */
export function openArchivedFile(id: string, body: OpenArchivedFileBody): Promise<ArchivedFileOpened> {
  return request(`${file(id)}/archive/open`, { method: 'POST', body });
}

/** Reopens an archived file: the young person without a reason, an admin with one. */
export function reopenFile(id: string, body: ReopenFileBody = {}): Promise<Youth> {
  return request(`${file(id)}/reopen`, { method: 'POST', body });
}

/** The département's retention periods (admins). */
export function getRetentionSettings(signal?: AbortSignal): Promise<RetentionSettings> {
  return request('/api/youth/retention-settings', { signal });
}

export function putRetentionSettings(body: RetentionSettings): Promise<RetentionSettings> {
  return request('/api/youth/retention-settings', { method: 'PUT', body });
}
