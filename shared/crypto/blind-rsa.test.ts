import { RSABSSA } from '@cloudflare/blindrsa-ts';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  BlindSignInputError,
  blindedMessageDigest,
  blindSign,
  credentialId,
  generateBallotKeyPair,
  importPrivateKey,
  importPublicKey,
  MODULUS_BYTES,
  verifyCredential,
} from './blind-rsa.js';

/** The server's half of RFC 9474, driven by the reference library as the phone. */
const suite = RSABSSA.SHA384.PSS.Randomized();
type Pair = Awaited<ReturnType<typeof generateBallotKeyPair>>;
let consultation: Pair;
let otherConsultation: Pair;

beforeAll(async () => {
  [consultation, otherConsultation] = await Promise.all([generateBallotKeyPair(), generateBallotKeyPair()]);
});

async function credentialFrom(pair: Pair) {
  const publicKey = await crypto.subtle.importKey('spki', new Uint8Array(pair.publicKeySpki), { name: 'RSA-PSS', hash: 'SHA-384' }, true, [
    'verify',
  ]);
  const prepared = suite.prepare(crypto.getRandomValues(new Uint8Array(32)));
  const { blindedMsg, inv } = await suite.blind(publicKey, prepared);
  const blindSignature = blindSign(importPrivateKey(pair.privateKeyPkcs8), importPublicKey(pair.publicKeySpki), blindedMsg);
  return {
    prepared,
    blindedMsg,
    blindSignature,
    inv,
    publicKey,
    signature: await suite.finalize(publicKey, prepared, blindSignature, inv),
  };
}

describe('ballot credentials (server side)', () => {
  it('issues a credential the reference library finalizes and the server verifies', async () => {
    const { prepared, signature } = await credentialFrom(consultation);
    expect(verifyCredential(importPublicKey(consultation.publicKeySpki), prepared, signature)).toBe(true);
  });

  it('refuses a credential signed with another consultation’s key', async () => {
    const { prepared, signature } = await credentialFrom(otherConsultation);
    expect(verifyCredential(importPublicKey(consultation.publicKeySpki), prepared, signature)).toBe(false);
  });

  it('refuses a forged signature, a changed message and a credential unblinded wrongly', async () => {
    const { prepared, signature, blindSignature } = await credentialFrom(consultation);
    const key = importPublicKey(consultation.publicKeySpki);
    const forged = signature.slice();
    forged[10] = (forged[10] ?? 0) ^ 1;
    expect(verifyCredential(key, prepared, forged)).toBe(false);
    const changed = prepared.slice();
    changed[63] = (changed[63] ?? 0) ^ 1;
    expect(verifyCredential(key, changed, signature)).toBe(false);
    // The blind signature itself, never unblinded, is no signature of the message.
    expect(verifyCredential(key, prepared, blindSignature)).toBe(false);
    expect(verifyCredential(key, prepared, new Uint8Array(MODULUS_BYTES))).toBe(false);
    expect(verifyCredential(key, prepared.subarray(1), signature)).toBe(false);
  });

  it('refuses to sign a blinded message of the wrong size or not below the modulus', () => {
    const privateKey = importPrivateKey(consultation.privateKeyPkcs8);
    const publicKey = importPublicKey(consultation.publicKeySpki);
    expect(() => blindSign(privateKey, publicKey, new Uint8Array(MODULUS_BYTES - 1))).toThrow(BlindSignInputError);
    expect(() => blindSign(privateKey, publicKey, new Uint8Array(MODULUS_BYTES).fill(0xff))).toThrow(BlindSignInputError);
  });

  it('signs the same blinded message the same way (a retried request gets the same credential), and tells two apart', async () => {
    const { blindedMsg, blindSignature } = await credentialFrom(consultation);
    const again = blindSign(importPrivateKey(consultation.privateKeyPkcs8), importPublicKey(consultation.publicKeySpki), blindedMsg);
    expect(Buffer.from(again).equals(Buffer.from(blindSignature))).toBe(true);
    const other = await credentialFrom(consultation);
    expect(blindedMessageDigest(other.blindedMsg)).not.toBe(blindedMessageDigest(blindedMsg));
  });

  it('names a spent credential by a hash of its message only, unrelated to what was signed', async () => {
    const { prepared, blindedMsg } = await credentialFrom(consultation);
    expect(credentialId(prepared)).toMatch(/^[\w-]{43}$/);
    expect(credentialId(prepared)).toBe(credentialId(Uint8Array.from(prepared)));
    expect(credentialId(prepared)).not.toBe(blindedMessageDigest(blindedMsg));
  });
});
