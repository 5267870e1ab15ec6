import { describe, expect, it } from 'vitest';
import { expectedDateProblem, findProjectProblems, isSharedNotNeeded, monthlyAmountProblem, projectAsSeenBy } from './housing-project.js';

describe('monthlyAmountProblem', () => {
  it('accepts zero, cents and the ceiling', () => {
    expect(monthlyAmountProblem(0)).toBeNull();
    expect(monthlyAmountProblem(19.99)).toBeNull();
    expect(monthlyAmountProblem(10_000)).toBeNull();
  });

  it('refuses a negative, an absurd or a non-finite amount, and fractions of a cent', () => {
    expect(monthlyAmountProblem(-0.01)).toMatch(/négatif/);
    expect(monthlyAmountProblem(10_000.01)).toMatch(/10000/);
    expect(monthlyAmountProblem(Number.POSITIVE_INFINITY)).toMatch(/invalide/);
    expect(monthlyAmountProblem(Number.NaN)).toMatch(/invalide/);
    expect(monthlyAmountProblem(12.345)).toMatch(/virgule/);
  });
});

describe('expectedDateProblem', () => {
  it('accepts the start day and up to five years later', () => {
    expect(expectedDateProblem('2026-11-29', '2026-11-29')).toBeNull();
    expect(expectedDateProblem('2031-11-29', '2026-11-29')).toBeNull();
  });

  it('refuses a date before the start of the project or more than five years ahead', () => {
    expect(expectedDateProblem('2026-11-28', '2026-11-29')).toMatch(/avant/);
    expect(expectedDateProblem('2031-11-30', '2026-11-29')).toMatch(/lointaine/);
  });
});

describe('projectAsSeenBy', () => {
  const draft = { sharedAt: null, wishedArea: 'Arras' };
  const shared = { sharedAt: '2026-11-24T10:00:00.000Z', wishedArea: 'Arras' };

  it('shows the young person their own project, shared or not', () => {
    expect(projectAsSeenBy({ isTheYoungPerson: true }, draft)).toBe(draft);
  });

  it('shows staff nothing of a project until it is shared', () => {
    expect(projectAsSeenBy({ isTheYoungPerson: false }, draft)).toBeNull();
    expect(projectAsSeenBy({ isTheYoungPerson: false }, shared)).toBe(shared);
    expect(projectAsSeenBy({ isTheYoungPerson: false }, null)).toBeNull();
  });
});

describe('findProjectProblems', () => {
  const known = new Set(['fjt', 'crous']);

  it('points at each unknown type and at a date out of range', () => {
    expect(findProjectProblems({ wishedSolutionTypeIds: ['fjt', 'chateau'], expectedDate: '2026-01-01' }, known, '2026-11-29')).toEqual([
      { path: 'json.wishedSolutionTypeIds.1', message: 'Type de solution inconnu.' },
      { path: 'json.expectedDate', message: 'La date souhaitée ne peut pas être avant le début du projet.' },
    ]);
  });

  it('finds nothing in a valid project, or one with no date', () => {
    expect(findProjectProblems({ wishedSolutionTypeIds: ['crous'], expectedDate: '2027-09-01' }, known, '2026-11-29')).toEqual([]);
    expect(findProjectProblems({ wishedSolutionTypeIds: [], expectedDate: null }, known, '2026-11-29')).toEqual([]);
  });
});

describe('isSharedNotNeeded', () => {
  it('counts « pas besoin » as a solution only once the project is shared', () => {
    expect(isSharedNotNeeded(null)).toBe(false);
    expect(isSharedNotNeeded({ sharedAt: null, notNeededReason: 'retour_en_famille' })).toBe(false);
    expect(isSharedNotNeeded({ sharedAt: '2026-11-29T10:00:00.000Z', notNeededReason: null })).toBe(false);
    expect(isSharedNotNeeded({ sharedAt: '2026-11-29T10:00:00.000Z', notNeededReason: 'retour_en_famille' })).toBe(true);
  });
});
