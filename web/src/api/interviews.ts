import type { DraftRequest } from '../lib/draft-box';
import { ApiError, request } from './client';
import type {
  CreateInterviewBody,
  Interview,
  InterviewDeadlines,
  InterviewList,
  Plan,
  PlanHistory,
  Preparation,
  RequestPlanChangeBody,
  RespondToPlanBody,
  SaveAnswersBody,
  SavePlanBody,
  UpdateInterviewBody,
} from './types';

// One function per route of `/api/interviews`, so that each bundle only carries the calls it makes.

const area = (youthId: string) => `/api/interviews/${encodeURIComponent(youthId)}`;

export function getInterviewDeadlines(youthId: string, signal?: AbortSignal): Promise<InterviewDeadlines> {
  return request(`${area(youthId)}/deadlines`, { signal });
}

export function listInterviews(youthId: string, signal?: AbortSignal): Promise<InterviewList> {
  return request(`${area(youthId)}/interviews`, { signal });
}

export function getInterview(youthId: string, interviewId: string, signal?: AbortSignal): Promise<Interview> {
  return request(`${area(youthId)}/interviews/${encodeURIComponent(interviewId)}`, { signal });
}

export function createInterview(youthId: string, body: CreateInterviewBody, idempotencyKey: string): Promise<Interview> {
  return request(`${area(youthId)}/interviews`, { method: 'POST', body, idempotencyKey });
}

export function updateInterview(youthId: string, interviewId: string, body: UpdateInterviewBody): Promise<Interview> {
  return request(`${area(youthId)}/interviews/${encodeURIComponent(interviewId)}`, { method: 'PATCH', body });
}

export function getPreparation(youthId: string, signal?: AbortSignal): Promise<Preparation> {
  return request(`${area(youthId)}/preparation`, { signal });
}

/** Saves some answers (the young person), as a draft kept on the phone until sent (`sendAsDraft`). */
export function preparationAnswersRequest(youthId: string, body: SaveAnswersBody): DraftRequest {
  return { method: 'PUT', path: `${area(youthId)}/preparation/answers`, body };
}

export function sharePreparation(youthId: string): Promise<Preparation> {
  return request(`${area(youthId)}/preparation/share`, { method: 'POST' });
}

/** The current plan, or null when none has been written yet (404 `PLAN_NOT_FOUND`). */
export async function getPlanOrNull(youthId: string, signal?: AbortSignal): Promise<Plan | null> {
  try {
    return await request<Plan>(`${area(youthId)}/plan`, { signal });
  } catch (error) {
    if (error instanceof ApiError && error.code === 'PLAN_NOT_FOUND') return null;
    throw error;
  }
}

/** Every version of the plan, oldest first (each staff read is written to the audit log). */
export function getPlanHistory(youthId: string, signal?: AbortSignal): Promise<PlanHistory> {
  return request(`${area(youthId)}/plan/history`, { signal });
}

export function savePlan(youthId: string, body: SavePlanBody): Promise<Plan> {
  return request(`${area(youthId)}/plan`, { method: 'PUT', body });
}

export function signPlan(youthId: string, body: RespondToPlanBody): Promise<Plan> {
  return request(`${area(youthId)}/plan/sign`, { method: 'POST', body });
}

/** The young person asks for a change, as a draft kept on the phone until sent (`sendAsDraft`). */
export function planChangeRequest(youthId: string, body: RequestPlanChangeBody): DraftRequest {
  return { method: 'POST', path: `${area(youthId)}/plan/change-request`, body };
}
