import { describe, expect, it } from 'vitest';
import { type CaseloadFacts, caseloadCount, caseloadEntry, compareByUrgency } from './caseload.js';
import { DEFAULT_INTERVIEW_SETTINGS } from './interview-deadlines.js';

const today = '2026-11-29';
const settings = { interviews: DEFAULT_INTERVIEW_SETTINGS, housingAlertDays: 180 };

function facts(overrides: Partial<CaseloadFacts> = {}): CaseloadFacts {
  return {
    youthId: 'Y',
    firstName: 'Lina',
    lastName: 'Martin',
    birthDate: '2010-05-10',
    careStartDate: null,
    careEndDate: null,
    hasHousingSolution: false,
    entretien17: null,
    followUp: null,
    plan: null,
    lastJournalAt: null,
    openHelpAlerts: 0,
    deadlineAlerts: [],
    rgpdRequests: [],
    ...overrides,
  };
}

describe('caseloadEntry', () => {
  it('shows open RGPD requests by due day, late the day after, and counts a late one as lateness', () => {
    const entry = caseloadEntry(
      facts({
        rgpdRequests: [
          { id: 'R2', dueOn: '2026-12-15' },
          { id: 'R1', dueOn: '2026-11-28' },
        ],
      }),
      today,
      settings,
    );
    expect(entry.rgpdRequests).toEqual([
      { id: 'R1', dueOn: '2026-11-28', late: true },
      { id: 'R2', dueOn: '2026-12-15', late: false },
    ]);
    expect(entry.late).toBe(true);
    expect(entry.urgentOn).toBe('2026-11-28');
    const onTime = caseloadEntry(facts({ rgpdRequests: [{ id: 'R3', dueOn: '2026-11-29' }] }), today, settings);
    expect(onTime.late).toBe(false);
    expect(onTime.urgentOn).toBe('2026-11-29');
  });

  it('puts the entretien pour l’autonomie first while it is owed, with 18 and 21 after it', () => {
    const entry = caseloadEntry(facts(), today, settings);
    expect(entry.nextDeadline).toEqual({ kind: 'entretien17', dueOn: '2027-05-10', late: false });
    expect(entry.deadlines.map((deadline) => deadline.kind)).toEqual(['entretien17', 'age18', 'age21']);
    expect(entry.late).toBe(false);
  });

  it('drops the entretien once held, and marks it late the day after the 17th birthday', () => {
    expect(caseloadEntry(facts({ entretien17: { scheduledOn: null, heldOn: '2026-10-01' } }), today, settings).nextDeadline?.kind).toBe(
      'age18',
    );
    const late = caseloadEntry(facts({ birthDate: '2009-11-28' }), today, settings);
    expect(late.nextDeadline).toEqual({ kind: 'entretien17', dueOn: '2026-11-28', late: true });
    expect(late.late).toBe(true);
    expect(late.urgentOn).toBe('2026-11-28');
  });

  it('owes the follow-up interview six months after care ended, and the plan review within a month of it', () => {
    const entry = caseloadEntry(
      facts({
        birthDate: '2007-01-15',
        careEndDate: '2026-10-31',
        entretien17: { scheduledOn: null, heldOn: '2023-12-01' },
        plan: { lastReviewedOn: '2026-09-01', majorChangeOn: null, actions: [] },
      }),
      today,
      settings,
    );
    expect(entry.deadlines).toEqual([
      { kind: 'planReview', dueOn: '2026-11-30', late: false },
      { kind: 'suivi', dueOn: '2027-04-30', late: false },
      { kind: 'age21', dueOn: '2028-01-15', late: false },
    ]);
  });

  it('counts open plan actions past their date and due within 30 days, never done or abandoned ones', () => {
    const entry = caseloadEntry(
      facts({
        plan: {
          lastReviewedOn: '2026-10-01',
          majorChangeOn: null,
          actions: [
            { dueOn: '2026-11-28', status: 'a_faire' },
            { dueOn: '2026-11-01', status: 'fait' },
            { dueOn: '2026-12-29', status: 'en_cours' },
            { dueOn: '2026-12-30', status: 'a_faire' },
            { dueOn: '2026-11-02', status: 'abandonne' },
          ],
        },
      }),
      today,
      settings,
    );
    expect(entry).toMatchObject({ lateActions: 1, soonActions: 1, late: true, urgentOn: '2026-11-28' });
  });

  it('raises the housing alert within the horizon before care ends, and not once a solution exists', () => {
    const ending = facts({ birthDate: '2008-06-01', careEndDate: '2027-03-01', entretien17: { scheduledOn: null, heldOn: '2025-01-01' } });
    expect(caseloadEntry(ending, today, settings).housingAlert).toMatchObject({ endsOn: '2027-03-01', daysLeft: 92 });
    expect(caseloadEntry({ ...ending, hasHousingSolution: true }, today, settings).housingAlert).toBeNull();
  });
});

