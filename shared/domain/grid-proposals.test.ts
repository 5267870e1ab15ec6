import { describe, expect, it } from 'vitest';
import type { GridTemplate } from './autonomy-grid.js';
import { compareEvaluations } from './grid-comparison.js';
import { actionLabelFor, addActionToGoals, MAX_PROPOSALS, pairKey, proposalActionId, proposeActions } from './grid-proposals.js';

const template: GridTemplate = {
  version: 1,
  items: [
    { id: 'a', domain: 'ressources', label: 'Je sais ce que je dépense chaque mois.' },
    { id: 'b', domain: 'logement', label: 'Je sais ce qu’est un bail.' },
    { id: 'c', domain: 'sante', label: 'Je sais prendre un rendez-vous.' },
    { id: 'd', domain: 'sante', label: 'Je sais à quoi sert la carte Vitale.' },
    { id: 'e', domain: 'entourage', label: 'Je sais demander de l’aide.' },
  ],
};
const pair = (self: Record<string, 1 | 2 | 3 | 4 | 'pas_encore'>, binome: Record<string, 1 | 2 | 3 | 4 | 'pas_encore'>) =>
  compareEvaluations(
    { id: 's', kind: 'self', assessedOn: '2026-01-01', template, levels: self },
    { id: 'b', kind: 'binome', assessedOn: '2026-01-02', template, levels: binome },
  );

describe('proposeActions', () => {
  it('proposes the largest gaps first, then the items at the lowest levels', () => {
    const proposals = proposeActions(pair({ a: 4, b: 3, c: 1, d: 2, e: 3 }, { a: 1, b: 1, c: 2, d: 'pas_encore', e: 3 }));
    expect(proposals.map((proposal) => [proposal.itemId, proposal.reason])).toEqual([
      ['a', 'ecart'],
      ['b', 'ecart'],
      ['c', 'niveau_bas'],
    ]);
    expect(proposals[0]).toMatchObject({ domain: 'ressources', self: 4, binome: 1 });
  });

  it('does not propose an item both see at level 2 or above, nor one only "pas encore"', () => {
    expect(proposeActions(pair({ a: 2, b: 'pas_encore' }, { a: 2, b: 'pas_encore' }))).toEqual([]);
  });

  it('proposes a level 1 even when only one side answered', () => {
    expect(proposeActions(pair({ e: 1 }, {})).map((proposal) => proposal.itemId)).toEqual(['e']);
  });

  it('never proposes more than MAX_PROPOSALS actions', () => {
    const many: GridTemplate = {
      version: 1,
      items: Array.from({ length: 20 }, (_, index) => ({ id: `i${index}`, domain: 'sante' as const, label: `Item ${index}` })),
    };
    const levels = Object.fromEntries(many.items.map((item) => [item.id, 1 as const]));
    const comparison = compareEvaluations(null, { id: 'b', kind: 'binome', assessedOn: '2026-01-01', template: many, levels });
    expect(proposeActions(comparison)).toHaveLength(MAX_PROPOSALS);
  });
});

describe('actionLabelFor', () => {
  it('turns an item into something to work on', () => {
    expect(actionLabelFor('Je sais ce qu’est un bail.')).toBe('Progresser sur : « Je sais ce qu’est un bail »');
  });
});

describe('proposalActionId', () => {
  it('is the same for the same item and pair, different for another pair, and fits a plan action id', () => {
    const key = pairKey('01JD2Y3QK9V8N6M4R2T0W1X5Z7', '01JD2Y3QK9V8N6M4R2T0W1X5Z8');
    expect(proposalActionId('res-depenses', key)).toBe(proposalActionId('res-depenses', key));
    expect(proposalActionId('res-depenses', key)).not.toBe(proposalActionId('res-depenses', pairKey(null, '01JD2Y3QK9V8N6M4R2T0W1X5Z9')));
    expect(proposalActionId('x'.repeat(30), key)).toMatch(/^[\w-]{1,40}$/);
  });
});

describe('addActionToGoals', () => {
  const action = { id: 'g-a-1', label: 'Progresser', who: 'jeune', dueOn: '2026-03-01', status: 'a_faire' };
  const goals = [
    { id: 'g1', domain: 'logement', label: 'Un logement', planB: 'FJT', actions: [] },
    { id: 'g2', domain: 'ressources', label: 'Un budget', planB: '', actions: [{ ...action, id: 'other' }] },
  ];

  it('adds the action under the first goal of the same need', () => {
    const next = addActionToGoals(goals, 'ressources', action);
    expect(next[1]?.actions.map((entry) => entry.id)).toEqual(['other', 'g-a-1']);
    expect(next[0]?.actions).toEqual([]);
    expect(goals[1]?.actions).toHaveLength(1);
  });

  it('creates a goal for a need the plan does not cover yet', () => {
    const next = addActionToGoals(goals, 'sante', action);
    expect(next).toHaveLength(3);
    expect(next[2]).toEqual({ id: 'grille-sante', domain: 'sante', label: 'Santé', planB: '', actions: [action] });
  });

  it('adds nothing when the action is already in the plan (a retried acceptance)', () => {
    const once = addActionToGoals(goals, 'sante', action);
    expect(addActionToGoals(once, 'sante', action)).toBe(once);
  });
});
