import { describe, expect, it } from 'vitest';
import { chartPoints, decodeLevel, differenceSentence, encodeLevel, progressStatements, scoreText } from './grid-words';

describe('levels as text', () => {
  it('round-trips every answer, and "no answer" as an empty string', () => {
    for (const level of [1, 2, 3, 4, 'pas_encore'] as const) expect(decodeLevel(encodeLevel(level))).toBe(level);
    expect(encodeLevel(null)).toBe('');
    expect(decodeLevel('')).toBeNull();
    expect(decodeLevel('5')).toBeNull();
    expect(decodeLevel('0')).toBeNull();
  });
});

describe('progressStatements', () => {
  it('says that a lower score is not lost skills, and that a score never decides support after 18', () => {
    for (const voice of ['jeune', 'staff'] as const) {
      const [lower, after18] = progressStatements(voice);
      expect(lower).toMatch(/plus bas/);
      expect(after18).toMatch(/ne décide jamais .*après 18 ans/);
    }
    expect(progressStatements('jeune')[0]).toContain('tu');
  });
});

describe('differenceSentence', () => {
  it('names both views, and invites a conversation only when they are two levels apart or more', () => {
    expect(differenceSentence(4, 1, 3, 'jeune')).toBe(
      'Toi : je peux l’expliquer à quelqu’un ; ton binôme : je ne sais pas faire. Vous ne voyez pas cela de la même façon : c’est un bon sujet pour en parler ensemble.',
    );
    expect(differenceSentence(3, 2, 1, 'jeune')).not.toContain('parler');
    expect(differenceSentence('pas_encore', null, null, 'staff')).toBe('Le jeune : pas encore eu l’occasion ; le binôme : pas de réponse.');
  });
});

describe('scoreText', () => {
  it('reads a score the French way, and a dash when there is none', () => {
    expect(scoreText(2.5)).toBe('2,5 sur 4');
    expect(scoreText(null)).toBe('—');
  });
});

describe('chartPoints', () => {
  it('puts 4 at the top and 1 at the bottom, evaluations left to right, and skips missing scores', () => {
    const points = chartPoints([4, null, 1], 120, 80, 10);
    expect(points).toEqual([
      { x: 10, y: 10, score: 4 },
      { x: 110, y: 70, score: 1 },
    ]);
    expect(chartPoints([2.5], 120, 80, 10)).toEqual([{ x: 60, y: 40, score: 2.5 }]);
  });
});
