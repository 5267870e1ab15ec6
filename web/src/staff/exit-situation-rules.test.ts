import { describe, expect, it } from 'vitest';
import { exitSituationChanged, exitValuesOf, validateExitValues } from './exit-situation-rules';

const situation = { housing: 'fjt_residence_sociale', resources: 'aide_ase', activity: 'formation', healthCover: 'inconnu' } as const;

describe('the situation at exit form', () => {
  it('starts empty for a file without one, and from the saved one otherwise', () => {
    expect(exitValuesOf({ exitSituation: null })).toEqual({ housing: '', resources: '', activity: '', healthCover: '' });
    expect(exitValuesOf({ exitSituation: situation })).toEqual(situation);
  });

  it('needs the four indicators, « Inconnu » counting as an answer', () => {
    expect(validateExitValues(situation)).toEqual({});
    expect(validateExitValues({ ...situation, activity: '' }).exitSituation).toMatch(/quatre indicateurs/);
  });

  it('sees a change of one category', () => {
    expect(exitSituationChanged({ exitSituation: situation }, situation)).toBe(false);
    expect(exitSituationChanged({ exitSituation: situation }, { ...situation, housing: 'sans_solution' })).toBe(true);
    expect(exitSituationChanged({ exitSituation: null }, situation)).toBe(true);
  });
});
