import { ApiError } from '../api/client';
import { castFollowUpAnswer, requestAnswerCredential } from '../api/committees';
import type { Consultation, FollowUp } from '../api/types';
import { blindedRequest, unblindedCredential } from '../lib/blind-rsa';
import { castDelayMs, forgetPendingFollowUpAnswer, type PendingFollowUpAnswer, savePendingFollowUpAnswer } from './pending-ballot';

/** What sending a follow-up answer came to; any other failure is thrown, and the answer stays on the phone to be sent again. */
export type AnswerOutcome = 'recorded' | 'alreadyAnswered' | 'closed';

export interface SendAnswerDeps {
  requestAnswerCredential: typeof requestAnswerCredential;
  castFollowUpAnswer: typeof castFollowUpAnswer;
  wait: (ms: number) => Promise<void>;
  delayMs: () => number;
}

const browserDeps: SendAnswerDeps = {
  requestAnswerCredential,
  castFollowUpAnswer,
  wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  delayMs: () => castDelayMs(),
};

/** A new answer to a follow-up, blinded with its key, to be kept on the phone before anything is sent. */
export async function prepareFollowUpAnswer(
  consultation: Consultation,
  followUp: FollowUp,
  departement: string,
  answersMyQuestion: boolean,
): Promise<PendingFollowUpAnswer> {
  if (!followUp.answerKey) throw new ApiError(409, 'FOLLOW_UP_ANSWERS_CLOSED', 'Les avis sur cette suite sont clos.');
  return {
    committeeId: consultation.committeeId,
    consultationId: consultation.id,
    questionId: followUp.questionId,
    departement,
    answersMyQuestion,
    ...(await blindedRequest(followUp.answerKey.publicKey)),
  };
}

function codeOf(error: unknown): string | null {
  return error instanceof ApiError ? error.code : null;
}

/**
 * Sends an answer kept on the phone, as a vote is sent (send-ballot.ts): the answer
 * credential signed in, then, after a short random wait, yes / no with no identity.
 */
export async function sendFollowUpAnswer(
  sub: string,
  pending: PendingFollowUpAnswer,
  publicKey: string | undefined,
  deps: SendAnswerDeps = browserDeps,
): Promise<AnswerOutcome> {
  const done = (outcome: AnswerOutcome) => {
    forgetPendingFollowUpAnswer(sub, pending.consultationId, pending.questionId);
    return outcome;
  };
  let credential = pending.credential;
  if (!credential) {
    if (!publicKey) return done('closed');
    let blindSignature: string;
    try {
      ({ blindSignature } = await deps.requestAnswerCredential(pending.committeeId, pending.consultationId, pending.questionId, {
        blindedMessage: pending.blindedMessage,
      }));
    } catch (error) {
      if (codeOf(error) === 'ALREADY_ANSWERED') return done('alreadyAnswered');
      if (codeOf(error) === 'FOLLOW_UP_ANSWERS_CLOSED') return done('closed');
      throw error;
    }
    credential = await unblindedCredential(publicKey, pending, blindSignature);
    savePendingFollowUpAnswer(sub, { ...pending, credential });
  }
  await deps.wait(deps.delayMs());
  try {
    await deps.castFollowUpAnswer(pending.committeeId, pending.consultationId, pending.questionId, {
      departement: pending.departement,
      credential,
      answersMyQuestion: pending.answersMyQuestion,
    });
  } catch (error) {
    if (codeOf(error) === 'FOLLOW_UP_ANSWERS_CLOSED') return done('closed');
    // The credential was spent already by this answer's first copy: it is counted.
    if (codeOf(error) === 'ANSWER_ALREADY_CAST') return done('recorded');
    throw error;
  }
  return done('recorded');
}
