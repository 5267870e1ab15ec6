import { describe, expect, it } from 'vitest';
import { entretienWordsForYouth } from './entretien-words';

describe('entretienWordsForYouth', () => {
  const deadline = { opensOn: '2026-03-12', dueBy: '2027-03-12', target: '2027-03-11' };
  const today = '2026-11-24';

  it('says when the interview took place', () => {
    const words = entretienWordsForYouth({ ...deadline, status: 'realise' }, { scheduledOn: null, heldOn: '2026-11-22' }, today);
    expect(words.date).toBe('Ton entretien a eu lieu le 22 novembre 2026.');
    expect(words.status).toBe('réalisé');
  });

  it('gives the planned date and how far it is', () => {
    const words = entretienWordsForYouth({ ...deadline, status: 'planifie' }, { scheduledOn: '2026-12-08', heldOn: null }, today);
    expect(words.date).toBe('Ton entretien est prévu le 8 décembre 2026 (dans 2 semaines).');
    expect(words.explanation).toBe('La date est fixée. L’entretien doit avoir lieu au plus tard le 11 mars 2027.');
  });

  it('explains that no date is set yet and by when it must happen', () => {
    const words = entretienWordsForYouth({ ...deadline, status: 'a_planifier' }, null, today);
    expect(words.date).toBe('La date de ton entretien n’est pas encore fixée.');
    expect(words.status).toBe('à planifier');
    expect(words.explanation).toMatch(/au plus tard le 11 mars 2027\.$/);
  });

  it('gives the window when it has not opened yet', () => {
    const words = entretienWordsForYouth({ ...deadline, status: 'a_planifier' }, null, '2026-01-05');
    expect(words.explanation).toMatch(/entre le 12 mars 2026 et le 11 mars 2027\.$/);
  });

  it('says plainly when the interview is late', () => {
    const words = entretienWordsForYouth({ ...deadline, status: 'en_retard' }, { scheduledOn: '2027-03-01', heldOn: null }, '2027-03-20');
    expect(words.date).toBe('Ton entretien était prévu le 1er mars 2027.');
    expect(words.status).toBe('en retard');
    expect(words.explanation).toMatch(/^L’entretien aurait dû avoir lieu au plus tard le 11 mars 2027/);
  });

  it('says when the interview is no longer owed because care ended first', () => {
    const words = entretienWordsForYouth({ ...deadline, status: 'sans_objet' }, null, '2027-04-01');
    expect(words.status).toBe('sans objet');
    expect(words.explanation).toContain('terminée avant');
  });
});
