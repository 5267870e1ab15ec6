import { describe, expect, it } from 'vitest';
import { computeKeyDates } from './key-dates.js';

describe('computeKeyDates', () => {
  it('gives the 16th, 17th, 18th and 21st birthdays and the care end', () => {
    expect(computeKeyDates('2009-03-12', '2027-03-12')).toEqual({
      age16: '2025-03-12',
      age17: '2026-03-12',
      age18: '2027-03-12',
      age21: '2030-03-12',
      careEnd: '2027-03-12',
    });
  });

  it('keeps an unknown care end unknown', () => {
    expect(computeKeyDates('2009-03-12', null).careEnd).toBeNull();
  });

  it('puts the birthdays of someone born on 29 February on 1 March in common years', () => {
    expect(computeKeyDates('2008-02-29', null)).toMatchObject({
      age16: '2024-02-29',
      age17: '2025-03-01',
      age18: '2026-03-01',
      age21: '2029-03-01',
    });
  });

  it('leaves a 28 February birthday on 28 February, even in a leap year', () => {
    expect(computeKeyDates('2007-02-28', null).age17).toBe('2024-02-28');
  });
});
