import { describe, expect, it } from 'vitest';
import { maxLengthWords, requiredTextError, tooLongError } from './text-rules';

describe('text rules', () => {
  it('words a limit for a hint with the thousands spaced as in French', () => {
    expect(maxLengthWords(2000)).toBe('2\u202f000 caractères au maximum');
    expect(maxLengthWords(100)).toBe('100 caractères au maximum');
  });

  it('accepts a text at its limit, spaces around it not counted, and words the limit in French beyond it', () => {
    expect(tooLongError(`  ${'a'.repeat(2000)}  `, 2000)).toBeUndefined();
    expect(tooLongError('a'.repeat(2001), 2000)).toBe('2\u202f000 caractères au maximum.');
    expect(tooLongError('a'.repeat(81), 80)).toBe('80 caractères au maximum.');
  });

  it('asks for a text that is empty or only spaces, then checks its length', () => {
    expect(requiredTextError('   ', 10, 'Écris quelque chose.')).toBe('Écris quelque chose.');
    expect(requiredTextError('bonjour', 10, 'Écris quelque chose.')).toBeUndefined();
    expect(requiredTextError('a'.repeat(11), 10, 'Écris quelque chose.')).toBe('10 caractères au maximum.');
  });
});
