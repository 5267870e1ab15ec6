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
  if (typeof spki !== 'string') throw new Error(`No ballot key on ${consultationPath} for ${caller.sub}`);
  const key = await importBallotKey(spki);
  const prepared = prepareMessage();
  const { blindedMessage, inverse } = await blind(key, prepared);
  const response = await api.call(caller, 'POST', `${consultationPath}/ballot-credential`, {
    blindedMessage: toBase64url(blindedMessage),
    ...(options.feedback ? { feedback: options.feedback } : {}),
  });
  if (response.status !== 201) return { response };
  const signature = await finalize(key, prepared, fromBase64url(response.body.blindSignature), inverse);
  return { response, credential: { message: toBase64url(prepared), signature: toBase64url(signature) } };
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
