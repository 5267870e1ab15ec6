import { AUTONOMY_NEEDS, type AutonomyNeed } from './autonomy-needs.js';
import { type ErrorDetail, InvalidInput } from './errors.js';

/**
 * How the projet d'autonomie covers the six needs of R.222-6: each need has goals, or
 * « pas de besoin » with a reason. A need with neither is `incomplet`: the plan can be
 * kept as a draft, but not proposed to the young person for signature, because the law
 * asks the projet to cover all six and a signature on a silent need would say nothing.
 */
export type NeedCoverage = 'objectifs' | 'pas_de_besoin' | 'incomplet';

/**
 * Domains of goals in plans written before the six needs were the plan's only domains:
 * the questionnaire's « mes questions ». Such goals still read (and are shown apart); the
 * binôme picks a need for them before saving the plan again.
 */
export const LEGACY_PLAN_DOMAINS = ['mes_questions'] as const;
export type LegacyPlanDomain = (typeof LEGACY_PLAN_DOMAINS)[number];

export interface NeedWithoutGoals {
  need: AutonomyNeed;
  reason: string;
}

interface CoverageInput {
  goals: readonly { domain: string }[];
  needsWithoutGoals: readonly NeedWithoutGoals[];
}

/** Each of the six needs, in the order of AUTONOMY_NEEDS, with how the plan covers it. */
export function planCoverage(plan: CoverageInput): { need: AutonomyNeed; coverage: NeedCoverage }[] {
  return AUTONOMY_NEEDS.map((need) => {
    if (plan.goals.some((goal) => goal.domain === need)) return { need, coverage: 'objectifs' as const };
    const noNeed = plan.needsWithoutGoals.find((item) => item.need === need);
    return { need, coverage: noNeed && noNeed.reason.trim() !== '' ? ('pas_de_besoin' as const) : ('incomplet' as const) };
  });
}

/** The needs a plan leaves without goals and without « pas de besoin ». */
export function incompleteNeeds(plan: CoverageInput): AutonomyNeed[] {
  return planCoverage(plan)
    .filter((item) => item.coverage === 'incomplet')
    .map((item) => item.need);
}

/**
 * Rejects a plan that says both: goals for a need and « pas de besoin » for it. Paths
 * point at the « pas de besoin » entry, which is the one to remove.
 */
export function checkNeedsConsistent(plan: CoverageInput): void {
  const details: ErrorDetail[] = plan.needsWithoutGoals.flatMap((item, index) =>
    plan.goals.some((goal) => goal.domain === item.need)
      ? [{ path: `json.needsWithoutGoals.${index}.need`, message: 'Ce besoin a des objectifs : il ne peut pas être « pas de besoin ».' }]
      : [],
  );
  if (details.length > 0) throw new InvalidInput('input.invalid', details);
}

/** Refuses to propose for signature a plan that leaves a need uncovered, need by need. */
export function checkProposable(plan: CoverageInput): void {
  const missing = incompleteNeeds(plan);
  if (missing.length > 0) {
    throw new InvalidInput(
      'plan.incomplete',
      missing.map((need) => ({
        path: `json.needs.${need}`,
        message: 'Ajoutez un objectif, ou indiquez « pas de besoin » avec la raison.',
      })),
    );
  }
}
