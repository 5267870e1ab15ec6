/**
 * The phone's half of RFC 9474 (RSA blind signatures), RSABSSA-SHA384-PSS-Randomized:
 * Prepare, Blind and Finalize, with WebCrypto (hashes, randomness, the final RSA-PSS
 * verification) and the language's BigInt for the modular arithmetic: no crypto library
 * in the bundle. The server's half is shared/crypto/blind-rsa.ts; the unit tests check
 * both against @cloudflare/blindrsa-ts.
 */
const HASH = 'SHA-384';
const HASH_BYTES = 48;
const SALT_BYTES = 48;
const PREFIX_BYTES = 32;
const MESSAGE_BYTES = 32;

export const BALLOT_SUITE = 'RSABSSA-SHA384-PSS-Randomized';

export interface BallotPublicKey {
  key: CryptoKey;
  n: bigint;
  e: bigint;
  /** Bit length of the modulus. */
  bits: number;
  /** Byte length of the modulus: of a blinded message, a blind signature, a signature. */
  bytes: number;
}

export function toBase64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

function toBigInt(bytes: Uint8Array): bigint {
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  return value;
}

function toBytes(value: bigint, length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let rest = value;
  for (let index = length - 1; index >= 0; index -= 1) {
    bytes[index] = Number(rest & 0xffn);
    rest >>= 8n;
  }
  if (rest !== 0n) throw new Error('integer too large');
  return bytes;
}

function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  let square = base % modulus;
  for (let rest = exponent; rest > 0n; rest >>= 1n) {
    if (rest & 1n) result = (result * square) % modulus;
    square = (square * square) % modulus;
  }
  return result;
}

/** The inverse of `value` modulo `modulus`, or null when they share a factor. */
function modInverse(value: bigint, modulus: bigint): bigint | null {
  let [oldR, r] = [value % modulus, modulus];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const quotient = oldR / r;
    [oldR, r] = [r, oldR - quotient * r];
    [oldS, s] = [s, oldS - quotient * s];
  }
  if (oldR !== 1n) return null;
  return ((oldS % modulus) + modulus) % modulus;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

async function digest(data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest(HASH, data as BufferSource));
}

/** MGF1 with SHA-384 (RFC 8017 B.2.1). */
async function mgf1(seed: Uint8Array, length: number): Promise<Uint8Array> {
  const blocks: Uint8Array[] = [];
  for (let counter = 0; blocks.length * HASH_BYTES < length; counter += 1) {
    blocks.push(await digest(concat(seed, toBytes(BigInt(counter), 4))));
  }
  return concat(...blocks).subarray(0, length);
}

/** EMSA-PSS-ENCODE (RFC 8017 9.1.1) with SHA-384, MGF1-SHA-384 and a 48-byte salt. */
async function emsaPssEncode(message: Uint8Array, emBits: number): Promise<Uint8Array> {
  const emLength = Math.ceil(emBits / 8);
  if (emLength < HASH_BYTES + SALT_BYTES + 2) throw new Error('encoding error');
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const hash = await digest(concat(new Uint8Array(8), await digest(message), salt));
  const db = concat(new Uint8Array(emLength - SALT_BYTES - HASH_BYTES - 2), Uint8Array.of(1), salt);
  const mask = await mgf1(hash, db.length);
  const maskedDb = db.map((byte, index) => byte ^ (mask[index] ?? 0));
  maskedDb[0] = (maskedDb[0] ?? 0) & (0xff >> (8 * emLength - emBits));
  return concat(maskedDb, hash, Uint8Array.of(0xbc));
}

/** A uniformly random integer in [1, n). */
function randomBelow(n: bigint, bytes: number, bits: number): bigint {
  const excessBits = 8 * bytes - bits;
  for (;;) {
    const candidate = crypto.getRandomValues(new Uint8Array(bytes));
    candidate[0] = (candidate[0] ?? 0) & (0xff >> excessBits);
    const value = toBigInt(candidate);
    if (value > 0n && value < n) return value;
  }
}

/** The consultation's public key (SubjectPublicKeyInfo, base64url), for RSA-PSS with SHA-384. */
export async function importBallotKey(spki: string): Promise<BallotPublicKey> {
  const key = await crypto.subtle.importKey('spki', fromBase64url(spki) as BufferSource, { name: 'RSA-PSS', hash: HASH }, true, ['verify']);
  const jwk = await crypto.subtle.exportKey('jwk', key);
  if (!jwk.n || !jwk.e) throw new Error('key has invalid parameters');
  const n = toBigInt(fromBase64url(jwk.n));
  const bits = n.toString(2).length;
  return { key, n, e: toBigInt(fromBase64url(jwk.e)), bits, bytes: Math.ceil(bits / 8) };
}

/** Prepare (Randomized): 32 random bytes before the phone's own 32 random bytes. Nobody else ever sees it before the ballot is cast. */
export function prepareMessage(): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(PREFIX_BYTES + MESSAGE_BYTES));
}

/** Blind: what the server signs without seeing `prepared`, and the inverse kept on the phone to unblind. */
export async function blind(
  publicKey: BallotPublicKey,
  prepared: Uint8Array,
): Promise<{ blindedMessage: Uint8Array; inverse: Uint8Array }> {
  const { n, e, bits, bytes } = publicKey;
  const m = toBigInt(await emsaPssEncode(prepared, bits - 1));
  if (modInverse(m, n) === null) throw new Error('invalid input');
  for (;;) {
    const r = randomBelow(n, bytes, bits);
    const inverse = modInverse(r, n);
    if (inverse === null) continue;
    const z = (m * modPow(r, e, n)) % n;
    return { blindedMessage: toBytes(z, bytes), inverse: toBytes(inverse, bytes) };
  }
}

/** Finalize: unblinds the server's signature and checks it as an ordinary RSA-PSS signature of `prepared`. */
export async function finalize(
  publicKey: BallotPublicKey,
  prepared: Uint8Array,
  blindSignature: Uint8Array,
  inverse: Uint8Array,
): Promise<Uint8Array> {
  const { n, bytes } = publicKey;
  if (blindSignature.length !== bytes || inverse.length !== bytes) throw new Error('unexpected input size');
  const signature = toBytes((toBigInt(blindSignature) * toBigInt(inverse)) % n, bytes);
  const valid = await crypto.subtle.verify(
    { name: 'RSA-PSS', saltLength: SALT_BYTES },
    publicKey.key,
    signature as BufferSource,
    prepared as BufferSource,
  );
  if (!valid) throw new Error('invalid signature');
  return signature;
}

/** What the phone keeps of a blinded one-time credential before it is signed (base64url). */
export interface BlindedRequest {
  prepared: string;
  blindedMessage: string;
  inverse: string;
}

/** Step 1 on the phone: a fresh prepared message, blinded with `publicKey` (SPKI, base64url). */
export async function blindedRequest(publicKey: string): Promise<BlindedRequest> {
  const key = await importBallotKey(publicKey);
  const prepared = prepareMessage();
  const { blindedMessage, inverse } = await blind(key, prepared);
  return { prepared: toBase64url(prepared), blindedMessage: toBase64url(blindedMessage), inverse: toBase64url(inverse) };
}

/** Step 1's end: the server's blind signature unblinded into the credential that step 2 sends. */
export async function unblindedCredential(
  publicKey: string,
  request: BlindedRequest,
  blindSignature: string,
): Promise<{ message: string; signature: string }> {
  const key = await importBallotKey(publicKey);
  const signature = await finalize(key, fromBase64url(request.prepared), fromBase64url(blindSignature), fromBase64url(request.inverse));
  return { message: request.prepared, signature: toBase64url(signature) };
}
