import { describe, expect, it } from 'vitest';
import type { ConsultationQuestion } from '../api/types';
import { closedVoteMessage, resultRows } from './results';

const question: ConsultationQuestion = {
  id: 'q1',
  label: 'Comment venir ?',
  kind: 'single',
  options: [
    { id: 'velo', label: 'Vélo' },
    { id: 'bus', label: 'Bus' },
    { id: 'voiture', label: 'Covoiturage' },
  ],
};

describe('resultRows', () => {
  it('gives each option its label, count and share of the ballots, in the question’s order', () => {
    const rows = resultRows(question, {
      ballots: 5,
      withheld: false,
      questions: [
        {
          id: 'q1',
          options: [
            { id: 'bus', count: 3 },
            { id: 'velo', count: 1 },
          ],
        },
      ],
    });
    expect(rows).toEqual([
      { id: 'velo', label: 'Vélo', count: 1, percent: 20 },
      { id: 'bus', label: 'Bus', count: 3, percent: 60 },
      { id: 'voiture', label: 'Covoiturage', count: 0, percent: 0 },
    ]);
  });

  it('counts zero everywhere when the results hold no counts', () => {
    expect(resultRows(question, { ballots: 0, withheld: true, reason: 'seuil_non_atteint' }).map((row) => row.count)).toEqual([0, 0, 0]);
  });
});

describe('closedVoteMessage', () => {
  it('promises results only when enough ballots were cast to show them', () => {
    expect(closedVoteMessage({ ballots: 5, minBallots: 5 })).toMatch(/publieront bientôt/);
    expect(closedVoteMessage({ ballots: 3, minBallots: 5 })).toMatch(/trop peu de votes.*sans révéler/);
    // A threshold stored below the floor of 5 still withholds.
    expect(closedVoteMessage({ ballots: 3, minBallots: 3 })).toMatch(/trop peu de votes/);
  });
});
