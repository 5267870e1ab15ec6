import { describe, expect, it } from 'vitest';
import type { GridTemplate } from './autonomy-grid.js';
import { compareEvaluations, type EvaluationFacts, latestPair, progressSeries, scoreByDomain } from './grid-comparison.js';

const v1: GridTemplate = {
  version: 1,
  items: [
    { id: 'budget-a', domain: 'ressources', label: 'Je sais ce que je dépense.' },
    { id: 'budget-b', domain: 'ressources', label: 'Je sais payer une facture.' },
    { id: 'bail', domain: 'logement', label: 'Je sais ce qu’est un bail.' },
    { id: 'rdv', domain: 'sante', label: 'Je sais prendre un rendez-vous.' },
  ],
};
const v2: GridTemplate = {
  version: 2,
  items: [
    { id: 'budget-a', domain: 'ressources', label: 'Je sais ce que je dépense chaque mois.' },
    { id: 'bail', domain: 'logement', label: 'Je sais ce qu’est un bail.' },
    { id: 'rdv', domain: 'sante', label: 'Je sais prendre un rendez-vous.' },
    { id: 'vitale', domain: 'sante', label: 'Je sais à quoi sert la carte Vitale.' },
  ],
};

const evaluation = (overrides: Partial<EvaluationFacts>): EvaluationFacts => ({
  id: 'e',
  kind: 'self',
  assessedOn: '2026-01-10',
  template: v1,
  levels: {},
  ...overrides,
});

describe('scoreByDomain', () => {
  it('averages levels 1–4 per need, to one decimal, leaving "pas encore" and blanks out', () => {
    const scores = scoreByDomain(v1, { 'budget-a': 1, 'budget-b': 2, bail: 'pas_encore' });
    const byDomain = Object.fromEntries(scores.map((entry) => [entry.domain, entry]));
    expect(byDomain.ressources).toEqual({ domain: 'ressources', score: 1.5, scored: 2, notYet: 0, items: 2 });
    expect(byDomain.logement).toEqual({ domain: 'logement', score: null, scored: 0, notYet: 1, items: 1 });
    expect(byDomain.sante?.score).toBeNull();
    expect(byDomain.entourage).toEqual({ domain: 'entourage', score: null, scored: 0, notYet: 0, items: 0 });
  });

  it('rounds to one decimal', () => {
    const template: GridTemplate = {
      version: 1,
      items: ['a', 'b', 'c'].map((id) => ({ id, domain: 'sante', label: id })),
    };
    const sante = scoreByDomain(template, { a: 1, b: 2, c: 2 }).find((entry) => entry.domain === 'sante');
    expect(sante?.score).toBe(1.7);
  });
});

describe('compareEvaluations', () => {
  it('puts both levels per item and highlights the items two levels apart or more', () => {
    const comparison = compareEvaluations(
      evaluation({ kind: 'self', levels: { 'budget-a': 4, 'budget-b': 2, bail: 'pas_encore', rdv: 3 } }),
      evaluation({ kind: 'binome', levels: { 'budget-a': 2, 'budget-b': 1, bail: 1, rdv: 1 } }),
    );
    const byItem = Object.fromEntries(comparison.items.map((item) => [item.itemId, item]));
    expect(byItem['budget-a']).toMatchObject({ self: 4, binome: 2, gap: 2, highlighted: true });
    expect(byItem['budget-b']).toMatchObject({ self: 2, binome: 1, gap: 1, highlighted: false });
    // "Pas encore" is not a score: no gap, never highlighted.
    expect(byItem.bail).toMatchObject({ self: 'pas_encore', binome: 1, gap: null, highlighted: false });
    expect(byItem.rdv).toMatchObject({ gap: 2, highlighted: true });
    expect(comparison.domains.find((entry) => entry.domain === 'ressources')).toEqual({ domain: 'ressources', self: 3, binome: 1.5 });
  });

  it('lines up two versions by item id, with the newer wording and the items of both', () => {
    const comparison = compareEvaluations(
      evaluation({ kind: 'self', template: v2, levels: { 'budget-a': 3, vitale: 2 } }),
      evaluation({ kind: 'binome', template: v1, levels: { 'budget-a': 3, 'budget-b': 2 } }),
    );
    const ids = comparison.items.map((item) => item.itemId);
    expect(ids).toEqual(['budget-a', 'budget-b', 'bail', 'rdv', 'vitale']);
    expect(comparison.items[0]?.label).toBe('Je sais ce que je dépense chaque mois.');
    expect(comparison.items.find((item) => item.itemId === 'budget-b')).toMatchObject({ self: null, binome: 2, gap: null });
    expect(comparison.items.find((item) => item.itemId === 'vitale')).toMatchObject({ self: 2, binome: null });
  });

  it('shows one side alone when the other evaluation does not exist yet', () => {
    const comparison = compareEvaluations(null, evaluation({ kind: 'binome', levels: { rdv: 2 } }));
    expect(comparison.items).toHaveLength(4);
    expect(comparison.items.find((item) => item.itemId === 'rdv')).toMatchObject({ self: null, binome: 2, highlighted: false });
    expect(compareEvaluations(null, null).items).toEqual([]);
  });
});

describe('latestPair', () => {
  it('takes the newest of each kind by day, then by time of saving', () => {
    const pair = latestPair([
      { id: 's1', kind: 'self' as const, assessedOn: '2026-01-01', at: '2026-01-01T10:00:00Z' },
      { id: 's2', kind: 'self' as const, assessedOn: '2026-03-01', at: '2026-03-01T10:00:00Z' },
      { id: 'b1', kind: 'binome' as const, assessedOn: '2026-02-01', at: '2026-02-01T09:00:00Z' },
      { id: 'b2', kind: 'binome' as const, assessedOn: '2026-02-01', at: '2026-02-01T11:00:00Z' },
    ]);
    expect(pair.self?.id).toBe('s2');
    expect(pair.binome?.id).toBe('b2');
    expect(latestPair([]).self).toBeNull();
  });
});

describe('progressSeries', () => {
  it('gives each evaluation’s score per need, oldest first, with the version it was made with', () => {
    const series = progressSeries([
      evaluation({ id: 'later', assessedOn: '2026-06-01', template: v2, levels: { 'budget-a': 2 } }),
      evaluation({ id: 'first', assessedOn: '2026-01-01', levels: { 'budget-a': 4, 'budget-b': 4 } }),
    ]);
    expect(series.map((point) => point.evaluationId)).toEqual(['first', 'later']);
    expect(series[0]?.scores.ressources).toBe(4);
    expect(series[1]?.scores.ressources).toBe(2);
    expect(series[1]?.templateVersion).toBe(2);
    expect(series[1]?.scores.logement).toBeNull();
  });
});
