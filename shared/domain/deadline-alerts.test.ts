import { describe, expect, it } from 'vitest';
import { alertStage, alertsDue, alertWindow, deadlineAlertId, stillRelevantAlerts } from './deadline-alerts.js';
import type { CalendarEntry } from './deadline-calendar.js';

const today = '2026-11-29';

function entry(overrides: Partial<CalendarEntry> = {}): CalendarEntry {
  return { kind: 'entretien17', dueOn: today, done: false, lapsesOn: null, ...overrides };
}

describe('alertStage', () => {
  it('announces a task from 14 days ahead, due today included', () => {
    expect(alertStage(entry({ dueOn: '2026-12-13' }), today)).toBe('bientot');
    expect(alertStage(entry({ dueOn: '2026-12-14' }), today)).toBeNull();
    expect(alertStage(entry({ dueOn: today }), today)).toBe('bientot');
  });

  it('announces the end of care, 18 and 21 a month ahead', () => {
    expect(alertStage(entry({ kind: 'age18', dueOn: '2026-12-29' }), today)).toBe('bientot');
    expect(alertStage(entry({ kind: 'careEnd', dueOn: '2026-12-30' }), today)).toBeNull();
  });

  it('says a task is late from the day after, for the catch-up days only', () => {
    expect(alertStage(entry({ dueOn: '2026-11-28' }), today)).toBe('en_retard');
    expect(alertStage(entry({ kind: 'planReview', dueOn: '2026-11-22' }), today)).toBe('en_retard');
    expect(alertStage(entry({ dueOn: '2026-11-21' }), today)).toBeNull();
  });

  it('never calls a date of the path late', () => {
    expect(alertStage(entry({ kind: 'age18', dueOn: '2026-11-28' }), today)).toBeNull();
    expect(alertStage(entry({ kind: 'careEnd', dueOn: '2026-11-28' }), today)).toBeNull();
  });

  it('says nothing of a task done or lapsed', () => {
    expect(alertStage(entry({ done: true }), today)).toBeNull();
    expect(alertStage(entry({ dueOn: '2026-11-28', lapsesOn: '2026-11-29' }), today)).toBeNull();
    expect(alertStage(entry({ dueOn: '2026-12-01', lapsesOn: '2026-12-01' }), today)).toBe('bientot');
  });
});

describe('alertsDue', () => {
  it('gives each alert an id derived from what it is about, the same on every run', () => {
    const entries = [
      entry({ dueOn: '2026-12-01' }),
      entry({ kind: 'age21', dueOn: '2027-06-01' }),
      entry({ kind: 'suivi', dueOn: '2026-11-25' }),
    ];
    const first = alertsDue('Y1', entries, today);
    expect(first).toEqual([
      { id: 'entretien17_2026-12-01_bientot', youthId: 'Y1', kind: 'entretien17', dueOn: '2026-12-01', stage: 'bientot' },
      { id: 'suivi_2026-11-25_en_retard', youthId: 'Y1', kind: 'suivi', dueOn: '2026-11-25', stage: 'en_retard' },
    ]);
    expect(alertsDue('Y1', entries, today)).toEqual(first);
    expect(deadlineAlertId('suivi', '2026-11-25', 'en_retard')).toBe('suivi_2026-11-25_en_retard');
  });
});

describe('alertWindow', () => {
  it('reads from the catch-up days behind to the longest notice ahead', () => {
    expect(alertWindow(today)).toEqual({ from: '2026-11-22', to: '2026-12-29' });
  });
});

describe('stillRelevantAlerts', () => {
  it('keeps the alerts about a deadline still owed on its date, earliest first', () => {
    const alerts = [
      { id: 'b', kind: 'age18' as const, dueOn: '2026-12-20', stage: 'bientot' as const, raisedOn: today },
      { id: 'a', kind: 'entretien17' as const, dueOn: '2026-12-01', stage: 'bientot' as const, raisedOn: today },
      { id: 'moved', kind: 'planReview' as const, dueOn: '2026-12-02', stage: 'bientot' as const, raisedOn: today },
    ];
    const owed = [
      { kind: 'age18' as const, dueOn: '2026-12-20' },
      { kind: 'entretien17' as const, dueOn: '2026-12-01' },
      { kind: 'planReview' as const, dueOn: '2027-01-15' },
    ];
    expect(stillRelevantAlerts(alerts, owed).map((alert) => alert.id)).toEqual(['a', 'b']);
  });
});
