import { describe, expect, it } from 'vitest';
import { isCandidateQuery } from './candidate-search.js';

describe('isCandidateQuery', () => {
  it('takes three letters or more, accents and apostrophes included', () => {
    expect(isCandidateQuery('Mar')).toBe(true);
    expect(isCandidateQuery('Léa')).toBe(true);
    expect(isCandidateQuery("N'Di")).toBe(true);
    expect(isCandidateQuery('Le Gall')).toBe(true);
  });

  it('refuses two letters, separators without letters, digits and wildcards', () => {
    expect(isCandidateQuery('Ma')).toBe(false);
    expect(isCandidateQuery("M'a")).toBe(false);
    expect(isCandidateQuery('- -')).toBe(false);
    expect(isCandidateQuery('Ma1')).toBe(false);
    expect(isCandidateQuery('Ma*')).toBe(false);
    expect(isCandidateQuery('a'.repeat(41))).toBe(false);
  });
});
