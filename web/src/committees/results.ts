import { meetsAnonymityThreshold } from '../../../shared/domain/consultation.js';
import type { ConsultationQuestion, ConsultationResults } from '../api/types';
import { percentOf } from './labels';

export interface ResultRow {
  id: string;
  label: string;
  count: number;
  /** Share of the ballots cast, not of the answers: a multiple-choice question can exceed 100 % in total. */
  percent: number;
}

/**
 * One question's results, in the question's order, each option with its count and its
 * share of the ballots. An option the results do not list counts 0.
 */
export function resultRows(question: ConsultationQuestion, results: ConsultationResults): ResultRow[] {
  const counts = results.questions?.find((candidate) => candidate.id === question.id)?.options ?? [];
  return question.options.map((option) => {
    const count = counts.find((candidate) => candidate.id === option.id)?.count ?? 0;
    return { id: option.id, label: option.label, count, percent: percentOf(count, results.ballots) };
  });
}

/**
 * What a member reads once voting is over and before publication: never a promise of
 * results that too few ballots make impossible to show.
 */
export function closedVoteMessage(consultation: { ballots: number; minBallots: number }): string {
  return meetsAnonymityThreshold(consultation.ballots, consultation.minBallots)
    ? 'Les organisateurs publieront bientôt les résultats.'
    : 'Il y a eu trop peu de votes pour montrer les résultats sans révéler les choix de chacun : ils ne seront pas publiés.';
}
