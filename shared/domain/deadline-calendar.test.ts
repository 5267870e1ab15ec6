import { describe, expect, it } from 'vitest';
import { type CalendarFacts, calendarEntries, calendarMonth, monthsBetween } from './deadline-calendar.js';
import { DEFAULT_INTERVIEW_SETTINGS } from './interview-deadlines.js';

function facts(overrides: Partial<CalendarFacts> = {}): CalendarFacts {
  return {
    birthDate: '2010-05-10',
    careStartDate: null,
    careEndDate: null,
    entretien17: null,
    followUp: null,
    plan: null,
    ...overrides,
  };
}

describe('calendarEntries', () => {
  it('holds the entretien pour l’autonomie, 18 and 21 for a file with no end of care nor plan', () => {
    expect(calendarEntries(facts(), DEFAULT_INTERVIEW_SETTINGS)).toEqual([
      { kind: 'entretien17', dueOn: '2027-05-10', done: false, lapsesOn: null },
      { kind: 'age18', dueOn: '2028-05-10', done: false, lapsesOn: null },
      { kind: 'age21', dueOn: '2031-05-10', done: false, lapsesOn: null },
    ]);
  });

  it('follows the département’s earlier target for the entretien', () => {
    const [entretien] = calendarEntries(facts(), { ...DEFAULT_INTERVIEW_SETTINGS, entretien17TargetMonthsBeforeMajority: 18 });
    expect(entretien?.dueOn).toBe('2026-11-10');
  });

  it('keeps a held entretien, marked done', () => {
    const [entretien] = calendarEntries(facts({ entretien17: { scheduledOn: null, heldOn: '2027-01-05' } }), DEFAULT_INTERVIEW_SETTINGS);
    expect(entretien).toMatchObject({ kind: 'entretien17', done: true, lapsesOn: null });
  });

  it('adds the follow-up six months after a known end of care, the end itself, and the plan review a month after it', () => {
    const entries = calendarEntries(
      facts({
        birthDate: '2007-01-15',
        careEndDate: '2026-10-31',
        entretien17: { scheduledOn: null, heldOn: '2023-12-01' },
        followUp: { scheduledOn: '2027-04-02', heldOn: null },
        plan: { lastReviewedOn: '2026-09-01', majorChangeOn: null },
      }),
      DEFAULT_INTERVIEW_SETTINGS,
    );
    expect(entries.map(({ kind, dueOn }) => [kind, dueOn])).toEqual([
      ['entretien17', '2024-01-15'],
      ['suivi', '2027-04-30'],
      ['planReview', '2026-11-30'],
      ['careEnd', '2026-10-31'],
      ['age18', '2025-01-15'],
      ['age21', '2028-01-15'],
    ]);
  });

  it('reviews the plan six months after its last review when care ends later than that', () => {
    const entries = calendarEntries(
      facts({ careEndDate: '2028-05-10', plan: { lastReviewedOn: '2026-09-01', majorChangeOn: null } }),
      DEFAULT_INTERVIEW_SETTINGS,
    );
    expect(entries.find((entry) => entry.kind === 'planReview')?.dueOn).toBe('2027-03-01');
  });

  it('marks the entretien lapsing when care ends by its due date without it', () => {
    const [entretien] = calendarEntries(facts({ careEndDate: '2027-03-01' }), DEFAULT_INTERVIEW_SETTINGS);
    expect(entretien).toMatchObject({ dueOn: '2027-05-10', lapsesOn: '2027-03-01' });
    const [after] = calendarEntries(facts({ careEndDate: '2027-05-11' }), DEFAULT_INTERVIEW_SETTINGS);
    expect(after?.lapsesOn).toBeNull();
  });

  it('gives a leap-day birth its 18th birthday on 1 March, as the key dates do', () => {
    const entries = calendarEntries(facts({ birthDate: '2008-02-29' }), DEFAULT_INTERVIEW_SETTINGS);
    expect(entries.find((entry) => entry.kind === 'age18')?.dueOn).toBe('2026-03-01');
  });
});

describe('calendar months', () => {
  it('names the month of a date', () => {
    expect(calendarMonth('2026-11-29')).toBe('2026-11');
  });

  it('lists the months of a window across a new year', () => {
    expect(monthsBetween('2026-12-22', '2027-01-28')).toEqual(['2026-12', '2027-01']);
    expect(monthsBetween('2026-11-01', '2026-11-30')).toEqual(['2026-11']);
  });
});
