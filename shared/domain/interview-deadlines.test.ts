import { describe, expect, it } from 'vitest';
import { computeInterviewDeadlines } from './interview-deadlines.js';
import { interviewFacts } from './interview-facts.js';

const none = { entretien17: null, followUp: null };
const born = '2009-05-14';

function deadlines(overrides: Partial<Parameters<typeof computeInterviewDeadlines>[0]> & { today: string }) {
  return computeInterviewDeadlines({ birthDate: born, careStartDate: null, careEndDate: null, ...none, ...overrides });
}

describe('computeInterviewDeadlines: entretien pour l’autonomie', () => {
  it('opens on the 16th birthday and is due on the 17th (L222-5-1 since 2022)', () => {
    const result = deadlines({ today: '2025-06-01' });
    expect(result.entretien17).toEqual({ opensOn: '2025-05-14', dueBy: '2026-05-14', target: '2026-05-14', status: 'a_planifier' });
    expect(result.followUp).toBeNull();
  });

  it('is still on time on the 17th birthday and late the day after', () => {
    expect(deadlines({ today: '2026-05-14' }).entretien17.status).toBe('a_planifier');
    expect(deadlines({ today: '2026-05-15' }).entretien17.status).toBe('en_retard');
  });

  it('is late the day after the target even when scheduled later', () => {
    const scheduledLate = { scheduledOn: '2026-06-01', heldOn: null };
    expect(deadlines({ today: '2026-05-14', entretien17: scheduledLate }).entretien17.status).toBe('planifie');
    expect(deadlines({ today: '2026-05-15', entretien17: scheduledLate }).entretien17.status).toBe('en_retard');
  });

  it('shows the demo’s Lina (born 12 March 2009, no interview) late since her 17th birthday', () => {
    const result = computeInterviewDeadlines({
      birthDate: '2009-03-12',
      careStartDate: null,
      careEndDate: '2027-03-12',
      today: '2026-11-24',
      entretien17: { scheduledOn: '2026-12-20', heldOn: null },
      followUp: null,
    });
    expect(result.entretien17).toEqual({ opensOn: '2025-03-12', dueBy: '2026-03-12', target: '2026-03-12', status: 'en_retard' });
  });

  it('opens at the département’s opening age', () => {
    expect(deadlines({ today: '2025-01-01', settings: { entretien17OpensAtAge: 15 } }).entretien17.opensOn).toBe('2024-05-14');
  });

  it('handles a 29 February birthday: 16 and 17 on 1 March in common years', () => {
    const result = computeInterviewDeadlines({
      birthDate: '2008-02-29',
      careStartDate: null,
      careEndDate: null,
      today: '2024-02-29',
      ...none,
    });
    expect(result.entretien17).toMatchObject({ opensOn: '2024-02-29', dueBy: '2025-03-01' });
    const common = computeInterviewDeadlines({
      birthDate: '2012-02-29',
      careStartDate: null,
      careEndDate: null,
      today: '2028-01-01',
      ...none,
    });
    expect(common.entretien17).toMatchObject({ opensOn: '2028-02-29', dueBy: '2029-03-01' });
  });

  it('uses the département’s earlier target, never a later one', () => {
    const earlier = deadlines({ today: '2025-06-01', settings: { entretien17TargetMonthsBeforeMajority: 18 } });
    expect(earlier.entretien17).toMatchObject({ opensOn: '2025-05-14', target: '2025-11-14', dueBy: '2026-05-14' });
    // A value stored under the old rule (6 months before majority) cannot push past the law.
    const old = deadlines({ today: '2025-06-01', settings: { entretien17TargetMonthsBeforeMajority: 6 } });
    expect(old.entretien17).toMatchObject({ target: '2026-05-14', dueBy: '2026-05-14' });
  });

  it('opens the window at the target when the target comes before the opening age', () => {
    const result = deadlines({ today: '2025-01-01', settings: { entretien17TargetMonthsBeforeMajority: 24, entretien17OpensAtAge: 16 } });
    expect(result.entretien17).toMatchObject({ opensOn: '2025-05-14', target: '2025-05-14' });
  });

  it('is done once held, whatever the date', () => {
    const result = deadlines({ today: '2030-01-01', entretien17: { scheduledOn: null, heldOn: '2027-06-01' } });
    expect(result.entretien17.status).toBe('realise');
  });
});

