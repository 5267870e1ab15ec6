import { describe, expect, it } from 'vitest';
import { expectedDateProblem, monthlyAmountProblem } from './housing-project.js';

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
