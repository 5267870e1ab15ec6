import { AUTONOMY_NEEDS } from '../../shared/domain/autonomy-needs.js';

/**
 * « Pas de besoin » for each need the goals leave out, so that a test plan covers the six
 * needs and can be proposed to the young person.
 */
export function noNeedForTheOthers(goals: readonly { domain: string }[]) {
  return AUTONOMY_NEEDS.filter((need) => !goals.some((goal) => goal.domain === need)).map((need) => ({
    need,
    reason: 'Rien à prévoir pour l’instant.',
  }));
}

/** A plan body covering the six needs: the goals given, « pas de besoin » for the rest. */
export function completePlan<G extends { domain: string }>(goals: G[]) {
  return { goals, needsWithoutGoals: noNeedForTheOthers(goals) };
}
