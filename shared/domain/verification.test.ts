import { describe, expect, it } from 'vitest';
import { InvalidInput, TooManyRequests } from './errors.js';
import { checkCode, codeExpiry, hashCode } from './verification.js';

const now = new Date('2027-03-10T10:00:00Z');
const pending = (attempts: number, expiresAt = codeExpiry(now)) => ({
  requestId: 'req-1',
  codeHash: hashCode('123456', 'req-1'),
  codeExpiresAt: expiresAt,
  attempts,
});

describe('checkCode', () => {
  it('accepts the right code within 15 minutes', () => {
    expect(() => checkCode(pending(1), '123456', new Date('2027-03-10T10:14:59Z'))).not.toThrow();
  });

  it('refuses a wrong code, saying how many tries are left', () => {
    expect(() => checkCode(pending(2), '654321', now)).toThrow(InvalidInput);
    try {
      checkCode(pending(2), '654321', now);
    } catch (error) {
      expect((error as InvalidInput).code).toBe('reminders.wrongCode');
      expect((error as InvalidInput).details[0]).toMatchObject({ attemptsLeft: 3 });
    }
  });

  it('refuses an expired code', () => {
    expect(() => checkCode(pending(1), '123456', new Date('2027-03-10T10:15:01Z'))).toThrow(/codeExpired/);
  });

  it('answers 429 from the sixth try, the right code included', () => {
    expect(() => checkCode(pending(5), '123456', now)).not.toThrow();
    expect(() => checkCode(pending(6), '123456', now)).toThrow(TooManyRequests);
  });

  it('refuses a try when no code was asked for, or before it was sent', () => {
    expect(() => checkCode(null, '123456', now)).toThrow(/noCodePending/);
    expect(() => checkCode({ requestId: 'r', codeHash: null, codeExpiresAt: null, attempts: 1 }, '123456', now)).toThrow(/noCodePending/);
  });

  it('salts the hash with the request, so one code hashes differently each time', () => {
    expect(hashCode('123456', 'a')).not.toBe(hashCode('123456', 'b'));
    expect(hashCode('123456', 'a')).not.toContain('123456');
  });
});
