import { AUTONOMY_NEEDS, type AutonomyNeed } from '../../../shared/domain/autonomy-needs.js';
import { isCalendarDate } from '../../../shared/domain/calendar-date.js';
import { incompleteNeeds, type LegacyPlanDomain } from '../../../shared/domain/plan-coverage.js';
import type { ActionOwner, ActionStatus, Plan, SavePlanBody } from '../api/types';
import { randomUuid } from '../lib/idempotency';
import { requiredTextError, tooLongError } from '../lib/text-rules';
import type { FormErrors } from './interview-form-rules';

export interface ActionDraft {
  id: string;
  label: string;
  who: ActionOwner;
  partnerName: string;
  dueOn: string;
  status: ActionStatus;
}

export interface GoalDraft {
  id: string;
  /** One of the six needs; a goal of a plan written before them may still hold `mes_questions` until one is chosen. */
  domain: AutonomyNeed | LegacyPlanDomain;
  label: string;
  planB: string;
  actions: ActionDraft[];
}

/** « Pas de besoin » for one need: ticked, and why. */
export interface NoNeedDraft {
  checked: boolean;
  reason: string;
}

/**
 * What the plan editor holds: the goals in the order of the six needs (so that « Objectif 2 »
 * is the second one on screen), « pas de besoin » per need, and `majorChangeOn` ('' when none).
 */
export interface PlanDraft {
  goals: GoalDraft[];
  noNeed: Record<AutonomyNeed, NoNeedDraft>;
  majorChangeOn: string;
}

const LABEL_MAX = 500;
const PLAN_B_MAX = 2000;
const PARTNER_MAX = 200;
const REASON_MAX = 1000;
export const GOALS_MAX = 20;
export const ACTIONS_MAX = 30;

/** Ids the API accepts (`[\w-]{1,40}`), unique within the plan. */
const newId = (prefix: 'objectif' | 'action') => `${prefix}-${randomUuid().slice(0, 13)}`;

export function newAction(): ActionDraft {
  return { id: newId('action'), label: '', who: 'jeune', partnerName: '', dueOn: '', status: 'a_faire' };
}

export function newGoal(domain: AutonomyNeed = 'logement'): GoalDraft {
  return { id: newId('objectif'), domain, label: '', planB: '', actions: [newAction()] };
}

/** Where a goal sits: after the goals of its need and those before it; legacy goals last. */
const needRank = (domain: GoalDraft['domain']) => {
  const rank = AUTONOMY_NEEDS.indexOf(domain as AutonomyNeed);
  return rank === -1 ? AUTONOMY_NEEDS.length : rank;
};

/** The goals sorted by need, keeping the order within a need. */
export function sortGoalsByNeed(goals: readonly GoalDraft[]): GoalDraft[] {
  return goals
    .map((goal, index) => ({ goal, index }))
    .sort((a, b) => needRank(a.goal.domain) - needRank(b.goal.domain) || a.index - b.index)
    .map(({ goal }) => goal);
}

/** The goals with `goal` added as the last one of its need. */
export function addGoal(goals: readonly GoalDraft[], goal: GoalDraft): GoalDraft[] {
  return sortGoalsByNeed([...goals, goal]);
}

const noNeedNone = (): Record<AutonomyNeed, NoNeedDraft> =>
  Object.fromEntries(AUTONOMY_NEEDS.map((need) => [need, { checked: false, reason: '' }])) as Record<AutonomyNeed, NoNeedDraft>;

/** The editor's starting point: the saved plan, or an empty one (each need to fill in). */
export function planDraftOf(plan: Plan | null): PlanDraft {
  if (!plan) return { goals: [], noNeed: noNeedNone(), majorChangeOn: '' };
  const noNeed = noNeedNone();
  for (const item of plan.needsWithoutGoals) noNeed[item.need] = { checked: true, reason: item.reason };
  return {
    majorChangeOn: plan.majorChangeOn ?? '',
    noNeed,
    goals: sortGoalsByNeed(
      plan.goals.map((goal) => ({
        id: goal.id,
        domain: goal.domain,
        label: goal.label,
        planB: goal.planB,
        actions: goal.actions.map((action) => ({
          id: action.id,
          label: action.label,
          who: action.who,
          partnerName: action.partnerName ?? '',
          dueOn: action.dueOn,
          status: action.status,
        })),
      })),
    ),
  };
}