describe('computeInterviewDeadlines: admission to the ASE', () => {
  it('gives a young person admitted at 17½ the département’s delay from admission, not late on day one', () => {
    const admitted = '2026-11-20';
    const onDayOne = deadlines({ careStartDate: admitted, today: admitted });
    expect(onDayOne.entretien17).toEqual({ opensOn: admitted, dueBy: '2026-12-20', target: '2026-12-20', status: 'a_planifier' });
    expect(deadlines({ careStartDate: admitted, today: '2026-12-20' }).entretien17.status).toBe('a_planifier');
    expect(deadlines({ careStartDate: admitted, today: '2026-12-21' }).entretien17.status).toBe('en_retard');
  });

  it('counts admission on the 17th birthday itself as late admission', () => {
    const result = deadlines({ careStartDate: '2026-05-14', today: '2026-05-14' });
    expect(result.entretien17).toMatchObject({ opensOn: '2026-05-14', dueBy: '2026-06-13' });
  });

  it('uses the département’s delay', () => {
    const result = deadlines({ careStartDate: '2026-11-20', today: '2026-11-20', settings: { lateAdmissionDelayDays: 15 } });
    expect(result.entretien17.dueBy).toBe('2026-12-05');
  });

  it('keeps the 17th birthday for a young person admitted at 16, and opens the window at admission', () => {
    const result = deadlines({ careStartDate: '2025-09-01', today: '2025-09-01' });
    expect(result.entretien17).toEqual({ opensOn: '2025-09-01', dueBy: '2026-05-14', target: '2026-05-14', status: 'a_planifier' });
  });

  it('never puts the département’s target before admission', () => {
    const result = deadlines({ careStartDate: '2026-01-10', today: '2026-01-10', settings: { entretien17TargetMonthsBeforeMajority: 18 } });
    expect(result.entretien17).toMatchObject({ opensOn: '2026-01-10', target: '2026-01-10', dueBy: '2026-05-14' });
  });
});

describe('computeInterviewDeadlines: end of care', () => {
  it('makes the interview sans objet once care has ended at 16, never late', () => {
    const endedAt16 = '2025-10-01';
    expect(deadlines({ careEndDate: endedAt16, today: '2025-09-30' }).entretien17.status).toBe('a_planifier');
    expect(deadlines({ careEndDate: endedAt16, today: endedAt16 }).entretien17.status).toBe('sans_objet');
    expect(deadlines({ careEndDate: endedAt16, today: '2030-01-01' }).entretien17.status).toBe('sans_objet');
  });

  it('is sans objet when care ends on the due date itself (the young person is no longer in care that day)', () => {
    expect(deadlines({ careEndDate: '2026-05-14', today: '2026-06-01' }).entretien17.status).toBe('sans_objet');
  });

  it('stays late when the due date passed while still in care', () => {
    expect(deadlines({ careEndDate: '2026-05-15', today: '2026-06-01' }).entretien17.status).toBe('en_retard');
  });

  it('stays done when held before care ended', () => {
    const held = { scheduledOn: '2025-12-01', heldOn: '2025-12-01' };
    expect(deadlines({ careEndDate: '2026-01-01', today: '2026-06-01', entretien17: held }).entretien17.status).toBe('realise');
  });
});

describe('computeInterviewDeadlines: follow-up interview', () => {
  it('does not exist while care has not ended', () => {
    expect(deadlines({ birthDate: '2008-05-14', careEndDate: '2027-05-14', today: '2027-05-13' }).followUp).toBeNull();
  });

  it('is due six months after care ends, from the day care ends', () => {
    const result = deadlines({ birthDate: '2008-05-14', careEndDate: '2026-08-31', today: '2026-08-31' });
    expect(result.followUp).toEqual({ dueBy: '2027-02-28', status: 'a_planifier' });
  });

  it('is late after its deadline and done once held', () => {
    expect(deadlines({ birthDate: '2008-05-14', careEndDate: '2026-05-14', today: '2026-11-15' }).followUp?.status).toBe('en_retard');
    const held = deadlines({
      birthDate: '2008-05-14',
      careEndDate: '2026-05-14',
      today: '2026-11-15',
      followUp: { scheduledOn: '2026-10-01', heldOn: '2026-10-01' },
    });
    expect(held.followUp?.status).toBe('realise');
  });
});

describe('interviewFacts with deadlines', () => {
  const record = (kind: string, scheduledOn: string | null, heldOn: string | null) => ({ kind, scheduledOn, heldOn });

  it('counts the first interview held; a renewal scheduled later does not reopen the deadline', () => {
    const facts = interviewFacts(
      [record('entretien17', '2026-01-10', '2026-01-10'), record('entretien17', '2026-09-01', null), record('suivi', '2026-02-01', null)],
      'entretien17',
    );
    expect(facts).toEqual({ scheduledOn: '2026-01-10', heldOn: '2026-01-10' });
    expect(deadlines({ today: '2026-10-01', entretien17: facts }).entretien17.status).toBe('realise');
  });

  it('takes the earliest scheduled date when none was held, and null when there is none of the kind', () => {
    const interviews = [record('entretien17', '2026-04-02', null), record('entretien17', '2026-03-01', null)];
    expect(interviewFacts(interviews, 'entretien17')).toEqual({ scheduledOn: '2026-03-01', heldOn: null });
    expect(interviewFacts(interviews, 'suivi')).toBeNull();
  });
});
