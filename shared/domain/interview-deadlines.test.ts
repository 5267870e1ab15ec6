import { describe, expect, it } from 'vitest';
import { computeInterviewDeadlines } from './interview-deadlines.js';

const none = { entretien17: null, followUp: null };

describe('computeInterviewDeadlines: entretien des 17 ans', () => {
  it('opens on the 17th birthday and is due the day before the 18th', () => {
    const result = computeInterviewDeadlines({ birthDate: '2009-05-14', careEndDate: null, today: '2026-06-01', ...none });
    expect(result.entretien17).toEqual({ opensOn: '2026-05-14', dueBy: '2027-05-13', target: '2027-05-13', status: 'a_planifier' });
    expect(result.followUp).toBeNull();
  });

  it('handles a 29 February birthday: majority on 1 March, due on 28 February', () => {
    const result = computeInterviewDeadlines({ birthDate: '2008-02-29', careEndDate: null, today: '2025-01-10', ...none });
    expect(result.entretien17.opensOn).toBe('2025-03-01');
    expect(result.entretien17.dueBy).toBe('2026-02-28');
  });

  it('handles a birthday on 1 January: due on 31 December of the year before', () => {
    const result = computeInterviewDeadlines({ birthDate: '2010-01-01', careEndDate: null, today: '2026-01-01', ...none });
    expect(result.entretien17.dueBy).toBe('2027-12-31');
  });

  it('uses the département’s earlier target, and opens the window there when it comes before 17', () => {
    const oneYear = computeInterviewDeadlines({
      birthDate: '2009-05-14',
      careEndDate: null,
      today: '2026-01-01',
      settings: { entretien17TargetMonthsBeforeMajority: 12 },
      ...none,
    });
    expect(oneYear.entretien17).toMatchObject({ opensOn: '2026-05-13', target: '2026-05-13', dueBy: '2027-05-13' });
    const eighteenMonths = computeInterviewDeadlines({
      birthDate: '2009-05-14',
      careEndDate: null,
      today: '2026-01-01',
      settings: { entretien17TargetMonthsBeforeMajority: 18 },
      ...none,
    });
    expect(eighteenMonths.entretien17).toMatchObject({ opensOn: '2025-11-13', target: '2025-11-13' });
  });

  it('is late the day after the target if not held, even when it was scheduled', () => {
    const facts = { scheduledOn: '2027-05-10', heldOn: null };
    const onTime = computeInterviewDeadlines({
      birthDate: '2009-05-14',
      careEndDate: null,
      today: '2027-05-13',
      entretien17: facts,
      followUp: null,
    });
    expect(onTime.entretien17.status).toBe('planifie');
    const late = computeInterviewDeadlines({
      birthDate: '2009-05-14',
      careEndDate: null,
      today: '2027-05-14',
      entretien17: facts,
      followUp: null,
    });
    expect(late.entretien17.status).toBe('en_retard');
  });

  it('is done once held, whatever the date', () => {
    const result = computeInterviewDeadlines({
      birthDate: '2009-05-14',
      careEndDate: null,
      today: '2030-01-01',
      entretien17: { scheduledOn: null, heldOn: '2027-06-01' },
      followUp: null,
    });
    expect(result.entretien17.status).toBe('realise');
  });

  it('must happen before care ends when care ends before 18', () => {
    const result = computeInterviewDeadlines({ birthDate: '2009-05-14', careEndDate: '2026-09-01', today: '2026-06-01', ...none });
    expect(result.entretien17.dueBy).toBe('2026-08-31');
    expect(result.entretien17.target).toBe('2026-08-31');
  });
});

describe('computeInterviewDeadlines: follow-up interview', () => {
  it('does not exist while care has not ended', () => {
    const result = computeInterviewDeadlines({ birthDate: '2008-05-14', careEndDate: '2027-05-14', today: '2027-05-13', ...none });
    expect(result.followUp).toBeNull();
  });

  it('is due six months after care ends, from the day care ends', () => {
    const result = computeInterviewDeadlines({ birthDate: '2008-05-14', careEndDate: '2026-08-31', today: '2026-08-31', ...none });
    expect(result.followUp).toEqual({ dueBy: '2027-02-28', status: 'a_planifier' });
  });

  it('is late after its deadline and done once held', () => {
    const late = computeInterviewDeadlines({ birthDate: '2008-05-14', careEndDate: '2026-05-14', today: '2026-11-15', ...none });
    expect(late.followUp?.status).toBe('en_retard');
    const held = computeInterviewDeadlines({
      birthDate: '2008-05-14',
      careEndDate: '2026-05-14',
      today: '2026-11-15',
      entretien17: null,
      followUp: { scheduledOn: '2026-10-01', heldOn: '2026-10-01' },
    });
    expect(held.followUp?.status).toBe('realise');
  });
});
