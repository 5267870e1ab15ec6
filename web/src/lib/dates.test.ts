import { describe, expect, it } from 'vitest';
import { ageOn, daysBetween, describeDistance, formatDate, formatTimestamp, nextKeyDate, todayInParis } from './dates';

describe('formatDate', () => {
  it('writes a calendar date in French', () => {
    expect(formatDate('2027-03-12')).toBe('12 mars 2027');
  });

  it('writes the first day of a month as « 1er »', () => {
    expect(formatDate('2027-01-01')).toBe('1er janvier 2027');
  });

  it('keeps the calendar day whatever the time zone (31 December stays 31 December)', () => {
    expect(formatDate('2026-12-31')).toBe('31 décembre 2026');
  });

  it('returns anything that is not a calendar date unchanged', () => {
    expect(formatDate('bientôt')).toBe('bientôt');
  });
});

describe('formatTimestamp', () => {
  it('shows an instant in Paris time (UTC+1 in winter)', () => {
    expect(formatTimestamp('2026-11-24T10:15:00.000Z')).toMatch(/^24 novembre 2026( à |, )11:15$/);
  });

  it('moves a late-evening UTC instant to the next day in Paris (UTC+2 in summer)', () => {
    expect(formatTimestamp('2026-06-30T22:30:00Z')).toMatch(/^1er juillet 2026( à |, )00:30$/);
  });
});

describe('todayInParis', () => {
  it('gives the Paris date, not the UTC one', () => {
    expect(todayInParis(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });
});

describe('daysBetween', () => {
  it('counts calendar days across a daylight-saving change', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-03-30', '2026-03-28')).toBe(-2);
  });
});

describe('ageOn', () => {
  it('counts whole years', () => {
    expect(ageOn('2009-05-14', '2026-05-13')).toBe(16);
    expect(ageOn('2009-05-14', '2026-05-14')).toBe(17);
  });

  it('makes someone born on 29 February a year older on 1 March in common years', () => {
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });
});

describe('describeDistance', () => {
  const today = '2026-11-24';

  it.each([
    ['2026-11-24', 'aujourd’hui'],
    ['2026-11-25', 'demain'],
    ['2026-11-23', 'hier'],
    ['2026-11-29', 'dans 5 jours'],
    ['2026-11-14', 'il y a 10 jours'],
    ['2026-12-08', 'dans 2 semaines'],
    ['2027-01-20', 'dans 8 semaines'],
    ['2027-01-24', 'dans 2 mois'],
    ['2027-03-12', 'dans 3 mois'],
    ['2027-11-24', 'dans 1 an'],
    ['2028-01-30', 'dans 1 an et 2 mois'],
    ['2024-11-24', 'il y a 2 ans'],
    ['2026-07-01', 'il y a 4 mois'],
  ])('describes %s as « %s »', (target, expected) => {
    expect(describeDistance(today, target)).toBe(expected);
  });

  it('does not count a month that has not fully passed (31 January to 28 February is 4 weeks)', () => {
    expect(describeDistance('2027-01-31', '2027-02-28')).toBe('dans 4 semaines');
  });
});

describe('nextKeyDate', () => {
  const keyDates = { age16: '2025-05-14', age17: '2026-05-14', age18: '2027-05-14', age21: '2030-05-14', careEnd: '2027-09-30' };

  it('picks the earliest date that has not passed', () => {
    expect(nextKeyDate(keyDates, '2026-11-24')).toEqual({ kind: 'age18', date: '2027-05-14' });
  });

  it('counts a key date falling today as upcoming', () => {
    expect(nextKeyDate(keyDates, '2027-05-14')).toEqual({ kind: 'age18', date: '2027-05-14' });
  });

  it('orders the end of care among the birthdays', () => {
    expect(nextKeyDate({ ...keyDates, careEnd: '2026-12-01' }, '2026-11-24')).toEqual({
      kind: 'careEnd',
      date: '2026-12-01',
    });
  });

  it('ignores an unknown end of care and returns null once everything has passed', () => {
    expect(nextKeyDate({ ...keyDates, careEnd: null }, '2027-06-01')).toEqual({ kind: 'age21', date: '2030-05-14' });
    expect(nextKeyDate(keyDates, '2031-01-01')).toBeNull();
  });
});
