import { describe, expect, it } from 'vitest';
import {
  actionsSentence,
  calendarLineState,
  caseloadCountSentence,
  deadlineAlertSentence,
  deadlineLabel,
  helpReasonLabel,
  monthLabel,
  openHelpSentence,
  shiftMonth,
} from './caseload-words';

describe('caseload words', () => {
  it('says the count against the cap, the first year and how far over it is', () => {
    const count = { inEnvol: 6, outside: 20, total: 26, cap: 25, firstYear: true, overCap: true };
    expect(caseloadCountSentence(count)).toBe(
      'Vous suivez 6 jeunes dans Envol et 20 situations hors d’Envol, soit 26 pour un plafond de 25 (première année après la prise de poste) : le plafond est dépassé de 1.',
    );
    expect(caseloadCountSentence({ ...count, cap: null, overCap: false, inEnvol: 1, outside: 1, total: 2 })).toBe(
      'Vous suivez 1 jeune dans Envol et 1 situation hors d’Envol, soit 2.',
    );
  });

  it('names the deadlines and the plan actions in French', () => {
    expect(deadlineLabel('entretien17')).toBe('Entretien pour l’autonomie');
    expect(actionsSentence(0, 'late')).toBeNull();
    expect(actionsSentence(2, 'late')).toBe('2 actions du projet en retard');
    expect(actionsSentence(1, 'soon')).toBe('1 action du projet à faire dans les 30 jours');
  });

  it('says how many « J’ai besoin d’aide » alerts wait, and what was tapped', () => {
    expect(openHelpSentence(0)).toBeNull();
    expect(openHelpSentence(2)).toBe('2 alertes « J’ai besoin d’aide » en attente');
    expect(helpReasonLabel('pas_ou_dormir')).toBe('N’a pas où dormir ce soir');
  });

  it('says a deadline alert, its state in the calendar and the month it is in', () => {
    expect(deadlineAlertSentence({ kind: 'age18', dueOn: '2026-12-09', stage: 'bientot' })).toBe('Bientôt : 18 ans, le 9 décembre 2026');
    expect(deadlineAlertSentence({ kind: 'entretien17', dueOn: '2026-11-26', stage: 'en_retard' })).toMatch(/^En retard\u202f: Entretien/);
    expect(calendarLineState({ dueOn: '2026-12-01', done: false, lapsesOn: null }, '2026-11-29')).toBe('À venir');
    expect(calendarLineState({ dueOn: '2026-11-01', done: true, lapsesOn: null }, '2026-11-29')).toBe('Fait');
    expect(calendarLineState({ dueOn: '2026-12-01', done: false, lapsesOn: '2026-11-15' }, '2026-11-29')).toBe('Sans objet');
    expect(monthLabel('2026-12')).toBe('décembre 2026');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2027-01', -1)).toBe('2026-12');
  });
});
