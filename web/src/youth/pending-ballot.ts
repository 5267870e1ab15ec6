import type { BallotAnswers } from '../api/types';
import { PENDING_BALLOT_PREFIX } from './forget-pending-ballots';

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

/**
 * A follow-up answer on its way, kept like a vote (and removed with them at sign-out):
 * yes / no, the blinding, and once signed the unblinded answer credential.
 */
export interface PendingFollowUpAnswer {
  committeeId: string;
  consultationId: string;
  questionId: string;
  departement: string;
  answersMyQuestion: boolean;
  prepared: string;
  blindedMessage: string;
  inverse: string;
  credential?: { message: string; signature: string };
}

const keyOf = (sub: string, consultationId: string) => `${PENDING_BALLOT_PREFIX}${sub}.${consultationId}`;

/** A follow-up's answer sits beside its consultation's vote, under the same prefix. */
const followUpSlot = (consultationId: string, questionId: string) => `${consultationId}.suite.${questionId}`;

function load<T>(key: string): T | null {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

function save(key: string, value: unknown): boolean {
  try {
    localStorage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

function forget(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing was kept.
  }
}

export function loadPendingBallot(sub: string, consultationId: string): PendingBallot | null {
  return load<PendingBallot>(keyOf(sub, consultationId));
}

/** False when the phone refused to keep it (private browsing, full): the vote then lasts as long as the page. */
export function savePendingBallot(sub: string, pending: PendingBallot): boolean {
  return save(keyOf(sub, pending.consultationId), pending);
}

export function forgetPendingBallot(sub: string, consultationId: string): void {
  forget(keyOf(sub, consultationId));
}

export function loadPendingFollowUpAnswer(sub: string, consultationId: string, questionId: string): PendingFollowUpAnswer | null {
  return load<PendingFollowUpAnswer>(keyOf(sub, followUpSlot(consultationId, questionId)));
}

export function savePendingFollowUpAnswer(sub: string, pending: PendingFollowUpAnswer): boolean {
  return save(keyOf(sub, followUpSlot(pending.consultationId, pending.questionId)), pending);
}

export function forgetPendingFollowUpAnswer(sub: string, consultationId: string, questionId: string): void {
  forget(keyOf(sub, followUpSlot(consultationId, questionId)));
}

/** How long the ballot waits before it leaves, so that its timing does not mirror the credential's: 1 to 5 seconds. */
export function castDelayMs(random: () => number = Math.random): number {
  return 1000 + Math.floor(random() * 4000);
}
