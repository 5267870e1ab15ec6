import type { Plan, PlanEvent, SavePlanInput } from '../schemas/interviews.js';
import { parisDate } from './calendar-date.js';
import { RuleViolation, VersionConflict } from './errors.js';
import { checkNeedsConsistent, checkProposable } from './plan-coverage.js';
import { computePlanReviewDue } from './plan-review.js';

/**
 * The projet d'autonomie's life: the binôme proposes a version (which counts as a
 * review), the young person signs it or asks for a change, and only a proposed version
 * waits for their answer. Who may propose or answer is the policy's (`plan.write`,
 * `plan.respond`); these functions say what the next version is, or why there is none.
 */

/**
 * The version the binôme saves, from the one it read (`input.version`, 0 for a first
 * plan): proposed to the young person, which counts as a review, or kept as a draft
 * (`input.draft`), which does not. Proposing needs every one of the six needs covered.
 */
export function proposePlan(current: Plan | null, input: SavePlanInput, authorName: string | null, now: Date): Plan {
  if ((current?.version ?? 0) !== input.version) throw new VersionConflict({ currentVersion: current?.version });
  const needsWithoutGoals = input.needsWithoutGoals ?? [];
  const content = { goals: input.goals, needsWithoutGoals };
  checkNeedsConsistent(content);
  const draft = input.draft ?? false;
  if (!draft) checkProposable(content);
  const today = parisDate(now);
  // Omitted keeps the recorded major change; null clears it.
  const majorChangeOn = input.majorChangeOn === undefined ? (current?.majorChangeOn ?? null) : input.majorChangeOn;
  // A draft is not a review: the last one stands (a first draft starts the clock today).
  const lastReviewedOn = draft ? (current?.lastReviewedOn ?? today) : today;
  return {
    ...content,
    status: draft ? 'brouillon' : 'propose',
    version: input.version + 1,
    updatedAt: now.toISOString(),
    updatedByName: authorName,
    lastReviewedOn,
    majorChangeOn,
    reviewDueOn: computePlanReviewDue(lastReviewedOn, majorChangeOn),
    signedAt: null,
    changeRequest: null,
  };
}

/** The young person's answer to the version they read: agreement, or a change asked for. */
export type PlanAnswer = { version: number; changeMessage?: string };

/** The version after the young person's answer, and the event the history records. */
export function answerPlan(current: Plan, answer: PlanAnswer, now: Date): { plan: Plan; event: PlanEvent } {
  if (current.version !== answer.version) throw new VersionConflict({ currentVersion: current.version });
  if (current.status !== 'propose') throw new RuleViolation('plan.notProposed');
  const asked = answer.changeMessage !== undefined;
  return {
    plan: {
      ...current,
      status: asked ? 'modification_demandee' : 'signe',
      version: current.version + 1,
      updatedAt: now.toISOString(),
      signedAt: asked ? null : now.toISOString(),
      changeRequest: asked ? { message: answer.changeMessage ?? '', at: now.toISOString() } : null,
    },
    event: asked ? 'change_requested' : 'signed',
  };
}
