import type { z } from 'zod';
import type {
  acceptProposalSchema,
  createBinomeAssessmentSchema,
  gridComparisonSchema,
  gridEvaluationListSchema,
  gridEvaluationSchema,
  gridProgressSchema,
  gridProposalListSchema,
  gridProposalSchema,
  saveSelfLevelsSchema,
  selfAssessmentSchema,
} from '../../../shared/schemas/grids.js';
import { request } from './client';
import type { Plan } from './types';

// Types inferred from the server's schemas (type-only imports, erased at build).
export type SelfAssessment = z.infer<typeof selfAssessmentSchema>;
export type GridEvaluation = z.infer<typeof gridEvaluationSchema>;
export type GridComparison = z.infer<typeof gridComparisonSchema>;
export type GridProgress = z.infer<typeof gridProgressSchema>;
export type GridProposalList = z.infer<typeof gridProposalListSchema>;
export type GridProposal = z.infer<typeof gridProposalSchema>;
export type GridLevel = GridEvaluation['levels'][string];

// One function per route of `/api/grids`, so that each bundle only carries the calls it makes.
const area = (youthId: string) => `/api/grids/${encodeURIComponent(youthId)}`;

export function getSelfAssessment(youthId: string, signal?: AbortSignal): Promise<SelfAssessment> {
  return request(`${area(youthId)}/self-assessment`, { signal });
}

/** Saves some levels; setting a level twice is harmless, so a retry needs no key. */
export function saveSelfLevels(youthId: string, body: z.input<typeof saveSelfLevelsSchema>): Promise<SelfAssessment> {
  return request(`${area(youthId)}/self-assessment`, { method: 'PUT', body });
}

export function sendSelfAssessment(youthId: string, idempotencyKey: string): Promise<GridEvaluation> {
  return request(`${area(youthId)}/self-assessment/send`, { method: 'POST', idempotencyKey });
}

export function listEvaluations(youthId: string, signal?: AbortSignal): Promise<{ items: GridEvaluation[] }> {
  return request(`${area(youthId)}/evaluations`, { signal });
}

export function createBinomeAssessment(
  youthId: string,
  body: z.input<typeof createBinomeAssessmentSchema>,
  idempotencyKey: string,
): Promise<GridEvaluation> {
  return request(`${area(youthId)}/evaluations`, { method: 'POST', body, idempotencyKey });
}

export function getComparison(youthId: string, signal?: AbortSignal): Promise<GridComparison> {
  return request(`${area(youthId)}/comparison`, { signal });
}

export function getProgress(youthId: string, signal?: AbortSignal): Promise<GridProgress> {
  return request(`${area(youthId)}/progress`, { signal });
}

export function getGridTemplate(signal?: AbortSignal): Promise<GridEvaluation['template']> {
  return request('/api/grids/template', { signal });
}

export function listProposals(youthId: string, signal?: AbortSignal): Promise<GridProposalList> {
  return request(`${area(youthId)}/proposals`, { signal });
}

export function acceptProposal(
  youthId: string,
  body: z.input<typeof acceptProposalSchema>,
): Promise<{ proposal: GridProposal; plan: Plan }> {
  return request(`${area(youthId)}/proposals/accept`, { method: 'POST', body });
}

export function dismissProposal(youthId: string, itemId: string): Promise<GridProposal> {
  return request(`${area(youthId)}/proposals/dismiss`, { method: 'POST', body: { itemId } });
}
