import { describe, expect, it } from 'vitest';
import { exitRates, exitSituationProblem } from './exit-situation.js';

describe('exitRates', () => {
  it('counts a FJT, an allowance, a CEJ and a complete cover as the four published yeses', () => {
    expect(
      exitRates({ housing: 'fjt_residence_sociale', resources: 'allocation_ou_bourse', activity: 'cej', healthCover: 'complete' }),
    ).toEqual({
      stableHousing: true,
      resources: true,
      schoolOrWork: true,
      healthCover: true,
    });
  });

  it('counts emergency housing, no resources, no activity and a partial cover as noes, and inconnu as unknown', () => {
    expect(exitRates({ housing: 'hebergement_urgence', resources: 'aucune', activity: 'sans_activite', healthCover: 'partielle' })).toEqual(
      {
        stableHousing: false,
        resources: false,
        schoolOrWork: false,
        healthCover: false,
      },
    );
    expect(exitRates({ housing: 'inconnu', resources: 'inconnu', activity: 'inconnu', healthCover: 'inconnu' })).toEqual({
      stableHousing: null,
      resources: null,
      schoolOrWork: null,
      healthCover: null,
    });
  });
});

describe('exitSituationProblem', () => {
  const situation = { housing: 'inconnu', resources: 'inconnu', activity: 'inconnu', healthCover: 'inconnu' } as const;

  it('refuses a situation at exit on a file whose care has no end date', () => {
    expect(exitSituationProblem({ careEndDate: null, exitSituation: situation })).toMatch(/fin de prise en charge/);
  });

  it('accepts it once the end is known, and no situation at all', () => {
    expect(exitSituationProblem({ careEndDate: '2027-03-12', exitSituation: situation })).toBeNull();
    expect(exitSituationProblem({ careEndDate: null, exitSituation: null })).toBeNull();
  });
});
