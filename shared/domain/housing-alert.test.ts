import { describe, expect, it } from 'vitest';
import { computeHousingAlert, daysBetween } from './housing-alert.js';

const youth = { birthDate: '2009-06-15', hasSolution: false, alertDays: 180 };

describe('computeHousingAlert with a known end of care', () => {
  const careEndDate = '2027-06-15';

  it('flags on the 180th day before the end, not on the 181st', () => {
    // 2027-06-15 minus 180 days = 2026-12-17
    expect(computeHousingAlert({ ...youth, careEndDate, today: '2026-12-16' })).toBeNull();
    expect(computeHousingAlert({ ...youth, careEndDate, today: '2026-12-17' })).toEqual({
      endsOn: '2027-06-15',
      basis: 'careEnd',
      daysLeft: 180,
    });
  });

  it('counts down to 0 on the last day and stops once care has ended', () => {
    expect(computeHousingAlert({ ...youth, careEndDate, today: '2027-06-15' })?.daysLeft).toBe(0);
    expect(computeHousingAlert({ ...youth, careEndDate, today: '2027-06-16' })).toBeNull();
  });

  it('uses the département setting', () => {
    expect(computeHousingAlert({ ...youth, alertDays: 30, careEndDate, today: '2027-05-15' })).toBeNull();
    expect(computeHousingAlert({ ...youth, alertDays: 30, careEndDate, today: '2027-05-16' })?.daysLeft).toBe(30);
  });

  it('counts the leap day', () => {
    expect(computeHousingAlert({ ...youth, careEndDate: '2028-03-01', today: '2028-02-28' })?.daysLeft).toBe(2);
  });

  it('disappears as soon as there is a solution', () => {
    expect(computeHousingAlert({ ...youth, hasSolution: true, careEndDate, today: '2027-06-01' })).toBeNull();
  });
});

describe('computeHousingAlert with an unknown end of care', () => {
  it('flags from six months before the 18th birthday, counting down to it', () => {
    expect(computeHousingAlert({ ...youth, careEndDate: null, today: '2026-12-14' })).toBeNull();
    expect(computeHousingAlert({ ...youth, careEndDate: null, today: '2026-12-15' })).toEqual({
      endsOn: '2027-06-15',
      basis: 'majority',
      daysLeft: 182,
    });
    expect(computeHousingAlert({ ...youth, careEndDate: null, today: '2027-06-14' })?.daysLeft).toBe(1);
  });

  it('for someone born on 29 February, counts to 1 March and starts on 1 September', () => {
    const leap = { ...youth, birthDate: '2008-02-29', careEndDate: null };
    expect(computeHousingAlert({ ...leap, today: '2025-08-31' })).toBeNull();
    expect(computeHousingAlert({ ...leap, today: '2025-09-01' })).toMatchObject({ endsOn: '2026-03-01', basis: 'majority' });
  });

  it('past 18 with no known end, counts down to the 21st birthday', () => {
    expect(computeHousingAlert({ ...youth, careEndDate: null, today: '2029-06-15' })).toBeNull();
    expect(computeHousingAlert({ ...youth, careEndDate: null, today: '2029-12-15' })).toMatchObject({
      endsOn: '2030-06-15',
      basis: 'age21',
    });
  });
});

describe('computeHousingAlert with a support decision', () => {
  it('checks the young person against the decision’s end rather than the care end', () => {
    const alert = computeHousingAlert({ ...youth, careEndDate: '2029-06-15', supportDecisionEndDate: '2027-09-30', today: '2027-06-01' });
    expect(alert).toEqual({ endsOn: '2027-09-30', basis: 'supportDecisionEnd', daysLeft: 121 });
  });

  it('falls back to the care end when the decision has no end', () => {
    expect(computeHousingAlert({ ...youth, careEndDate: '2027-06-15', supportDecisionEndDate: null, today: '2027-06-01' })?.basis).toBe(
      'careEnd',
    );
  });
});

describe('daysBetween', () => {
  it('counts calendar days, whatever the clock change', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2026-01-02', '2026-01-01')).toBe(-1);
  });
});
