/**
 * Verifying a phone number or an address by a six-digit code: how long it lives, how many
 * tries it allows, and what one try means. Pure: the code's hash and the clock are given.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { InvalidInput, TooManyRequests } from './errors.js';

export const CODE_LIFETIME_MINUTES = 15;
export const MAX_CODE_ATTEMPTS = 5;
/** A new code may be asked for once a minute (each one is an SMS or an e-mail). */
export const CODE_RESEND_SECONDS = 60;

/**
 * The stored form of a code: a hash salted with the request's id, so that the same code
 * asked for twice never hashes the same and a table dump does not give codes back by
 * lookup (a code lives 15 minutes and allows 5 tries anyway).
 */
export function hashCode(code: string, requestId: string): string {
  return createHash('sha256').update(`${requestId}:${code}`).digest('hex');
}

export interface PendingVerification {
  requestId: string;
  /** Null until the sender has made and sent the code. */
  codeHash: string | null;
  codeExpiresAt: string | null;
  /** Tries made, this one included. */
  attempts: number;
}

/**
 * Checks one try. Throws 429 past the fifth try (even with the right code: a new code is
 * needed), 400 when the code has expired, was never sent, or is wrong.
 */
export function checkCode(pending: PendingVerification | null, code: string, now: Date): void {
  if (!pending) throw new InvalidInput('reminders.noCodePending', [{ path: 'json.code', message: 'Aucun code en attente.' }]);
  if (pending.attempts > MAX_CODE_ATTEMPTS) throw new TooManyRequests('reminders.tooManyAttempts', CODE_RESEND_SECONDS);
  if (!pending.codeHash || !pending.codeExpiresAt) {
    throw new InvalidInput('reminders.noCodePending', [{ path: 'json.code', message: 'Le code n’est pas encore parti.' }]);
  }
  if (now.toISOString() > pending.codeExpiresAt)
    throw new InvalidInput('reminders.codeExpired', [{ path: 'json.code', message: 'Code expiré.' }]);
  const given = Buffer.from(hashCode(code, pending.requestId), 'hex');
  const expected = Buffer.from(pending.codeHash, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    const left = MAX_CODE_ATTEMPTS - pending.attempts;
    throw new InvalidInput('reminders.wrongCode', [
      { path: 'json.code', message: `Code incorrect : encore ${Math.max(left, 0)} essai(s).`, attemptsLeft: Math.max(left, 0) },
    ]);
  }
}

/** When the code made now expires. */
export function codeExpiry(now: Date): string {
  return new Date(now.getTime() + CODE_LIFETIME_MINUTES * 60_000).toISOString();
}