/** « Pas de besoin » as the API reads it: ticked needs that have no goal. */
function needsWithoutGoalsOf(draft: PlanDraft) {
  return AUTONOMY_NEEDS.filter((need) => draft.noNeed[need].checked && !draft.goals.some((goal) => goal.domain === need)).map((need) => ({
    need,
    reason: draft.noNeed[need].reason.trim(),
  }));
}

/**
 * Checks the plan as the server will; errors by path, as the API writes them
 * (`goals.0.actions.1.dueOn`, `needs.sante`). Proposing it to the young person
 * (`forSignature`) also needs each of the six needs covered; a draft does not.
 */
export function validatePlanDraft(draft: PlanDraft, forSignature: boolean): FormErrors {
  const errors: FormErrors = {};
  const put = (path: string, message: string | undefined) => {
    if (message && !errors[path]) errors[path] = message;
  };
  draft.goals.forEach((goal, g) => {
    if (needRank(goal.domain) === AUTONOMY_NEEDS.length) put(`goals.${g}.domain`, 'Choisissez le besoin auquel rattacher cet objectif.');
    put(`goals.${g}.label`, requiredTextError(goal.label, LABEL_MAX, 'Indiquez l’objectif.'));
    put(`goals.${g}.planB`, tooLongError(goal.planB, PLAN_B_MAX));
    goal.actions.forEach((action, a) => {
      const path = `goals.${g}.actions.${a}`;
      put(`${path}.label`, requiredTextError(action.label, LABEL_MAX, 'Indiquez l’action.'));
      if (!action.dueOn) put(`${path}.dueOn`, 'Indiquez une échéance complète.');
      else if (!isCalendarDate(action.dueOn)) put(`${path}.dueOn`, 'Cette date n’existe pas.');
      if (action.who === 'partenaire') {
        put(`${path}.partnerName`, requiredTextError(action.partnerName, PARTNER_MAX, 'Indiquez le partenaire.'));
      }
    });
  });
  for (const { need, reason } of needsWithoutGoalsOf(draft)) {
    put(`needs.${need}`, requiredTextError(reason, REASON_MAX, 'Indiquez pourquoi il n’y a pas de besoin.'));
  }
  if (forSignature) {
    for (const need of incompleteNeeds({ goals: draft.goals, needsWithoutGoals: needsWithoutGoalsOf(draft) })) {
      put(`needs.${need}`, 'Ajoutez un objectif, ou cochez « pas de besoin » avec la raison.');
    }
  }
  if (draft.majorChangeOn && !isCalendarDate(draft.majorChangeOn)) put('majorChangeOn', 'Cette date n’existe pas.');
  return errors;
}

/** The PUT body: trimmed, a partner named only for a partner's action; `draft` keeps it from the young person. */
export function planBodyOf(draft: PlanDraft, version: number, asDraft: boolean): SavePlanBody {
  return {
    version,
    draft: asDraft,
    majorChangeOn: draft.majorChangeOn || null,
    needsWithoutGoals: needsWithoutGoalsOf(draft),
    goals: draft.goals.map((goal) => ({
      id: goal.id,
      // Validation keeps a legacy domain from being sent: the server would answer 400.
      domain: goal.domain as AutonomyNeed,
      label: goal.label.trim(),
      planB: goal.planB.trim(),
      actions: goal.actions.map((action) => ({
        id: action.id,
        label: action.label.trim(),
        who: action.who,
        ...(action.who === 'partenaire' ? { partnerName: action.partnerName.trim() } : {}),
        dueOn: action.dueOn,
        status: action.status,
      })),
    })),
  };
}
