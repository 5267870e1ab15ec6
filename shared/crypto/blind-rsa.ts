import {
  constants,
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPair,
  type KeyObject,
  privateDecrypt,
  publicEncrypt,
  verify,
} from 'node:crypto';
import { promisify } from 'node:util';

/**
 * The server's half of RFC 9474 (RSA blind signatures), variant
 * RSABSSA-SHA384-PSS-Randomized with a 2048-bit modulus: the phone prepares and blinds a
 * message, the server signs it without seeing it, the phone unblinds the signature. What
 * comes out is an ordinary RSASSA-PSS signature (SHA-384, MGF1-SHA-384, 48-byte salt) that
 * the server later checks without being able to tell which blinded request it came from.
 *
 * The private-key operation (RSASP1) is OpenSSL's, through Node (`privateDecrypt` without
 * padding): constant-time, with CRT and OpenSSL's own blinding, about a millisecond. The
 * reference implementation, @cloudflare/blindrsa-ts, does it with sjcl's big numbers:
 * about 400 ms per signature here, blocking the event loop, and not constant-time; it is
 * used by the tests as an independent implementation to cross-check this one and the
 * phone's (web/src/lib/blind-rsa.ts).
 */
export const CREDENTIAL_SUITE = 'RSABSSA-SHA384-PSS-Randomized' as const;
export const MODULUS_BITS = 2048;
/** Length of the modulus, a blinded message, a blind signature and a signature. */
export const MODULUS_BYTES = MODULUS_BITS / 8;
export const SALT_BYTES = 48;
/** A prepared message: the 32 random bytes of RFC 9474's Randomized preparation, then the phone's own 32 random bytes. */
export const PREPARED_MESSAGE_BYTES = 64;

const generate = promisify(generateKeyPair);

export interface BallotKeyPair {
  /** SubjectPublicKeyInfo (DER): what the phone imports with WebCrypto. */
  publicKeySpki: Buffer;
  /** PKCS #8 (DER): never leaves the server side unsealed (shared/crypto/key-sealer.ts). */
  privateKeyPkcs8: Buffer;
}

/** A fresh key pair for one consultation (e = 65537). */
export async function generateBallotKeyPair(): Promise<BallotKeyPair> {
  const { publicKey, privateKey } = await generate('rsa', {
    modulusLength: MODULUS_BITS,
    publicExponent: 0x10001,
    publicKeyEncoding: { type: 'spki', format: 'der' },
    privateKeyEncoding: { type: 'pkcs8', format: 'der' },
  });
  return { publicKeySpki: publicKey, privateKeyPkcs8: privateKey };
}

export function importPublicKey(spki: Uint8Array): KeyObject {
  return createPublicKey({ key: Buffer.from(spki), format: 'der', type: 'spki' });
}

export function importPrivateKey(pkcs8: Uint8Array): KeyObject {
  return createPrivateKey({ key: Buffer.from(pkcs8), format: 'der', type: 'pkcs8' });
}

/** The blinded message could not be signed: wrong length, or not below the modulus. */
export class BlindSignInputError extends Error {}

/**
 * RFC 9474 §4.3 BlindSign: s = RSASP1(sk, m), checked by m = RSAVP1(pk, s) before it is
 * returned (a faulty signature would leak the key).
 */
export function blindSign(privateKey: KeyObject, publicKey: KeyObject, blindedMessage: Uint8Array): Uint8Array {
  if (blindedMessage.length !== MODULUS_BYTES) throw new BlindSignInputError('unexpected input size');
  let signature: Buffer;
  try {
    signature = privateDecrypt({ key: privateKey, padding: constants.RSA_NO_PADDING }, blindedMessage);
  } catch (error) {
    // OpenSSL refuses a value that is not below the modulus.
    throw new BlindSignInputError('invalid input', { cause: error });
  }
  const check = publicEncrypt({ key: publicKey, padding: constants.RSA_NO_PADDING }, signature);
  if (!check.equals(Buffer.from(blindedMessage))) throw new Error('signing failure');
  return new Uint8Array(signature);
}

/** RSASSA-PSS-VERIFY of a finalized credential: true only for a signature of this key on this prepared message. */
export function verifyCredential(publicKey: KeyObject, preparedMessage: Uint8Array, signature: Uint8Array): boolean {
  if (preparedMessage.length !== PREPARED_MESSAGE_BYTES || signature.length !== MODULUS_BYTES) return false;
  try {
    return verify(
      'sha384',
      preparedMessage,
      { key: publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: SALT_BYTES },
      signature,
    );
  } catch {
    return false;
  }
}

/**
 * The credential's spent-marker id: SHA-256 of the prepared message. The server first sees
 * the message when the ballot is cast (it signed only its blinded form), so the id says
 * nothing about who asked for the credential.
 */
export function credentialId(preparedMessage: Uint8Array): string {
  return createHash('sha256').update(preparedMessage).digest('base64url');
}

/** What the participation marker keeps of a blinded message, so that a retried request gets the same signature and no second one. */
export function blindedMessageDigest(blindedMessage: Uint8Array): string {
  return createHash('sha256').update(blindedMessage).digest('base64url');
}
