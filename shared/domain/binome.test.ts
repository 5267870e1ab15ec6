import { describe, expect, it } from 'vitest';
import { changesBinome, newBinomeIds } from './binome.js';

const current = { referentId: 'ref-a', coordinateurId: 'coord-a' };

describe('changesBinome', () => {
  it('is true when either member is replaced', () => {
    expect(changesBinome(current, { referentId: 'ref-b' })).toBe(true);
    expect(changesBinome(current, { coordinateurId: 'coord-b' })).toBe(true);
  });

  it('is false when the binôme is left out or sent unchanged', () => {
    expect(changesBinome(current, {})).toBe(false);
    expect(changesBinome(current, { referentId: 'ref-a', coordinateurId: 'coord-a' })).toBe(false);
  });
});

describe('newBinomeIds', () => {
  const current = { referentId: 'ref-a', coordinateurId: 'coord-a' };

  it('keeps only the members that change', () => {
    expect(newBinomeIds(current, { referentId: 'ref-b', coordinateurId: 'coord-a' })).toEqual({ referentId: 'ref-b' });
    expect(newBinomeIds(current, { coordinateurId: 'coord-b' })).toEqual({ coordinateurId: 'coord-b' });
  });

  it('is empty when the binôme is sent unchanged', () => {
    expect(newBinomeIds(current, { ...current })).toEqual({});
  });
});
