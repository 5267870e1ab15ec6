import { ApiError, NetworkError } from '../api/client';
import type { BallotAnswers, ConsultationQuestion } from '../api/types';
import { currentToken } from '../auth/session';
import { sessionFromToken } from '../auth/token';
import { tooLongError } from '../lib/text-rules';

/** What the young person ticked, by question id: one option id for a single choice, any number for a multiple one. */
export type Choices = Readonly<Record<string, readonly string[]>>;

export const FEEDBACK_MAX = 2000;

/** Ticks or unticks `optionId`: a single choice replaces the previous one, a multiple choice adds to it. */
export function choose(choices: Choices, question: ConsultationQuestion, optionId: string, checked: boolean): Choices {
  const current = choices[question.id] ?? [];
  let next: string[];
  if (question.kind === 'single') next = checked ? [optionId] : current.filter((id) => id !== optionId);
  else next = checked ? [...current.filter((id) => id !== optionId), optionId] : current.filter((id) => id !== optionId);
  return { ...choices, [question.id]: next };
}

/**
 * The ballot's answers as the API expects them: a string for a single choice, a list in
 * the question's order for a multiple one. A question without an answer is left out (an abstention).
 */
export function ballotAnswers(questions: readonly ConsultationQuestion[], choices: Choices): BallotAnswers {
  const answers: BallotAnswers = {};
  for (const question of questions) {
    const chosen = question.options.map((option) => option.id).filter((id) => choices[question.id]?.includes(id));
    if (chosen.length === 0) continue;
    answers[question.id] = question.kind === 'single' ? (chosen[0] as string) : chosen;
  }
  return answers;
}

/** Each question with the labels of what was chosen, for the summary shown before confirming. */
export function ballotSummary(
  questions: readonly ConsultationQuestion[],
  choices: Choices,
): { id: string; label: string; answers: string[] }[] {
  return questions.map((question) => ({
    id: question.id,
    label: question.label,
    answers: question.options.filter((option) => choices[question.id]?.includes(option.id)).map((option) => option.label),
  }));
}

/** Problems to fix before the summary: nothing answered, feedback too long. */
export function ballotProblems(
  questions: readonly ConsultationQuestion[],
  choices: Choices,
  feedback: string,
): { answers?: string; feedback?: string } {
  const problems: { answers?: string; feedback?: string } = {};
  if (Object.keys(ballotAnswers(questions, choices)).length === 0) problems.answers = 'Réponds à au moins une question pour voter.';
  const tooLong = tooLongError(feedback, FEEDBACK_MAX);
  if (tooLong) problems.feedback = tooLong;
  return problems;
}

/**
 * True when a failed request may nonetheless have reached the server and been applied:
 * no answer at all (network, timeout) or a server error.
 */
export function mayHaveArrived(error: unknown): boolean {
  return error instanceof NetworkError || (error instanceof ApiError && error.status >= 500);
}

export type BallotOutcome = 'recorded' | 'alreadyVoted' | 'closed' | 'failed';

/**
 * What sending a ballot came to. The server keeps no replay record of ballots, so a retry
 * of a ballot that did arrive meets 409 ALREADY_VOTED: after an attempt that may have
 * arrived, that answer means « your vote is recorded ».
 */
export function ballotOutcome(error: unknown, earlierAttemptMayHaveArrived: boolean): BallotOutcome {
  if (error === null) return 'recorded';
  if (error instanceof ApiError && error.code === 'ALREADY_VOTED') return earlierAttemptMayHaveArrived ? 'recorded' : 'alreadyVoted';
  if (error instanceof ApiError && error.code === 'CONSULTATION_CLOSED') return 'closed';
  return 'failed';
}

/**
 * What a vote sent in two steps came to (send-ballot.ts). As with a lost answer, ALREADY_VOTED
 * after an attempt that may have arrived means the first attempt's credential was given.
 */
export function sentOutcome(outcome: 'recorded' | 'alreadyVoted' | 'closed', earlierAttemptMayHaveArrived: boolean): BallotOutcome {
  if (outcome === 'alreadyVoted') return earlierAttemptMayHaveArrived ? 'recorded' : 'alreadyVoted';
  return outcome;
}

/** Who is voting: the pending vote is kept under their account, in their département's ballot box. */
export function signedIn(): { sub: string; departement: string } {
  const session = sessionFromToken(currentToken() ?? '');
  return { sub: session?.sub ?? '', departement: session?.departement ?? '' };
}
