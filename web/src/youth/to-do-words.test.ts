import { describe, expect, it } from 'vitest';
import { toDoLine } from './to-do-words';

const today = '2026-11-29';

describe('toDoLine', () => {
  it('sends the plan to sign to the interview page', () => {
    expect(toDoLine({ kind: 'plan_to_sign' }, today)).toMatchObject({ path: '/entretien', action: 'Lire et signer mon projet' });
  });

  it('gives the entretien’s date in French with how far it is, and where the preparation stands', () => {
    const line = toDoLine({ kind: 'entretien', scheduledOn: '2026-12-20', answered: 3, preparationShared: false }, today);
    expect(line.text).toBe(
      'Ton entretien pour l’autonomie est le 20 décembre 2026 (dans 3 semaines). Tu as commencé à le préparer (3 réponses écrites).',
    );
    expect(toDoLine({ kind: 'entretien', scheduledOn: null, answered: 1, preparationShared: false }, today).text).toContain(
      '1 réponse écrite',
    );
  });

  it('links a vote to its consultation and says until when, in Paris time', () => {
    const line = toDoLine(
      { kind: 'vote', committeeId: 'c1', consultationId: 'k1', title: 'Nos réunions', closesAt: '2026-12-01T18:00:00.000Z' },
      today,
    );
    expect(line.path).toBe('/comites/c1/consultations/k1');
    expect(line.text).toBe('Un vote de ton comité t’attend\u202f: « Nos réunions », jusqu’au 1er décembre 2026 à 19:00.');
  });

  it('invites to the check-in of 19 with its last day, on its own page', () => {
    const line = toDoLine({ kind: 'check_in', age: 19, closesOn: '2027-02-19' }, today);
    expect(line).toEqual({
      text: 'Tu as eu 19 ans\u202f: cinq questions pour savoir comment tu vas, si tu es d’accord. Tu peux répondre jusqu’au 19 février 2027.',
      path: '/questionnaire',
      action: 'Répondre aux cinq questions',
    });
  });

  it('never shows an ISO date or an internal code', () => {
    const items = [
      { kind: 'self_assessment_fill', lastSentOn: '2026-05-01' },
      { kind: 'housing_start', endsOn: '2027-01-29' },
      { kind: 'support_decision', requestId: 'R1', outcome: 'refusee', decidedOn: '2026-11-20' },
      { kind: 'housing_proposal', count: 2 },
      { kind: 'check_in', age: 21, closesOn: '2027-01-31' },
    ] as const;
    for (const item of items) {
      const { text } = toDoLine(item, today);
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}|R1|refusee|_/);
    }
  });
});
