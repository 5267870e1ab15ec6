import { postForFile, request, withCursor } from './client';
import type {
  ArchivedFile,
  ArchivedFileOpened,
  OpenArchivedFileBody,
  Page,
  ReopenFileBody,
  RetentionDecision,
  RetentionSettings,
  Youth,
} from './types';

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

/** The package for the archives départementales as built (nothing is erased yet), and its SHA-256. */
export interface ArchivesPackage {
  blob: Blob;
  filename: string;
  sha256: string;
}

/**
 * Builds the package under the archives' decision reference (admins). Its SHA-256 is the
 * `X-Package-SHA256` header, or computed on the bytes received when a proxy hides the header.
 */
export async function buildArchivesPackage(id: string, decisionReference: string): Promise<ArchivesPackage> {
  const received = await postForFile(`${file(id)}/archives-package`, { decisionReference });
  const sha256 = received.headers.get('X-Package-SHA256') ?? (await sha256Hex(received.blob));
  // The server's name holds no personal data (département and day); the fallback neither.
  return { blob: received.blob, filename: received.filename ?? 'versement-archives.zip', sha256 };
}

async function sha256Hex(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Confirms the archives hold the package: the file is then erased, its decision record kept. */
export function handOverFile(id: string, decisionReference: string, packageSha256: string): Promise<RetentionDecision> {
  return request(`${file(id)}/hand-over`, { method: 'POST', body: { decisionReference, packageSha256 } });
}

/** Destroys the file under the archives' decision (irreversible through the API): its decision record is kept. */
export function destroyFile(id: string, decisionReference: string): Promise<RetentionDecision> {
  return request(`${file(id)}/destroy`, { method: 'POST', body: { decisionReference } });
}
