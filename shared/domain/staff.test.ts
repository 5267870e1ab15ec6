import { describe, expect, it } from 'vitest';
import { binomeStaffProblems } from './staff.js';

const referent = { sub: 'ref-a', role: 'referent' as const };
const coordinateur = { sub: 'coord-a', role: 'coordinateur' as const };

describe('binomeStaffProblems', () => {
  it('accepts a referent and a coordinateur of the directory in their places', () => {
    expect(binomeStaffProblems({ referentId: 'ref-a', coordinateurId: 'coord-a' }, { referent, coordinateur })).toEqual([]);
  });

  it('refuses an id the directory does not know, pointing at the field', () => {
    const problems = binomeStaffProblems({ referentId: 'ref-typo', coordinateurId: 'coord-a' }, { referent: null, coordinateur });
    expect(problems.map((problem) => problem.path)).toEqual(['json.referentId']);
  });

  it('refuses staff of the wrong role in either place', () => {
    const problems = binomeStaffProblems(
      { referentId: 'coord-a', coordinateurId: 'ref-a' },
      { referent: coordinateur, coordinateur: referent },
    );
    expect(problems.map((problem) => problem.path)).toEqual(['json.referentId', 'json.coordinateurId']);
  });

  it('checks only the ids being set: a file from before the directory keeps its other member', () => {
    expect(binomeStaffProblems({ coordinateurId: 'coord-a' }, { coordinateur })).toEqual([]);
    expect(binomeStaffProblems({}, {})).toEqual([]);
  });
});
