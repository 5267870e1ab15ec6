import { describe, expect, it } from 'vitest';
import { closingTime, countOf, followUpAnswersText, participationText, percentOf, percentText } from './labels';

describe('countOf', () => {
  it('keeps the singular for 0 and 1, as French does', () => {
    expect(countOf(0, 'vote')).toBe('0 vote');
    expect(countOf(1, 'vote')).toBe('1 vote');
    expect(countOf(12, 'vote')).toBe('12 votes');
  });
});

describe('percentOf', () => {
  it('rounds to a whole percentage and gives 0 when nobody voted', () => {
    expect(percentOf(2, 3)).toBe(67);
    expect(percentOf(0, 0)).toBe(0);
  });

  it('writes the sign after a non-breaking space', () => {
    expect(percentText(58)).toBe('58 %');
  });
});

describe('participationText', () => {
  it('gives the count and the rate against the members', () => {
    expect(participationText(12, 20)).toBe('12 participations sur 20 membres (60 %)');
    expect(participationText(1, 3)).toBe('1 participation sur 3 membres (33 %)');
  });

  it('counts nobody as « 0 participation », and leaves the rate out without members', () => {
    expect(participationText(0, 4)).toBe('0 participation sur 4 membres (0 %)');
    expect(participationText(5, 0)).toBe('5 participations');
  });
});

describe('followUpAnswersText', () => {
  const answersCloseAt = '2026-12-01T17:00:00.000Z';

  it('gives the members’ yes and no counts once they are shown', () => {
    expect(followUpAnswersText({ answersQuestion: { yes: 3, no: 2 }, answersCount: 5, answersOpen: false, answersCloseAt })).toBe(
      '3 membres disent que cela répond à sa question, 2 membres que non.',
    );
  });

  it('says how many answered and until when, never how, while answers are open', () => {
    const text = followUpAnswersText({ answersQuestion: null, answersCount: 7, answersOpen: true, answersCloseAt }, 5);
    expect(text).toMatch(/^7 réponses\. Les membres peuvent répondre jusqu’au .*1er décembre 2026.* au moins 5 réponses\.$/);
    expect(followUpAnswersText({ answersQuestion: null, answersCount: 0, answersOpen: true, answersCloseAt })).toMatch(/^Aucune réponse/);
  });

  it('says how many answered but not how, below the threshold once closed', () => {
    expect(followUpAnswersText({ answersQuestion: null, answersCount: 2, answersOpen: false, answersCloseAt }, 5)).toBe(
      '2 réponses : moins de 5, le détail reste masqué pour protéger l’anonymat.',
    );
    expect(followUpAnswersText({ answersQuestion: null, answersCount: 0, answersOpen: false, answersCloseAt })).toMatch(/^Aucun membre/);
  });
});

describe('closingTime', () => {
  const closesAt = '2026-12-01T17:00:00.000Z';

  it('is the early close when the vote was closed before its planned end', () => {
    expect(closingTime({ closesAt, closedAt: '2026-11-30T09:00:00.000Z' })).toBe('2026-11-30T09:00:00.000Z');
  });

  it('stays the planned end when there was no early close, or a close after it', () => {
    expect(closingTime({ closesAt, closedAt: null })).toBe(closesAt);
    expect(closingTime({ closesAt, closedAt: '2026-12-02T09:00:00.000Z' })).toBe(closesAt);
  });
});
