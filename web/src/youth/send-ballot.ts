import { ApiError } from '../api/client';
import { castBallot, requestBallotCredential } from '../api/committees';
import type { BallotAnswers, Consultation } from '../api/types';
import { blindedRequest } from '../lib/blind-rsa';
import { castDelayMs, forgetPendingBallot, type PendingBallot, savePendingBallot } from './pending-ballot';
import { sendBlindSigned } from './send-blind-signed';

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

/**
 * Sends a vote kept on the phone, from wherever it stopped (send-blind-signed.ts): the
 * credential signed in, then the ballot with no identity. `onCasting` is told when the
 * ballot is about to leave.
 */
export async function sendBallot(
  sub: string,
  pending: PendingBallot,
  publicKey: string | undefined,
  onCasting: () => void = () => {},
  deps: SendBallotDeps = browserDeps,
): Promise<SendOutcome> {
  const outcome = await sendBlindSigned(
    pending,
    publicKey,
    {
      requestSignature: (ballot) =>
        deps.requestBallotCredential(ballot.committeeId, ballot.consultationId, {
          blindedMessage: ballot.blindedMessage,
          ...(ballot.feedback ? { feedback: ballot.feedback } : {}),
        }),
      cast: (ballot, credential) =>
        deps.castBallot(ballot.committeeId, ballot.consultationId, {
          departement: ballot.departement,
          credential,
          answers: ballot.answers,
        }),
      save: (ballot) => savePendingBallot(sub, ballot),
      forget: () => forgetPendingBallot(sub, pending.consultationId),
      codes: { alreadyDone: 'ALREADY_VOTED', closed: 'CONSULTATION_CLOSED', alreadySpent: 'BALLOT_ALREADY_CAST' },
      wait: deps.wait,
      delayMs: deps.delayMs,
    },
    onCasting,
  );
  return outcome === 'alreadyDone' ? 'alreadyVoted' : outcome;
}
