import { describe, expect, it } from 'vitest';
import { RIGHT_WORDS, RIGHTS, rightsToldOf } from './rights.js';

describe('rightsToldOf', () => {
  it('gives each right the latest time it was told, with the answer then, and null when never told', () => {
    const result = rightsToldOf([
      { rightsTold: [{ right: 'contrat_engagement_jeune', toldOn: '2026-01-10', answer: 'reflechit' }] },
      { rightsTold: null },
      {},
      {
        rightsTold: [
          { right: 'contrat_engagement_jeune', toldOn: '2026-03-02', answer: 'oui' },
          { right: 'logement_social', toldOn: '2026-03-02', answer: null },
        ],
      },
    ]);
    expect(result.contrat_engagement_jeune).toEqual({ right: 'contrat_engagement_jeune', toldOn: '2026-03-02', answer: 'oui' });
    expect(result.logement_social?.toldOn).toBe('2026-03-02');
    expect(result.accompagnement_18_21).toBeNull();
    expect(Object.keys(result)).toEqual([...RIGHTS]);
  });

  it('keeps a later telling even when it comes first in the list', () => {
    const result = rightsToldOf([
      { rightsTold: [{ right: 'accompagnement_18_21', toldOn: '2026-05-01', answer: 'oui' }] },
      { rightsTold: [{ right: 'accompagnement_18_21', toldOn: '2026-02-01', answer: 'non' }] },
    ]);
    expect(result.accompagnement_18_21?.answer).toBe('oui');
  });

  it('has words for staff and for the young person for every right', () => {
    for (const right of RIGHTS) {
      expect(RIGHT_WORDS[right].staff.length).toBeGreaterThan(10);
      expect(RIGHT_WORDS[right].explanation).toMatch(/\btu\b|\bt’|\bton\b|\bta\b/);
    }
  });
});
