import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { blindSign, generateBallotKeyPair, importPrivateKey, importPublicKey, verifyCredential } from '../../../shared/crypto/blind-rsa.js';
import { ApiError, NetworkError } from '../api/client';
import type { Consultation, FollowUp } from '../api/types';
import { fromBase64url, toBase64url } from '../lib/blind-rsa';
import { forgetAllPendingBallots } from './forget-pending-ballots';
import { castDelayMs, loadPendingBallot, loadPendingFollowUpAnswer, savePendingBallot, savePendingFollowUpAnswer } from './pending-ballot';
import { prepareBallot, type SendBallotDeps, sendBallot } from './send-ballot';
import { prepareFollowUpAnswer, type SendAnswerDeps, sendFollowUpAnswer } from './send-follow-up-answer';

/** The phone's vote in two steps against a fake API that signs for real: resumes where it stopped, counted once. */
let pair: Awaited<ReturnType<typeof generateBallotKeyPair>>;
let publicKey: string;
const store = new Map<string, string>();

beforeAll(async () => {
  pair = await generateBallotKeyPair();
  publicKey = pair.publicKeySpki.toString('base64url');
});
beforeEach(() => {
  store.clear();
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => store.get(key) ?? null,
    setItem: (key: string, value: string) => store.set(key, value),
    removeItem: (key: string) => store.delete(key),
    key: (index: number) => [...store.keys()][index] ?? null,
    get length() {
      return store.size;
    },
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const consultation = () =>
  ({ id: 'k1', committeeId: 'c1', ballotKey: { suite: 'RSABSSA-SHA384-PSS-Randomized', publicKey } }) as unknown as Consultation;

function fakeApi(overrides: Partial<SendBallotDeps> = {}) {
  const casts: unknown[] = [];
  const deps: SendBallotDeps = {
    async requestBallotCredential(_committee, _consultation, body) {
      const signature = blindSign(
        importPrivateKey(pair.privateKeyPkcs8),
        importPublicKey(pair.publicKeySpki),
        fromBase64url(body.blindedMessage),
      );
      return { suite: 'RSABSSA-SHA384-PSS-Randomized', blindSignature: toBase64url(signature) };
    },
    async castBallot(_committee, _consultation, body) {
      casts.push(body);
      return { accepted: true };
    },
    wait: async () => {},
    delayMs: () => 0,
    ...overrides,
  };
  return { deps, casts };
}

describe('sending a vote from the phone', () => {
  it('casts a credential the server verifies, with no member in the ballot, and forgets the vote once counted', async () => {
    const pending = await prepareBallot(consultation(), '62', { q: 'oui' }, 'Un avis');
    savePendingBallot('jeune-1', pending);
    const { deps, casts } = fakeApi();
    expect(await sendBallot('jeune-1', pending, publicKey, () => {}, deps)).toBe('recorded');
    const cast = casts[0] as { departement: string; credential: { message: string; signature: string }; answers: unknown };
    expect(Object.keys(cast).sort()).toEqual(['answers', 'credential', 'departement']);
    expect(JSON.stringify(cast)).not.toContain('jeune-1');
    expect(JSON.stringify(cast)).not.toContain('Un avis');
    expect(
      verifyCredential(
        importPublicKey(pair.publicKeySpki),
        fromBase64url(cast.credential.message),
        fromBase64url(cast.credential.signature),
      ),
    ).toBe(true);
    expect(loadPendingBallot('jeune-1', 'k1')).toBeNull();
  });

  it('keeps the credential on the phone when the ballot cannot leave, and resumes with it: one credential asked, one ballot', async () => {
    const pending = await prepareBallot(consultation(), '62', { q: 'non' }, undefined);
    savePendingBallot('jeune-1', pending);
    const requestBallotCredential = vi.fn(fakeApi().deps.requestBallotCredential);
    const offline = fakeApi({ requestBallotCredential, castBallot: async () => Promise.reject(new NetworkError()) });
    await expect(sendBallot('jeune-1', pending, publicKey, () => {}, offline.deps)).rejects.toBeInstanceOf(NetworkError);
    const kept = loadPendingBallot('jeune-1', 'k1');
    expect(kept?.credential).toBeDefined();

    const online = fakeApi({ requestBallotCredential });
    expect(await sendBallot('jeune-1', kept as NonNullable<typeof kept>, undefined, () => {}, online.deps)).toBe('recorded');
    expect(requestBallotCredential).toHaveBeenCalledTimes(1);
    expect(online.casts).toHaveLength(1);
  });

  it('waits between the two steps, for 1 to 5 seconds', async () => {
    const pending = await prepareBallot(consultation(), '62', { q: 'oui' }, undefined);
    const waited: number[] = [];
    const { deps } = fakeApi({ wait: async (ms) => void waited.push(ms), delayMs: () => castDelayMs(() => 0.5) });
    await sendBallot('jeune-1', pending, publicKey, () => {}, deps);
    expect(waited).toEqual([3000]);
    expect(castDelayMs(() => 0)).toBe(1000);
    expect(castDelayMs(() => 0.9999)).toBeLessThanOrEqual(5000);
  });

  it('tells a closed consultation and a vote given before apart, and forgets the vote in both cases', async () => {
    for (const [code, outcome] of [
      ['CONSULTATION_CLOSED', 'closed'],
      ['ALREADY_VOTED', 'alreadyVoted'],
    ] as const) {
      const pending = await prepareBallot(consultation(), '62', { q: 'oui' }, undefined);
      savePendingBallot('jeune-1', pending);
      const { deps } = fakeApi({ requestBallotCredential: async () => Promise.reject(new ApiError(409, code, 'non')) });
      expect(await sendBallot('jeune-1', pending, publicKey, () => {}, deps)).toBe(outcome);
      expect(loadPendingBallot('jeune-1', 'k1')).toBeNull();
    }
  });

  it('forgets every vote kept on the phone at sign-out', async () => {
    savePendingBallot('jeune-1', await prepareBallot(consultation(), '62', { q: 'oui' }, undefined));
    store.set('envol.other', 'kept');
    forgetAllPendingBallots();
    expect([...store.keys()]).toEqual(['envol.other']);
  });
});

describe('sending a follow-up answer from the phone, as a vote', () => {
  const followUp = () => ({ questionId: 'q', answerKey: { suite: 'RSABSSA-SHA384-PSS-Randomized', publicKey } }) as unknown as FollowUp;
  function answerApi(overrides: Partial<SendAnswerDeps> = {}) {
    const casts: unknown[] = [];
    const signer = fakeApi().deps.requestBallotCredential;
    const deps: SendAnswerDeps = {
      requestAnswerCredential: (committee, consultationId, _question, body) => signer(committee, consultationId, body),
      async castFollowUpAnswer(_committee, _consultation, _question, body) {
        casts.push(body);
        return { accepted: true };
      },
      wait: async () => {},
      delayMs: () => 0,
      ...overrides,
    };
    return { deps, casts };
  }

  it('casts yes / no with a verified credential and no member, then forgets the answer', async () => {
    const pending = await prepareFollowUpAnswer(consultation(), followUp(), '62', true);
    savePendingFollowUpAnswer('jeune-1', pending);
    const { deps, casts } = answerApi();
    expect(await sendFollowUpAnswer('jeune-1', pending, publicKey, deps)).toBe('recorded');
    const cast = casts[0] as { credential: { message: string; signature: string }; answersMyQuestion: boolean };
    expect(cast.answersMyQuestion).toBe(true);
    expect(JSON.stringify(cast)).not.toContain('jeune-1');
    expect(
      verifyCredential(
        importPublicKey(pair.publicKeySpki),
        fromBase64url(cast.credential.message),
        fromBase64url(cast.credential.signature),
      ),
    ).toBe(true);
    expect(loadPendingFollowUpAnswer('jeune-1', 'k1', 'q')).toBeNull();
  });

  it('reads its own codes: answered before, closed, and a credential already spent by its first copy', async () => {
    for (const [step, code, outcome] of [
      ['sign', 'ALREADY_ANSWERED', 'alreadyAnswered'],
      ['sign', 'FOLLOW_UP_ANSWERS_CLOSED', 'closed'],
      ['cast', 'ANSWER_ALREADY_CAST', 'recorded'],
      ['cast', 'FOLLOW_UP_ANSWERS_CLOSED', 'closed'],
    ] as const) {
      const pending = await prepareFollowUpAnswer(consultation(), followUp(), '62', false);
      savePendingFollowUpAnswer('jeune-1', pending);
      const refuse = async () => Promise.reject(new ApiError(409, code, 'non'));
      const { deps } = answerApi(step === 'sign' ? { requestAnswerCredential: refuse } : { castFollowUpAnswer: refuse });
      expect(await sendFollowUpAnswer('jeune-1', pending, publicKey, deps)).toBe(outcome);
      expect(loadPendingFollowUpAnswer('jeune-1', 'k1', 'q')).toBeNull();
    }
  });
});
