import type { DraftRequest } from '../lib/draft-box';
import { request } from './client';
import type {
  CreateHousingApplicationBody,
  HousingApplication,
  HousingApplicationStatus,
  HousingFile,
  HousingPartner,
  HousingPartnerBody,
  HousingPartnerList,
  HousingProject,
  HousingQueuePage,
  HousingSettings,
  HousingTransitionBody,
  SaveHousingProjectBody,
} from './types';

// One function per route of `/api/housing`, so that each bundle only carries the calls it makes.

const file = (youthId: string) => `/api/housing/${encodeURIComponent(youthId)}`;

export function getHousingFile(youthId: string, signal?: AbortSignal): Promise<HousingFile> {
  return request(file(youthId), { signal });
}

/** Saves the project (the young person), as a draft kept on the phone until sent (`sendAsDraft`). */
export function housingProjectRequest(youthId: string, body: SaveHousingProjectBody): DraftRequest {
  return { method: 'PUT', path: `${file(youthId)}/project`, body };
}

export function shareHousingProject(youthId: string): Promise<HousingProject> {
  return request(`${file(youthId)}/project/share`, { method: 'POST' });
}

export function createHousingApplication(
  youthId: string,
  body: CreateHousingApplicationBody,
  idempotencyKey: string,
): Promise<HousingApplication> {
  return request(`${file(youthId)}/applications`, { method: 'POST', body, idempotencyKey });
}

export function moveHousingApplication(youthId: string, applicationId: string, body: HousingTransitionBody): Promise<HousingApplication> {
  return request(`${file(youthId)}/applications/${encodeURIComponent(applicationId)}/transitions`, { method: 'POST', body });
}

export function getHousingSettings(signal?: AbortSignal): Promise<HousingSettings> {
  return request('/api/housing/settings', { signal });
}

export function listHousingPartners(signal?: AbortSignal): Promise<HousingPartnerList> {
  return request('/api/housing/partners', { signal });
}

export function createHousingPartner(body: HousingPartnerBody, idempotencyKey: string): Promise<HousingPartner> {
  return request('/api/housing/partners', { method: 'POST', body, idempotencyKey });
}

export function getHousingQueue(
  query: { status: HousingApplicationStatus; partnerId?: string },
  cursor: string | null,
  signal?: AbortSignal,
): Promise<HousingQueuePage> {
  const params = new URLSearchParams({ status: query.status });
  if (query.partnerId) params.set('partnerId', query.partnerId);
  if (cursor) params.set('cursor', cursor);
  return request(`/api/housing/queue?${params}`, { signal });
}
