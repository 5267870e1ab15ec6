import { ApiError } from '../api/client';
import { castBallot, requestBallotCredential } from '../api/committees';
import type { BallotAnswers, Consultation } from '../api/types';
import { blindedRequest, unblindedCredential } from '../lib/blind-rsa';
import { castDelayMs, forgetPendingBallot, type PendingBallot, savePendingBallot } from './pending-ballot';

/** What sending a vote came to; any other failure is thrown, and the vote stays on the phone to be sent again. */
export type SendOutcome = 'recorded' | 'alreadyVoted' | 'closed';

export interface SendBallotDeps {
  requestBallotCredential: typeof requestBallotCredential;
  castBallot: typeof castBallot;
  wait: (ms: number) => Promise<void>;
  delayMs: () => number;
}

const browserDeps: SendBallotDeps = {
  requestBallotCredential,
  castBallot,
  wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  delayMs: () => castDelayMs(),
};

/** A new vote for `consultation`, blinded with its key, kept on the phone before anything is sent. */
export async function prepareBallot(
  consultation: Consultation,
  departement: string,
  answers: BallotAnswers,
  feedback: string | undefined,
): Promise<PendingBallot> {
  if (!consultation.ballotKey) throw new ApiError(409, 'CONSULTATION_CLOSED', 'Cette consultation n’est pas ouverte au vote.');
  return {
    committeeId: consultation.committeeId,
    consultationId: consultation.id,
    departement,
    answers,
    ...(feedback ? { feedback } : {}),
    ...(await blindedRequest(consultation.ballotKey.publicKey)),
  };
}

function codeOf(error: unknown): string | null {
  return error instanceof ApiError ? error.code : null;
}

/**
 * Sends a vote kept on the phone, from wherever it stopped: the credential (signed in; the
 * same blinded request again gets the same signature), then, after a short random wait,
 * the ballot with no identity. `onCasting` is told when the ballot is about to leave.
 */
export async function sendBallot(
  sub: string,
  pending: PendingBallot,
  publicKey: string | undefined,
  onCasting: () => void = () => {},
  deps: SendBallotDeps = browserDeps,
): Promise<SendOutcome> {
  const done = (outcome: SendOutcome) => {
    forgetPendingBallot(sub, pending.consultationId);
    return outcome;
  };
  let credential = pending.credential;
  if (!credential) {
    if (!publicKey) return done('closed');
    let blindSignature: string;
    try {
      ({ blindSignature } = await deps.requestBallotCredential(pending.committeeId, pending.consultationId, {
        blindedMessage: pending.blindedMessage,
        ...(pending.feedback ? { feedback: pending.feedback } : {}),
      }));
    } catch (error) {
      if (codeOf(error) === 'ALREADY_VOTED') return done('alreadyVoted');
      if (codeOf(error) === 'CONSULTATION_CLOSED') return done('closed');
      throw error;
    }
    credential = await unblindedCredential(publicKey, pending, blindSignature);
    savePendingBallot(sub, { ...pending, credential });
  }
  onCasting();
  await deps.wait(deps.delayMs());
  try {
    await deps.castBallot(pending.committeeId, pending.consultationId, {
      departement: pending.departement,
      credential,
      answers: pending.answers,
    });
  } catch (error) {
    if (codeOf(error) === 'CONSULTATION_CLOSED') return done('closed');
    // The credential was spent already with these very answers' first copy: it is counted.
    if (codeOf(error) === 'BALLOT_ALREADY_CAST') return done('recorded');
    throw error;
  }
  return done('recorded');
}
