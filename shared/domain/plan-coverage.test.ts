import { describe, expect, it } from 'vitest';
import { AUTONOMY_NEEDS } from './autonomy-needs.js';
import { checkProposable, incompleteNeeds, planCoverage } from './plan-coverage.js';

describe('planCoverage', () => {
  it('lists the six needs in order, each with goals, « pas de besoin » or incomplete', () => {
    const coverage = planCoverage({
      goals: [{ domain: 'logement' }, { domain: 'logement' }, { domain: 'sante' }],
      needsWithoutGoals: [{ need: 'papiers_droits', reason: 'Papiers à jour' }],
    });
    expect(coverage.map((item) => item.need)).toEqual([...AUTONOMY_NEEDS]);
    expect(Object.fromEntries(coverage.map((item) => [item.need, item.coverage]))).toEqual({
      ressources: 'incomplet',
      logement: 'objectifs',
      formation_emploi: 'incomplet',
      sante: 'objectifs',
      papiers_droits: 'pas_de_besoin',
      entourage: 'incomplet',
    });
  });

  it('counts « pas de besoin » without a reason as incomplete', () => {
    expect(incompleteNeeds({ goals: [], needsWithoutGoals: [{ need: 'sante', reason: '   ' }] })).toContain('sante');
  });

  it('does not count a legacy « mes questions » goal as covering a need', () => {
    expect(incompleteNeeds({ goals: [{ domain: 'mes_questions' }], needsWithoutGoals: [] })).toEqual([...AUTONOMY_NEEDS]);
  });

  it('lets a plan covering the six needs be proposed, and names each missing need otherwise', () => {
    const all = AUTONOMY_NEEDS.map((need) => ({ need, reason: 'Rien' }));
    expect(() => checkProposable({ goals: [], needsWithoutGoals: all })).not.toThrow();
    expect(() => checkProposable({ goals: [{ domain: 'logement' }], needsWithoutGoals: [] })).toThrow(
      expect.objectContaining({ details: expect.arrayContaining([expect.objectContaining({ path: 'json.needs.entourage' })]) }),
    );
  });
});
