import type { DraftRequest } from '../lib/draft-box';
import { request } from './client';
import type {
  AcceptedProposal,
  AcceptProposalBody,
  CreateBinomeAssessmentBody,
  GridComparison,
  GridDraft,
  GridEvaluation,
  GridEvaluationList,
  GridProgress,
  GridProposal,
  GridProposalList,
  GridTemplate,
  PublishGridBody,
  SaveGridDraftBody,
  SaveSelfLevelsBody,
  SelfAssessment,
} from './types';

// One function per route of `/api/grids`, so that each bundle only carries the calls it makes.
const area = (youthId: string) => `/api/grids/${encodeURIComponent(youthId)}`;

export function getSelfAssessment(youthId: string, signal?: AbortSignal): Promise<SelfAssessment> {
  return request(`${area(youthId)}/self-assessment`, { signal });
}

/** Saves some levels (the young person), as a draft kept on the phone until sent (`sendAsDraft`). */
export function selfLevelsRequest(youthId: string, body: SaveSelfLevelsBody): DraftRequest {
  return { method: 'PUT', path: `${area(youthId)}/self-assessment`, body };
}

export function sendSelfAssessment(youthId: string, idempotencyKey: string): Promise<GridEvaluation> {
  return request(`${area(youthId)}/self-assessment/send`, { method: 'POST', idempotencyKey });
}

export function listEvaluations(youthId: string, signal?: AbortSignal): Promise<GridEvaluationList> {
  return request(`${area(youthId)}/evaluations`, { signal });
}

export function createBinomeAssessment(youthId: string, body: CreateBinomeAssessmentBody, idempotencyKey: string): Promise<GridEvaluation> {
  return request(`${area(youthId)}/evaluations`, { method: 'POST', body, idempotencyKey });
}

export function getComparison(youthId: string, signal?: AbortSignal): Promise<GridComparison> {
  return request(`${area(youthId)}/comparison`, { signal });
}

export function getProgress(youthId: string, signal?: AbortSignal): Promise<GridProgress> {
  return request(`${area(youthId)}/progress`, { signal });
}

export function getGridTemplate(signal?: AbortSignal): Promise<GridTemplate> {
  return request('/api/grids/template', { signal });
}

/** The draft of the département's next grid version (admins); without one, a copy of the version in force. */
export function getGridDraft(signal?: AbortSignal): Promise<GridDraft> {
  return request('/api/grids/template/draft', { signal });
}

export function saveGridDraft(body: SaveGridDraftBody): Promise<GridDraft> {
  return request('/api/grids/template/draft', { method: 'PUT', body });
}

export function publishGridDraft(body: PublishGridBody): Promise<GridTemplate> {
  return request('/api/grids/template/publish', { method: 'POST', body });
}

export function listProposals(youthId: string, signal?: AbortSignal): Promise<GridProposalList> {
  return request(`${area(youthId)}/proposals`, { signal });
}

export function acceptProposal(youthId: string, body: AcceptProposalBody): Promise<AcceptedProposal> {
  return request(`${area(youthId)}/proposals/accept`, { method: 'POST', body });
}

export function dismissProposal(youthId: string, itemId: string): Promise<GridProposal> {
  return request(`${area(youthId)}/proposals/dismiss`, { method: 'POST', body: { itemId } });
}
