import type { Answers } from '../../shared/domain/consultation.js';
import { blind, finalize, fromBase64url, importBallotKey, prepareMessage, toBase64url } from '../../web/src/lib/blind-rsa.js';
import type { ApiResponse, Caller, Harness } from './harness.js';

// biome-ignore lint/suspicious/noExplicitAny: tests read JSON bodies field by field and assert them.
type Answer = ApiResponse<any>;

/** A credential as the phone keeps it until the ballot is cast: the prepared message and its unblinded signature. */
export interface Credential {
  message: string;
  signature: string;
}

/** Blinds a fresh prepared message with `spki`, asks `path` to sign it, unblinds: the phone's step 1. */
async function blindSigned(
  api: Harness,
  caller: Caller,
  spki: unknown,
  path: string,
  more: Record<string, unknown> = {},
): Promise<{ response: Answer; credential?: Credential }> {
  if (typeof spki !== 'string') throw new Error(`No public key for ${path} (${caller.sub})`);
  const key = await importBallotKey(spki);
  const prepared = prepareMessage();
  const { blindedMessage, inverse } = await blind(key, prepared);
  const response = await api.call(caller, 'POST', path, { blindedMessage: toBase64url(blindedMessage), ...more });
  if (response.status !== 201) return { response };
  const signature = await finalize(key, prepared, fromBase64url(response.body.blindSignature), inverse);
  return { response, credential: { message: toBase64url(prepared), signature: toBase64url(signature) } };
}

/**
 * Step 1 as the phone does it (web/src/lib/blind-rsa.ts): reads the consultation's key,
 * blinds, asks for the blind signature signed in, unblinds. `response` is the credential
 * request's answer; `credential` is there only when it was 201.
 */
export async function requestCredential(
  api: Harness,
  caller: Caller,
  consultationPath: string,
  options: { feedback?: string; publicKey?: string } = {},
): Promise<{ response: Answer; credential?: Credential }> {
  const spki = options.publicKey ?? (await api.call(caller, 'GET', consultationPath)).body?.ballotKey?.publicKey;
  return blindSigned(api, caller, spki, `${consultationPath}/ballot-credential`, options.feedback ? { feedback: options.feedback } : {});
}

/** Step 1 of a follow-up answer: the follow-up's key as the member sees it, blinded, signed, unblinded. */
export async function requestAnswerCredential(
  api: Harness,
  caller: Caller,
  consultationPath: string,
  questionId: string,
  options: { publicKey?: string } = {},
): Promise<{ response: Answer; credential?: Credential }> {
  const followUps: { questionId: string; answerKey?: { publicKey: string } }[] =
    options.publicKey === undefined ? ((await api.call(caller, 'GET', consultationPath)).body?.followUps ?? []) : [];
  const spki = options.publicKey ?? followUps.find((followUp) => followUp.questionId === questionId)?.answerKey?.publicKey;
  return blindSigned(api, caller, spki, `${consultationPath}/follow-ups/${questionId}/answer-credential`);
}

/** Step 2 of a follow-up answer: yes / no with no identity at all. */
export function castFollowUpAnswer(
  api: Harness,
  consultationPath: string,
  questionId: string,
  departement: string,
  credential: Credential,
  answersMyQuestion: boolean,
) {
  return api.call(null, 'POST', `${consultationPath}/follow-ups/${questionId}/answers`, { departement, credential, answersMyQuestion });
}

/** A member answers a follow-up as the phone does; answers step 2's answer, or step 1's when that was refused. */
export async function answerFollowUp(
  api: Harness,
  caller: Caller,
  consultationPath: string,
  questionId: string,
  answersMyQuestion: boolean,
): Promise<Answer> {
  const { response, credential } = await requestAnswerCredential(api, caller, consultationPath, questionId);
  if (!credential) return response;
  return castFollowUpAnswer(api, consultationPath, questionId, caller.departement, credential, answersMyQuestion);
}

/** Step 2: the ballot, with no identity at all. */
export function castBallot(api: Harness, consultationPath: string, departement: string, credential: Credential, answers: Answers) {
  return api.call(null, 'POST', `${consultationPath}/ballots`, { departement, credential, answers });
}

/**
 * A member votes as the phone does: credential, then ballot. Answers the ballot's answer,
 * or the credential request's when that was refused (nothing was cast).
 */
export async function vote(
  api: Harness,
  caller: Caller,
  consultationPath: string,
  answers: Answers,
  options: { feedback?: string } = {},
): Promise<Answer> {
  const { response, credential } = await requestCredential(api, caller, consultationPath, options);
  if (!credential) return response;
  return castBallot(api, consultationPath, caller.departement, credential, answers);
}
