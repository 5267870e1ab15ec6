import { request } from './client';
import type { CreateSupportRequestBody, DecideSupportRequestBody, SupportRequest, SupportRequestList } from './types';

// Support from 18 to 21: one function per route of `/api/youth/{youthId}/support-requests`.

const area = (youthId: string) => `/api/youth/${encodeURIComponent(youthId)}/support-requests`;

export function listSupportRequests(youthId: string, signal?: AbortSignal): Promise<SupportRequestList> {
  return request(area(youthId), { signal });
}

export function createSupportRequest(youthId: string, body: CreateSupportRequestBody, idempotencyKey: string): Promise<SupportRequest> {
  return request(area(youthId), { method: 'POST', body, idempotencyKey });
}

export function decideSupportRequest(
  youthId: string,
  requestId: string,
  body: DecideSupportRequestBody,
  idempotencyKey: string,
): Promise<SupportRequest> {
  return request(`${area(youthId)}/${encodeURIComponent(requestId)}/decision`, { method: 'POST', body, idempotencyKey });
}
