import { RSABSSA } from '@cloudflare/blindrsa-ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { blindSign, generateBallotKeyPair, importPrivateKey, importPublicKey, verifyCredential } from '../../../shared/crypto/blind-rsa.js';
import { type BallotPublicKey, blind, finalize, fromBase64url, importBallotKey, prepareMessage, toBase64url } from './blind-rsa';

/**
 * The phone's half of RFC 9474 against two other implementations: the server's
 * (OpenSSL through Node) and @cloudflare/blindrsa-ts (the reference library, used here
 * only: it is too slow to sign in a request, and it does not belong in the bundle).
 */
const suite = RSABSSA.SHA384.PSS.Randomized();
let pair: Awaited<ReturnType<typeof generateBallotKeyPair>>;
let phoneKey: BallotPublicKey;

beforeAll(async () => {
  pair = await generateBallotKeyPair();
  phoneKey = await importBallotKey(pair.publicKeySpki.toString('base64url'));
});

function serverSign(blindedMessage: Uint8Array): Uint8Array {
  return blindSign(importPrivateKey(pair.privateKeyPkcs8), importPublicKey(pair.publicKeySpki), blindedMessage);
}

describe('blind RSA on the phone (RFC 9474, RSABSSA-SHA384-PSS-Randomized)', () => {
  it('reads a 2048-bit key with e = 65537', () => {
    expect(phoneKey.bits).toBe(2048);
    expect(phoneKey.e).toBe(65537n);
  });

  it('blinds, has the server sign, unblinds: a signature the server verifies', async () => {
    const prepared = prepareMessage();
    expect(prepared).toHaveLength(64);
    const { blindedMessage, inverse } = await blind(phoneKey, prepared);
    const signature = await finalize(phoneKey, prepared, serverSign(blindedMessage), inverse);
    expect(verifyCredential(importPublicKey(pair.publicKeySpki), prepared, signature)).toBe(true);
  });

  it('never shows the server what it signs: the blinded message differs from every encoding of the message, each time', async () => {
    const prepared = prepareMessage();
    const first = await blind(phoneKey, prepared);
    const second = await blind(phoneKey, prepared);
    expect(toBase64url(first.blindedMessage)).not.toBe(toBase64url(second.blindedMessage));
    expect(Buffer.from(first.blindedMessage).includes(Buffer.from(prepared))).toBe(false);
  });

  it('is blinded as the reference library expects: it finalizes the phone’s blinded message signed by the reference', async () => {
    const referencePrivate = await crypto.subtle.importKey(
      'pkcs8',
      new Uint8Array(pair.privateKeyPkcs8),
      { name: 'RSA-PSS', hash: 'SHA-384' },
      true,
      ['sign'],
    );
    const prepared = prepareMessage();
    const { blindedMessage, inverse } = await blind(phoneKey, prepared);
    const blindSignature = await suite.blindSign(referencePrivate, blindedMessage);
    const signature = await finalize(phoneKey, prepared, blindSignature, inverse);
    expect(await suite.verify(phoneKey.key, signature, prepared)).toBe(true);
  }, 20_000);

  it('unblinds what the reference library blinded and the server signed', async () => {
    const referencePublic = await crypto.subtle.importKey(
      'spki',
      new Uint8Array(pair.publicKeySpki),
      { name: 'RSA-PSS', hash: 'SHA-384' },
      true,
      ['verify'],
    );
    const prepared = suite.prepare(crypto.getRandomValues(new Uint8Array(32)));
    const { blindedMsg, inv } = await suite.blind(referencePublic, prepared);
    const signature = await suite.finalize(referencePublic, prepared, serverSign(blindedMsg), inv);
    expect(verifyCredential(importPublicKey(pair.publicKeySpki), prepared, signature)).toBe(true);
  });

  it('refuses to finalize a signature made with another key, or unblinded with the wrong inverse', async () => {
    const other = await generateBallotKeyPair();
    const prepared = prepareMessage();
    const { blindedMessage, inverse } = await blind(phoneKey, prepared);
    const wrongKey = blindSign(
      importPrivateKey(other.privateKeyPkcs8),
      importPublicKey(other.publicKeySpki),
      blindedMessage.map(() => 1),
    );
    await expect(finalize(phoneKey, prepared, wrongKey, inverse)).rejects.toThrow('invalid signature');
    const { inverse: otherInverse } = await blind(phoneKey, prepared);
    await expect(finalize(phoneKey, prepared, serverSign(blindedMessage), otherInverse)).rejects.toThrow('invalid signature');
  });

  it('round-trips base64url', () => {
    const bytes = Uint8Array.from([0, 250, 251, 252, 253, 254, 255, 62, 63]);
    expect(fromBase64url(toBase64url(bytes))).toEqual(bytes);
    expect(toBase64url(bytes)).not.toMatch(/[+/=]/);
  });
});
