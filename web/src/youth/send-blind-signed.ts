import { ApiError } from '../api/client';
import { type BlindedRequest, unblindedCredential } from '../lib/blind-rsa';

/** What sending came to; any other failure is thrown, and what was chosen stays on the phone to be sent again. */
export type BlindSignedOutcome = 'recorded' | 'alreadyDone' | 'closed';

type Credential = { message: string; signature: string };

/** A choice on its way: its blinding, and once signed the unblinded credential. */
export type PendingBlindSigned = BlindedRequest & { credential?: Credential };

/** How one kind of anonymous choice (a vote, a follow-up answer) is asked for, cast and kept. */
export interface BlindSignedSteps<P extends PendingBlindSigned> {
  /** Step 1, signed in: the blinded request for a signature. */
  requestSignature(pending: P): Promise<{ blindSignature: string }>;
  /** Step 2, with no identity: the credential and the choice. */
  cast(pending: P, credential: Credential): Promise<unknown>;
  save(pending: P): void;
  forget(): void;
  /** The API's error codes: already signed for this person, closed, credential already spent. */
  codes: { alreadyDone: string; closed: string; alreadySpent: string };
  wait: (ms: number) => Promise<void>;
  delayMs: () => number;
}

const codeOf = (error: unknown): string | null => (error instanceof ApiError ? error.code : null);

/**
 * Sends a choice kept on the phone from wherever it stopped: the credential (the same
 * blinded request again gets the same signature), then, after a short random wait so
 * that the cast's timing does not mirror the signed-in request, the choice with no
 * identity. A credential already spent was spent by this choice's first copy: counted.
 */
export async function sendBlindSigned<P extends PendingBlindSigned>(
  pending: P,
  publicKey: string | undefined,
  steps: BlindSignedSteps<P>,
  onCasting: () => void = () => {},
): Promise<BlindSignedOutcome> {
  const done = (outcome: BlindSignedOutcome) => {
    steps.forget();
    return outcome;
  };
  let credential = pending.credential;
  if (!credential) {
    if (!publicKey) return done('closed');
    let blindSignature: string;
    try {
      ({ blindSignature } = await steps.requestSignature(pending));
    } catch (error) {
      if (codeOf(error) === steps.codes.alreadyDone) return done('alreadyDone');
      if (codeOf(error) === steps.codes.closed) return done('closed');
      throw error;
    }
    credential = await unblindedCredential(publicKey, pending, blindSignature);
    steps.save({ ...pending, credential });
  }
  onCasting();
  await steps.wait(steps.delayMs());
  try {
    await steps.cast(pending, credential);
  } catch (error) {
    if (codeOf(error) === steps.codes.closed) return done('closed');
    if (codeOf(error) === steps.codes.alreadySpent) return done('recorded');
    throw error;
  }
  return done('recorded');
}
