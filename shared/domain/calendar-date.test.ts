import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addYears, isCalendarDate, parisDate } from './calendar-date.js';
import { computeKeyDates } from './key-dates.js';

describe('isCalendarDate', () => {
  it('accepts real dates and leap days of leap years', () => {
    expect(isCalendarDate('2008-02-29')).toBe(true);
    expect(isCalendarDate('2009-12-31')).toBe(true);
  });
  it('rejects impossible or badly written dates', () => {
    for (const value of ['2009-02-29', '2009-13-01', '2009-00-10', '2009-04-31', '09-01-01', '2009-1-1', '']) {
      expect(isCalendarDate(value), value).toBe(false);
    }
  });
});

describe('addYears', () => {
  it('keeps the same day and month', () => {
    expect(addYears('2009-05-14', 17)).toBe('2026-05-14');
  });
  it('moves a 29 February birthday to 1 March in common years', () => {
    expect(addYears('2008-02-29', 17)).toBe('2025-03-01');
    expect(addYears('2008-02-29', 20)).toBe('2028-02-29');
  });
});

describe('addMonths and addDays', () => {
  it('clamps to the end of a shorter month', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
  });
  it('crosses year boundaries', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
  });
});

describe('parisDate', () => {
  it('gives the Paris calendar date, which is already tomorrow late in the UTC evening', () => {
    expect(parisDate(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(parisDate(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
    expect(parisDate(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
  });
});

describe('computeKeyDates', () => {
  it('gives the 16th, 17th, 18th and 21st birthdays and the care end', () => {
    expect(computeKeyDates('2009-03-10', '2027-03-10')).toEqual({
      age16: '2025-03-10',
      age17: '2026-03-10',
      age18: '2027-03-10',
      age21: '2030-03-10',
      careEnd: '2027-03-10',
    });
  });
  it('leaves the care end empty when unknown', () => {
    expect(computeKeyDates('2009-03-10', null).careEnd).toBeNull();
  });
});
