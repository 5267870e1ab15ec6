import { describe, expect, it } from 'vitest';
import type { Consultation } from '../api/types';
import { groupConsultations } from './committee-rules';

function consultation(id: string, status: Consultation['status'], opensAt: string): Consultation {
  return {
    id,
    committeeId: 'C',
    title: id,
    description: null,
    questions: [],
    opensAt,
    closesAt: '2027-01-01T00:00:00.000Z',
    closedAt: null,
    publishedAt: null,
    minBallots: 5,
    status,
    ballots: 0,
    followUps: [],
  };
}

describe('groupConsultations', () => {
  it('puts open consultations first, then drafts, closed and published ones, the latest first, without empty groups', () => {
    const groups = groupConsultations([
      consultation('publiee', 'publiee', '2026-01-01T00:00:00.000Z'),
      consultation('ouverte-ancienne', 'ouverte', '2026-10-01T00:00:00.000Z'),
      consultation('brouillon', 'a_venir', '2026-12-01T00:00:00.000Z'),
      consultation('ouverte-recente', 'ouverte', '2026-11-01T00:00:00.000Z'),
    ]);
    expect(groups.map((group) => [group.title, group.items.map((item) => item.id)])).toEqual([
      ['Ouvertes', ['ouverte-recente', 'ouverte-ancienne']],
      ['À venir (brouillons)', ['brouillon']],
      ['Publiées', ['publiee']],
    ]);
  });
});
