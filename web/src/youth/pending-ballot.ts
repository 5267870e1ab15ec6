import type { BallotAnswers } from '../api/types';

/**
 * A vote on its way, kept on the phone until its ballot is counted, so that a cast cut
 * off (network, closed tab, phone off) resumes: the answers, the blinding the phone chose
 * and, once the server has signed, the unblinded credential. Kept in localStorage under
 * the account and the consultation, removed once counted, and all removed at sign-out
 * (a phone shared in a foster home must not keep someone's vote).
 */
export interface PendingBallot {
  committeeId: string;
  consultationId: string;
  departement: string;
  answers: BallotAnswers;
  feedback?: string;
  /** Step 1, base64url: the prepared message, its blinded form and the inverse that unblinds it. */
  prepared: string;
  blindedMessage: string;
  inverse: string;
  /** Step 2: the credential, once signed and unblinded. */
  credential?: { message: string; signature: string };
}

const PREFIX = 'envol.ballot.';

const keyOf = (sub: string, consultationId: string) => `${PREFIX}${sub}.${consultationId}`;

export function loadPendingBallot(sub: string, consultationId: string): PendingBallot | null {
  try {
    const raw = localStorage.getItem(keyOf(sub, consultationId));
    return raw ? (JSON.parse(raw) as PendingBallot) : null;
  } catch {
    return null;
  }
}

/** False when the phone refused to keep it (private browsing, full): the vote then lasts as long as the page. */
export function savePendingBallot(sub: string, pending: PendingBallot): boolean {
  try {
    localStorage.setItem(keyOf(sub, pending.consultationId), JSON.stringify(pending));
    return true;
  } catch {
    return false;
  }
}

export function forgetPendingBallot(sub: string, consultationId: string): void {
  try {
    localStorage.removeItem(keyOf(sub, consultationId));
  } catch {
    // Nothing was kept.
  }
}

/** At sign-out: every vote kept on this phone, whoever's. */
export function forgetAllPendingBallots(): void {
  try {
    const keys = Array.from({ length: localStorage.length }, (_, index) => localStorage.key(index));
    for (const key of keys) if (key?.startsWith(PREFIX)) localStorage.removeItem(key);
  } catch {
    // Nothing was kept.
  }
}

/** How long the ballot waits before it leaves, so that its timing does not mirror the credential's: 1 to 5 seconds. */
export function castDelayMs(random: () => number = Math.random): number {
  return 1000 + Math.floor(random() * 4000);
}
