import { isCalendarDate } from '../../../shared/domain/calendar-date.js';
import type { ActionOwner, ActionStatus, Plan, PreparationDomain, SavePlanBody } from '../api/types';
import { randomUuid } from '../lib/idempotency';
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
  domain: PreparationDomain;
  label: string;
  planB: string;
  actions: ActionDraft[];
}

/** What the plan editor holds; `majorChangeOn` is '' when there is none. */
export interface PlanDraft {
  goals: GoalDraft[];
  majorChangeOn: string;
}

const LABEL_MAX = 500;
const PLAN_B_MAX = 2000;
const PARTNER_MAX = 200;
export const GOALS_MAX = 20;
export const ACTIONS_MAX = 30;

/** Ids the API accepts (`[\w-]{1,40}`), unique within the plan. */
const newId = (prefix: 'objectif' | 'action') => `${prefix}-${randomUuid().slice(0, 13)}`;

export function newAction(): ActionDraft {
  return { id: newId('action'), label: '', who: 'jeune', partnerName: '', dueOn: '', status: 'a_faire' };
}

export function newGoal(domain: PreparationDomain = 'logement'): GoalDraft {
  return { id: newId('objectif'), domain, label: '', planB: '', actions: [newAction()] };
}

/** The editor's starting point: the saved plan, or one empty goal to fill in. */
export function planDraftOf(plan: Plan | null): PlanDraft {
  if (!plan) return { goals: [newGoal()], majorChangeOn: '' };
  return {
    majorChangeOn: plan.majorChangeOn ?? '',
    goals: plan.goals.map((goal) => ({
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
  };
}

function lengthError(value: string, max: number): string | undefined {
  return value.trim().length > max ? `${max.toLocaleString('fr-FR')} caractères au maximum.` : undefined;
}

/** Checks the plan as the server will; errors by path, as the API writes them (`goals.0.actions.1.dueOn`). */
export function validatePlanDraft(draft: PlanDraft): FormErrors {
  const errors: FormErrors = {};
  const put = (path: string, message: string | undefined) => {
    if (message) errors[path] = message;
  };
  if (draft.goals.length === 0) put('goals', 'Ajoutez au moins un objectif.');
  draft.goals.forEach((goal, g) => {
    put(`goals.${g}.label`, goal.label.trim() ? lengthError(goal.label, LABEL_MAX) : 'Indiquez l’objectif.');
    put(`goals.${g}.planB`, lengthError(goal.planB, PLAN_B_MAX));
    goal.actions.forEach((action, a) => {
      const path = `goals.${g}.actions.${a}`;
      put(`${path}.label`, action.label.trim() ? lengthError(action.label, LABEL_MAX) : 'Indiquez l’action.');
      if (!action.dueOn) put(`${path}.dueOn`, 'Indiquez une échéance complète.');
      else if (!isCalendarDate(action.dueOn)) put(`${path}.dueOn`, 'Cette date n’existe pas.');
      if (action.who === 'partenaire') {
        put(`${path}.partnerName`, action.partnerName.trim() ? lengthError(action.partnerName, PARTNER_MAX) : 'Indiquez le partenaire.');
      }
    });
  });
  if (draft.majorChangeOn && !isCalendarDate(draft.majorChangeOn)) put('majorChangeOn', 'Cette date n’existe pas.');
  return errors;
}

/** The PUT body: trimmed, a partner named only for a partner's action. */
export function planBodyOf(draft: PlanDraft, version: number): SavePlanBody {
  return {
    version,
    majorChangeOn: draft.majorChangeOn || null,
    goals: draft.goals.map((goal) => ({
      id: goal.id,
      domain: goal.domain,
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
