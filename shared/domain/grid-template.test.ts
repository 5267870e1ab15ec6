import { describe, expect, it } from 'vitest';
import { DEFAULT_GRID_TEMPLATE, type GridItem } from './autonomy-grid.js';
import { draftFrom, findDraftProblems, publishDraft } from './grid-template.js';

describe('draftFrom', () => {
  it('starts from the version in force, as a copy that editing cannot change', () => {
    const draft = draftFrom(DEFAULT_GRID_TEMPLATE);
    expect(draft.baseVersion).toBe(1);
    (draft.items[0] as GridItem).label = 'Changé';
    expect(DEFAULT_GRID_TEMPLATE.items[0]?.label).not.toBe('Changé');
  });
});

describe('findDraftProblems', () => {
  it('accepts rewording, adding and retiring items', () => {
    const items = DEFAULT_GRID_TEMPLATE.items
      .slice(1)
      .map((item) => (item.id === 'log-bail' ? { ...item, label: 'Je sais lire un bail.' } : item));
    items.push({ id: 'ent-sport', domain: 'entourage', label: 'Je sais m’inscrire dans un club.' });
    expect(findDraftProblems(DEFAULT_GRID_TEMPLATE, items)).toEqual([]);
  });

  it('refuses an id used twice, an item moved to another need, and a need left empty', () => {
    const items = DEFAULT_GRID_TEMPLATE.items
      .filter((item) => item.domain !== 'sante')
      .map((item) => (item.id === 'log-bail' ? { ...item, domain: 'ressources' as const } : item));
    items.push({ id: 'res-compte', domain: 'ressources', label: 'Doublon' });
    const problems = findDraftProblems(DEFAULT_GRID_TEMPLATE, items);
    expect(problems.map((problem) => problem.path)).toEqual([
      expect.stringMatching(/^items\.\d+\.domain$/),
      expect.stringMatching(/^items\.\d+\.id$/),
      'items',
    ]);
    expect(problems[2]?.message).toContain('Santé');
  });
});

describe('publishDraft', () => {
  it('makes the next version and leaves the published one as it was', () => {
    const draft = draftFrom(DEFAULT_GRID_TEMPLATE);
    draft.items = draft.items.slice(1);
    const outcome = publishDraft(DEFAULT_GRID_TEMPLATE, draft);
    expect(outcome.ok && outcome.template.version).toBe(2);
    expect(outcome.ok && outcome.template.items.length).toBe(DEFAULT_GRID_TEMPLATE.items.length - 1);
    expect(DEFAULT_GRID_TEMPLATE.items).toHaveLength(36);
  });

  it('refuses a draft started from an older version than the one in force', () => {
    const draft = draftFrom(DEFAULT_GRID_TEMPLATE);
    expect(publishDraft({ version: 3, items: [] }, draft)).toEqual({ ok: false, reason: 'stale_draft', currentVersion: 3 });
  });
});
