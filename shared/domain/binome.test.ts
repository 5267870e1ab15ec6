import { describe, expect, it } from 'vitest';
import { changesBinome } from './binome.js';

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
