import { type CryptoKey, createLocalJWKSet, exportJWK, generateKeyPair, type JWTVerifyGetKey, SignJWT } from 'jose';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTokenVerifier, type VerifyToken } from './token-verifier.js';

const config = { jwksUrl: 'http://unused.invalid/jwks.json', issuer: 'https://issuer.test', audience: 'envol-app' };
const claims = { 'custom:role': 'referent', 'custom:departement': '62', name: 'Sophie' };

let privateKey: CryptoKey;
let verify: VerifyToken;
let keySet: ReturnType<typeof createLocalJWKSet>;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256', { extractable: true });
  privateKey = pair.privateKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256' };
  keySet = createLocalJWKSet({ keys: [jwk] });
  verify = createTokenVerifier(config, keySet);
});

function token(
  overrides: { issuer?: string; audience?: string; iat?: number; exp?: number; nbf?: number; payload?: Record<string, unknown> } = {},
) {
  const now = Math.floor(Date.now() / 1000);
  const jwt = new SignJWT(overrides.payload ?? claims)
    .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
    .setSubject('ref-62-a')
    .setIssuer(overrides.issuer ?? config.issuer)
    .setAudience(overrides.audience ?? config.audience)
    .setIssuedAt(overrides.iat ?? now)
    .setExpirationTime(overrides.exp ?? now + 600);
  if (overrides.nbf) jwt.setNotBefore(overrides.nbf);
  return jwt.sign(privateKey);
}

describe('createTokenVerifier', () => {
  it('returns the principal of a valid token', async () => {
    await expect(verify(`Bearer ${await token()}`)).resolves.toEqual({
      sub: 'ref-62-a',
      role: 'referent',
      departement: '62',
      name: 'Sophie',
    });
  });

  it.each([
    ['another issuer', { issuer: 'https://evil.test' }],
    ['another audience', { audience: 'other-app' }],
    ['an expired token', { exp: Math.floor(Date.now() / 1000) - 60 }],
    ['a token not valid yet', { nbf: Math.floor(Date.now() / 1000) + 3600 }],
    ['an unknown role', { payload: { ...claims, 'custom:role': 'superadmin' } }],
    ['a missing département', { payload: { 'custom:role': 'admin' } }],
  ])('refuses %s with a 401', async (_label, overrides) => {
    await expect(verify(`Bearer ${await token(overrides)}`)).rejects.toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it('refuses a token issued in the future, beyond a small clock skew', async () => {
    const now = Math.floor(Date.now() / 1000);
    await expect(verify(`Bearer ${await token({ iat: now + 120, exp: now + 600 })}`)).rejects.toMatchObject({ status: 401 });
    await expect(verify(`Bearer ${await token({ iat: now + 3, exp: now + 600 })}`)).resolves.toMatchObject({ sub: 'ref-62-a' });
  });

  it('refuses a token whose lifetime is longer than 24 hours by default', async () => {
    const now = Math.floor(Date.now() / 1000);
    await expect(verify(`Bearer ${await token({ iat: now, exp: now + 24 * 3600 + 60 })}`)).rejects.toMatchObject({ status: 401 });
    await expect(verify(`Bearer ${await token({ iat: now, exp: now + 24 * 3600 })}`)).resolves.toMatchObject({ sub: 'ref-62-a' });
  });

  it('refuses a token older than the configured lifetime, whatever its expiry says', async () => {
    const now = Math.floor(Date.now() / 1000);
    const strict = createTokenVerifier({ ...config, maxLifetimeSeconds: 3600 }, keySet);
    await expect(strict(`Bearer ${await token({ iat: now - 7200, exp: now + 600 })}`)).rejects.toMatchObject({ status: 401 });
    await expect(strict(`Bearer ${await token({ iat: now, exp: now + 3600 })}`)).resolves.toMatchObject({ sub: 'ref-62-a' });
  });

  it('refuses an unsigned token even when its claims are right', async () => {
    const signed = await token();
    const [, payload] = signed.split('.');
    const header = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    await expect(verify(`Bearer ${header}.${payload}.`)).rejects.toMatchObject({ status: 401 });
  });

  it('refuses a header that is not a bearer token', async () => {
    await expect(verify(undefined)).rejects.toMatchObject({ status: 401 });
    await expect(verify(`Token ${await token()}`)).rejects.toMatchObject({ status: 401 });
  });
});

describe('createTokenVerifier, a token seen again', () => {
  afterEach(() => vi.useRealTimers());

  /** The key set, counting how often a signature is checked against it. */
  function countingKeys() {
    const counted = { checks: 0 };
    const getKey: JWTVerifyGetKey = (header, input) => {
      counted.checks += 1;
      return keySet(header, input);
    };
    return { counted, verifier: createTokenVerifier(config, getKey) };
  }

  it('checks the signature once and gives the same principal on the next requests', async () => {
    const { counted, verifier } = countingKeys();
    const header = `Bearer ${await token()}`;
    const first = await verifier(header);
    await expect(verifier(header)).resolves.toEqual(first);
    await expect(verifier(header)).resolves.toEqual(first);
    expect(counted.checks).toBe(1);
  });

  it('refuses a remembered token once it has expired, as a first verification would', async () => {
    const { verifier } = countingKeys();
    const now = Math.floor(Date.now() / 1000);
    const header = `Bearer ${await token({ iat: now, exp: now + 60 })}`;
    await expect(verifier(header)).resolves.toMatchObject({ sub: 'ref-62-a' });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime((now + 60 + 6) * 1000);
    await expect(verifier(header)).rejects.toMatchObject({ status: 401 });
  });

  it('refuses a remembered token once it is older than the maximum lifetime, whatever its expiry says', async () => {
    const counted = { checks: 0 };
    const strict = createTokenVerifier({ ...config, maxLifetimeSeconds: 3600 }, (header, input) => {
      counted.checks += 1;
      return keySet(header, input);
    });
    const now = Math.floor(Date.now() / 1000);
    const header = `Bearer ${await token({ iat: now, exp: now + 3600 })}`;
    await expect(strict(header)).resolves.toMatchObject({ sub: 'ref-62-a' });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime((now + 3600 + 10) * 1000);
    await expect(strict(header)).rejects.toMatchObject({ status: 401 });
  });

  it('checks the signature again after five minutes (a key withdrawn by the issuer stops counting)', async () => {
    const { counted, verifier } = countingKeys();
    const now = Math.floor(Date.now() / 1000);
    const header = `Bearer ${await token({ iat: now, exp: now + 3600 })}`;
    await verifier(header);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime((now + 299) * 1000);
    await verifier(header);
    expect(counted.checks).toBe(1);
    vi.setSystemTime((now + 301) * 1000);
    await verifier(header);
    expect(counted.checks).toBe(2);
  });

  it('finds only the very token that passed: the same claims with another signature are refused', async () => {
    const { verifier } = countingKeys();
    const signed = await token();
    await verifier(`Bearer ${signed}`);
    const [header, payload, signature = ''] = signed.split('.');
    const flipped = `${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
    await expect(verifier(`Bearer ${header}.${payload}.${flipped}`)).rejects.toMatchObject({ status: 401 });
    await expect(verifier(`Bearer ${header}.${payload}.`)).rejects.toMatchObject({ status: 401 });
  });
});
