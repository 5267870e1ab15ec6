import { request } from './client';
import type {
  AnswerRgpdRequestBody,
  CreateRgpdRequestBody,
  ExtendRgpdRequestBody,
  OpenRgpdRequestList,
  RgpdRequest,
  RgpdRequestList,
} from './types';

// Requests about one's data (RGPD arts. 15–21): one function per route.

const area = (youthId: string) => `/api/youth/${encodeURIComponent(youthId)}/rgpd-requests`;

export function listRgpdRequests(youthId: string, signal?: AbortSignal): Promise<RgpdRequestList> {
  return request(area(youthId), { signal });
}

/** The request as the phone sends it (and sends again, with the same key, once the connection is back). */
export function rgpdRequestSend(youthId: string, body: CreateRgpdRequestBody) {
  return { path: area(youthId), method: 'POST' as const, body };
}

export function answerRgpdRequest(
  youthId: string,
  requestId: string,
  body: AnswerRgpdRequestBody,
  idempotencyKey: string,
): Promise<RgpdRequest> {
  return request(`${area(youthId)}/${encodeURIComponent(requestId)}/answer`, { method: 'POST', body, idempotencyKey });
}

/** Two more months to answer (art. 12.3), with the reasons the young person reads. */
export function extendRgpdRequest(
  youthId: string,
  requestId: string,
  body: ExtendRgpdRequestBody,
  idempotencyKey: string,
): Promise<RgpdRequest> {
  return request(`${area(youthId)}/${encodeURIComponent(requestId)}/extension`, { method: 'POST', body, idempotencyKey });
}

/** Admins: the département's requests waiting for an answer. */
export function listOpenRgpdRequests(signal?: AbortSignal): Promise<OpenRgpdRequestList> {
  return request('/api/dashboard/rgpd-requests', { signal });
}
