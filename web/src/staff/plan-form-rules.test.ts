import { describe, expect, it } from 'vitest';
import type { Plan } from '../api/types';
import { addGoal, newAction, newGoal, planBodyOf, planDraftOf, validatePlanDraft } from './plan-form-rules';

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
  needsWithoutGoals: [
    { need: 'ressources', reason: 'Salaire d’apprenti' },
    { need: 'formation_emploi', reason: 'En apprentissage' },
    { need: 'sante', reason: 'Carte Vitale et CSS' },
    { need: 'papiers_droits', reason: 'Papiers à jour' },
    { need: 'entourage', reason: 'Famille d’accueil' },
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
  it('starts a new plan with no goal and no « pas de besoin »: each need to fill in', () => {
    const draft = planDraftOf(null);
    expect(draft.goals).toHaveLength(0);
    expect(Object.values(draft.noNeed).every((item) => !item.checked)).toBe(true);
    expect(draft.majorChangeOn).toBe('');
  });

  it('gives back the saved plan unchanged once turned into a body', () => {
    expect(planBodyOf(planDraftOf(plan), plan.version, false)).toEqual({
      version: 3,
      draft: false,
      goals: plan.goals,
      needsWithoutGoals: plan.needsWithoutGoals,
      majorChangeOn: null,
    });
  });

  it('orders the goals by need, so that their numbers follow the screen', () => {
    const goals = addGoal(addGoal([], newGoal('entourage')), newGoal('ressources'));
    expect(goals.map((goal) => goal.domain)).toEqual(['ressources', 'entourage']);
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
  it('accepts the saved plan, for signature too', () => {
    expect(validatePlanDraft(planDraftOf(plan), true)).toEqual({});
  });

  it('asks for the goal, the action, its due date and the partner’s name', () => {
    const goal = { ...newGoal(), actions: [{ ...newAction(), who: 'partenaire' as const }] };
    expect(validatePlanDraft({ ...planDraftOf(null), goals: [goal] }, false)).toEqual({
      'goals.0.label': 'Indiquez l’objectif.',
      'goals.0.actions.0.label': 'Indiquez l’action.',
      'goals.0.actions.0.dueOn': 'Indiquez une échéance complète.',
      'goals.0.actions.0.partnerName': 'Indiquez le partenaire.',
    });
  });

  it('lets an incomplete plan be a draft, but names each uncovered need before proposing it', () => {
    const draft = planDraftOf(plan);
    draft.noNeed.sante = { checked: false, reason: '' };
    expect(validatePlanDraft(draft, false)).toEqual({});
    expect(validatePlanDraft(draft, true)).toEqual({ 'needs.sante': 'Ajoutez un objectif, ou cochez « pas de besoin » avec la raison.' });
  });

  it('asks why there is no need, even in a draft', () => {
    const draft = planDraftOf(plan);
    draft.noNeed.sante = { checked: true, reason: '  ' };
    expect(validatePlanDraft(draft, false)).toEqual({ 'needs.sante': 'Indiquez pourquoi il n’y a pas de besoin.' });
  });

  it('asks for a need for a goal of a plan written before the six needs', () => {
    const legacy = { ...plan, goals: [{ ...plan.goals[0], domain: 'mes_questions' as const }] } as Plan;
    expect(validatePlanDraft(planDraftOf(legacy), false)).toMatchObject({
      'goals.0.domain': 'Choisissez le besoin auquel rattacher cet objectif.',
    });
  });
});

describe('planBodyOf', () => {
  it('trims, names a partner only for a partner’s action, and sends the major change date', () => {
    const draft = planDraftOf(plan);
    const [goal] = draft.goals;
    if (!goal?.actions[0]) throw new Error('fixture');
    goal.label = '  Trouver un logement stable ';
    goal.actions[0].who = 'jeune';
    const body = planBodyOf({ ...draft, majorChangeOn: '2026-12-01' }, 3, true);
    expect(body.draft).toBe(true);
    expect(body.goals[0]?.label).toBe('Trouver un logement stable');
    expect(body.goals[0]?.actions[0]).not.toHaveProperty('partnerName');
    expect(body.majorChangeOn).toBe('2026-12-01');
  });
});
