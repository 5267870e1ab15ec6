import { describe, expect, it } from 'vitest';
import type { Plan } from '../api/types';
import { newAction, newGoal, planBodyOf, planDraftOf, validatePlanDraft } from './plan-form-rules';

const plan: Plan = {
  goals: [
    {
      id: 'logement',
      domain: 'logement',
      label: 'Trouver un logement',
      planB: 'Place en FJT',
      actions: [
        {
          id: 'fjt',
          label: 'Déposer un dossier au FJT',
          who: 'partenaire',
          partnerName: 'FJT d’Arras',
          dueOn: '2027-01-15',
          status: 'a_faire',
        },
      ],
    },
  ],
  status: 'propose',
  version: 3,
  updatedAt: '2026-11-24T10:00:00.000Z',
  updatedByName: 'Sophie Lefebvre',
  lastReviewedOn: '2026-11-24',
  majorChangeOn: null,
  reviewDueOn: '2027-05-24',
  signedAt: null,
  changeRequest: null,
};

describe('planDraftOf', () => {
  it('starts a new plan with one goal holding one action', () => {
    const draft = planDraftOf(null);
    expect(draft.goals).toHaveLength(1);
    expect(draft.goals[0]?.actions).toHaveLength(1);
    expect(draft.majorChangeOn).toBe('');
  });

  it('gives back the saved plan unchanged once turned into a body', () => {
    expect(planBodyOf(planDraftOf(plan), plan.version)).toEqual({ version: 3, goals: plan.goals, majorChangeOn: null });
  });
});

describe('new goals and actions', () => {
  it('get distinct ids the API accepts', () => {
    const ids = [newGoal().id, newGoal().id, newAction().id];
    expect(new Set(ids).size).toBe(3);
    for (const id of ids) expect(id).toMatch(/^[\w-]{1,40}$/);
  });
});

describe('validatePlanDraft', () => {
  it('accepts the saved plan', () => {
    expect(validatePlanDraft(planDraftOf(plan))).toEqual({});
  });

  it('asks for the goal, the action, its due date and the partner’s name', () => {
    const goal = { ...newGoal(), actions: [{ ...newAction(), who: 'partenaire' as const }] };
    expect(validatePlanDraft({ goals: [goal], majorChangeOn: '' })).toEqual({
      'goals.0.label': 'Indiquez l’objectif.',
      'goals.0.actions.0.label': 'Indiquez l’action.',
      'goals.0.actions.0.dueOn': 'Indiquez une échéance complète.',
      'goals.0.actions.0.partnerName': 'Indiquez le partenaire.',
    });
  });

  it('needs at least one goal', () => {
    expect(validatePlanDraft({ goals: [], majorChangeOn: '' })).toEqual({ goals: 'Ajoutez au moins un objectif.' });
  });
});

describe('planBodyOf', () => {
  it('trims, names a partner only for a partner’s action, and sends the major change date', () => {
    const draft = planDraftOf(plan);
    const [goal] = draft.goals;
    if (!goal?.actions[0]) throw new Error('fixture');
    goal.label = '  Trouver un logement stable ';
    goal.actions[0].who = 'jeune';
    const body = planBodyOf({ ...draft, majorChangeOn: '2026-12-01' }, 3);
    expect(body.goals[0]?.label).toBe('Trouver un logement stable');
    expect(body.goals[0]?.actions[0]).not.toHaveProperty('partnerName');
    expect(body.majorChangeOn).toBe('2026-12-01');
  });
});
