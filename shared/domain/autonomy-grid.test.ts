import { describe, expect, it } from 'vitest';
import { DEFAULT_GRID_TEMPLATE, findUnknownItems, isOldEnoughForGrid, isScored, itemsByDomain, LEVEL_LABELS } from './autonomy-grid.js';
import { GRID_DOMAINS } from './grid-domains.js';

describe('default grid', () => {
  it('has at least six items for each of the six needs of R.222-6', () => {
    const groups = itemsByDomain(DEFAULT_GRID_TEMPLATE);
    expect(groups.map((group) => group.domain)).toEqual([...GRID_DOMAINS]);
    for (const group of groups) expect(group.items.length).toBeGreaterThanOrEqual(6);
  });

  it('gives every item a unique id short enough to become a plan action id', () => {
    const ids = DEFAULT_GRID_TEMPLATE.items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]{1,30}$/);
  });

  it('speaks to the young person in the first person', () => {
    for (const item of DEFAULT_GRID_TEMPLATE.items) expect(item.label).toMatch(/^Je (sais|peux)/);
  });
});

describe('levels', () => {
  it('scores 1 to 4 and treats "pas encore eu l’occasion" as an answer that is not a score', () => {
    expect([1, 2, 3, 4].every((level) => isScored(level as 1))).toBe(true);
    expect(isScored('pas_encore')).toBe(false);
    expect(isScored(null)).toBe(false);
    expect(LEVEL_LABELS.pas_encore).toBe('Pas encore eu l’occasion');
    expect(LEVEL_LABELS[3]).toBe('Je sais faire seul·e');
  });
});

describe('findUnknownItems', () => {
  it('names the item ids the template does not have', () => {
    expect(findUnknownItems(DEFAULT_GRID_TEMPLATE, { 'res-depenses': 2, inconnu: 3 })).toEqual(['inconnu']);
    expect(findUnknownItems(DEFAULT_GRID_TEMPLATE, { 'sante-rdv': 'pas_encore' })).toEqual([]);
  });
});

describe('isOldEnoughForGrid', () => {
  it('opens on the 16th birthday', () => {
    expect(isOldEnoughForGrid('2010-05-14', '2026-05-13')).toBe(false);
    expect(isOldEnoughForGrid('2010-05-14', '2026-05-14')).toBe(true);
    expect(isOldEnoughForGrid('2008-02-29', '2024-02-28')).toBe(false);
    expect(isOldEnoughForGrid('2008-02-29', '2024-02-29')).toBe(true);
  });
});
