import { ApiError } from '../api/client';
import { castFollowUpAnswer, requestAnswerCredential } from '../api/committees';
import type { Consultation, FollowUp } from '../api/types';
import { blindedRequest } from '../lib/blind-rsa';
import { castDelayMs, forgetPendingFollowUpAnswer, type PendingFollowUpAnswer, savePendingFollowUpAnswer } from './pending-ballot';
import { sendBlindSigned } from './send-blind-signed';

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

/** Sends an answer kept on the phone, as a vote is sent (send-blind-signed.ts). */
export async function sendFollowUpAnswer(
  sub: string,
  pending: PendingFollowUpAnswer,
  publicKey: string | undefined,
  deps: SendAnswerDeps = browserDeps,
): Promise<AnswerOutcome> {
  const outcome = await sendBlindSigned(pending, publicKey, {
    requestSignature: (answer) =>
      deps.requestAnswerCredential(answer.committeeId, answer.consultationId, answer.questionId, { blindedMessage: answer.blindedMessage }),
    cast: (answer, credential) =>
      deps.castFollowUpAnswer(answer.committeeId, answer.consultationId, answer.questionId, {
        departement: answer.departement,
        credential,
        answersMyQuestion: answer.answersMyQuestion,
      }),
    save: (answer) => savePendingFollowUpAnswer(sub, answer),
    forget: () => forgetPendingFollowUpAnswer(sub, pending.consultationId, pending.questionId),
    codes: { alreadyDone: 'ALREADY_ANSWERED', closed: 'FOLLOW_UP_ANSWERS_CLOSED', alreadySpent: 'ANSWER_ALREADY_CAST' },
    wait: deps.wait,
    delayMs: deps.delayMs,
  });
  return outcome === 'alreadyDone' ? 'alreadyAnswered' : outcome;
}
