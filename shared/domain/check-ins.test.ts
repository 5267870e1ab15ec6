import { describe, expect, it } from 'vitest';
import { CHECK_IN_CHOICES, CHECK_IN_QUESTIONS, CHECK_IN_WORDING, checkInAnswerRefusal, checkInWindow, openCheckIn } from './check-ins.js';

const answers = {
  housing: 'logement_autonome',
  resources: 'revenus_activite',
  activity: 'emploi',
  healthCover: 'complete',
  someoneToCountOn: 'oui',
} as const;

describe('checkInWindow', () => {
  it('opens on the 19th and 21st birthdays and stays open three months, to the day before', () => {
    expect(checkInWindow('2007-05-14', 19)).toEqual({ opensOn: '2026-05-14', closesOn: '2026-08-13' });
    expect(checkInWindow('2005-05-14', 21)).toEqual({ opensOn: '2026-05-14', closesOn: '2026-08-13' });
  });

  it('opens on 1 March for someone born on 29 February, in a common year', () => {
    expect(checkInWindow('2008-02-29', 19)).toEqual({ opensOn: '2027-03-01', closesOn: '2027-05-31' });
  });

  it('closes on the last day of a shorter month when three months later has no such day', () => {
    expect(checkInWindow('2007-11-30', 19).closesOn).toBe('2027-02-27');
  });
});

describe('openCheckIn', () => {
  const birthDate = '2007-05-14';

  it('is closed the day before the birthday, open on it and on its last day, closed after', () => {
    expect(openCheckIn(birthDate, '2026-05-13', {})).toBeNull();
    expect(openCheckIn(birthDate, '2026-05-14', {})).toEqual({ age: 19, opensOn: '2026-05-14', closesOn: '2026-08-13' });
    expect(openCheckIn(birthDate, '2026-08-13', {})?.age).toBe(19);
    expect(openCheckIn(birthDate, '2026-08-14', {})).toBeNull();
  });

  it('opens again at 21, whatever was done at 19', () => {
    expect(openCheckIn(birthDate, '2028-06-01', { 19: { status: 'declined', on: '2026-05-20' } })?.age).toBe(21);
  });

  it('is closed once answered or declined', () => {
    expect(openCheckIn(birthDate, '2026-06-01', { 19: { status: 'answered', on: '2026-05-20', answers } })).toBeNull();
    expect(openCheckIn(birthDate, '2026-06-01', { 19: { status: 'declined', on: '2026-05-20' } })).toBeNull();
  });

  it('is never open at 16, 17, 18 or 20', () => {
    for (const today of ['2023-06-01', '2025-06-01', '2027-06-01', '2028-03-01']) expect(openCheckIn(birthDate, today, {})).toBeNull();
  });
});

describe('checkInAnswerRefusal', () => {
  it('takes an answer while the window is open and nothing is recorded', () => {
    expect(checkInAnswerRefusal('2007-05-14', 19, '2026-05-14', {})).toBeNull();
  });

  it('refuses a second answer (or a decline after an answer), and an answer out of the window', () => {
    expect(checkInAnswerRefusal('2007-05-14', 19, '2026-05-15', { 19: { status: 'declined', on: '2026-05-14' } })).toBe(
      'checkIn.alreadyDone',
    );
    expect(checkInAnswerRefusal('2007-05-14', 21, '2026-05-15', {})).toBe('checkIn.notOpen');
    expect(checkInAnswerRefusal('2007-05-14', 19, '2026-08-14', {})).toBe('checkIn.notOpen');
  });
});

describe('CHECK_IN_WORDING', () => {
  it('words every choice of the five questions for the young person, with a way not to answer', () => {
    for (const question of CHECK_IN_QUESTIONS) {
      const words = CHECK_IN_WORDING[question];
      expect(Object.keys(words.choices).sort()).toEqual([...CHECK_IN_CHOICES[question]].sort());
      expect(CHECK_IN_CHOICES[question]).toContain('inconnu');
      expect(words.question).toMatch(/\?$/);
    }
  });
});
