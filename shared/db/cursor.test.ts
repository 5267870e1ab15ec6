import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor.js';

describe('cursor', () => {
  it('round-trips a key of the same partition', () => {
    const key = { pk: 'D#62#Y#1', sk: 'JOURNAL#2' };
    const cursor = encodeCursor(key);
    expect(cursor).not.toContain('D#62');
    expect(decodeCursor(cursor ?? undefined, { pk: 'D#62#Y#1' })).toEqual(key);
  });

  it('is null when there is no next page', () => {
    expect(encodeCursor(undefined)).toBeNull();
  });

  it('refuses a cursor forged for another partition', () => {
    const forged = encodeCursor({ pk: 'D#59#Y#1', sk: 'JOURNAL#2' }) ?? '';
    expect(() => decodeCursor(forged, { pk: 'D#62#Y#1' })).toThrow(/curseur/);
  });

  it('refuses garbage and non-string values', () => {
    expect(() => decodeCursor('%%%not-base64', { pk: 'x' })).toThrow(/curseur/);
    const numeric = Buffer.from(JSON.stringify({ pk: 1 })).toString('base64url');
    expect(() => decodeCursor(numeric, { pk: 'x' })).toThrow(/curseur/);
  });
});