describe('compareByUrgency', () => {
  const entry = (lastName: string, overrides: Partial<CaseloadFacts>) => caseloadEntry(facts({ lastName, ...overrides }), today, settings);

  it('orders late first (oldest lateness first), then the nearest date, then nothing pending, then by name', () => {
    const lateLong = entry('Ancien', { birthDate: '2009-06-01' });
    const lateRecent = entry('Recent', { birthDate: '2009-11-01' });
    const soon = entry('Bientot', { birthDate: '2010-01-10' });
    const later = entry('Plustard', { birthDate: '2010-09-10' });
    const laterSameDay = entry('Abel', { birthDate: '2010-09-10' });
    const held = { scheduledOn: null, heldOn: '2010-06-01' };
    const nothing = entry('Rien', { birthDate: '1990-01-01', careEndDate: '2011-01-01', entretien17: held, followUp: held });
    const sorted = [nothing, later, soon, lateRecent, laterSameDay, lateLong].sort(compareByUrgency);
    expect(sorted.map((item) => item.lastName)).toEqual(['Ancien', 'Recent', 'Bientot', 'Abel', 'Plustard', 'Rien']);
    expect(nothing.urgentOn).toBeNull();
  });

  it('puts a young person who asked for help and got no answer before anyone late', () => {
    const late = entry('Retard', { birthDate: '2009-06-01' });
    const help = entry('Aide', { birthDate: '2010-09-10', openHelpAlerts: 1 });
    expect([late, help].sort(compareByUrgency).map((item) => item.lastName)).toEqual(['Aide', 'Retard']);
  });

  it('brings forward someone whose housing alert ends before anyone else’s deadline', () => {
    const housing = entry('Logement', {
      birthDate: '2008-06-01',
      careEndDate: '2026-12-15',
      entretien17: { scheduledOn: null, heldOn: '2025-01-01' },
    });
    const entretien = entry('Entretien', { birthDate: '2010-01-10' });
    expect([entretien, housing].sort(compareByUrgency).map((item) => item.lastName)).toEqual(['Logement', 'Entretien']);
  });
});

describe('caseloadCount', () => {
  const caps = { caseloadCap: 30, firstYearCaseloadCap: 25 };

  it('counts the situations outside Envol against a referent’s cap', () => {
    expect(caseloadCount({ role: 'referent', inEnvol: 12, otherCaseload: 19, startedOn: '2019-01-01', today, caps })).toEqual({
      inEnvol: 12,
      outside: 19,
      total: 31,
      cap: 30,
      firstYear: false,
      overCap: true,
    });
  });

  it('applies the first-year cap until the first anniversary of taking up the post, included the day before', () => {
    expect(caseloadCount({ role: 'referent', inEnvol: 5, otherCaseload: 20, startedOn: '2025-11-30', today, caps })).toMatchObject({
      cap: 25,
      firstYear: true,
      overCap: false,
    });
    expect(caseloadCount({ role: 'referent', inEnvol: 5, otherCaseload: 20, startedOn: '2025-11-29', today, caps })).toMatchObject({
      cap: 30,
      firstYear: false,
    });
  });

  it('sets no cap for a coordinateur, and no first year when the date in post is unknown', () => {
    expect(caseloadCount({ role: 'coordinateur', inEnvol: 80, otherCaseload: 0, startedOn: '2026-06-01', today, caps })).toMatchObject({
      cap: null,
      overCap: false,
    });
    expect(caseloadCount({ role: 'referent', inEnvol: 26, otherCaseload: 0, startedOn: null, today, caps })).toMatchObject({
      cap: 30,
      overCap: false,
    });
  });
});
