import { generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_AUDIENCE } from '../../shared/auth/dev-issuer.js';
import { type Harness, startHarness } from '../support/harness.js';
import { newYouth, people } from '../support/people.js';

let api: Harness;
let issuer: string;
beforeAll(async () => {
  api = await startHarness();
  issuer = `${api.url}/dev/auth`;
});
afterAll(() => api.close());

const claims = { 'custom:role': 'admin', 'custom:departement': '62' };

async function signWithStrangerKey(options: { issuer?: string; audience?: string; expiresAt?: number; notBefore?: number } = {}) {
  const { privateKey } = await generateKeyPair('RS256');
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: 'envol-dev-key' })
    .setSubject(people.admin.sub)
    .setIssuer(options.issuer ?? issuer)
    .setAudience(options.audience ?? DEV_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.expiresAt ?? '1h');
  if (options.notBefore) jwt.setNotBefore(options.notBefore);
  return jwt.sign(privateKey);
}

function base64url(value: unknown) {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** Re-signs nothing: keeps a genuine signature but swaps the payload. */
function tamper(token: string, payload: Record<string, unknown>) {
  const [header, , signature] = token.split('.');
  return `${header}.${base64url(payload)}.${signature}`;
}

describe('token verification', () => {
  it('accepts a genuine token', async () => {
    expect((await api.call(people.admin, 'GET', '/api/youth')).status).toBe(200);
  });

  it('answers 401 to no token and to a non-bearer header', async () => {
    expect((await api.call(null, 'GET', '/api/youth')).status).toBe(401);
    expect((await api.call(null, 'GET', '/api/youth', undefined, { authorization: 'Basic YTpi' })).status).toBe(401);
  });

  it('answers 401 to an unsigned token (alg none)', async () => {
    const now = Math.floor(Date.now() / 1000);
    const unsigned = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ ...claims, sub: 'admin-62', iss: issuer, aud: DEV_AUDIENCE, iat: now, exp: now + 600 })}.`;
    const response = await api.call(unsigned, 'POST', '/api/youth', newYouth());
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('UNAUTHENTICATED');
  });

  it('answers 401 to a token signed by another key, even with the expected kid', async () => {
    expect((await api.call(await signWithStrangerKey(), 'GET', '/api/youth')).status).toBe(401);
  });

  it('answers 401 to a genuine signature over a changed payload', async () => {
    const genuine = await api.tokenFor(people.referent);
    const now = Math.floor(Date.now() / 1000);
    const forged = tamper(genuine, { ...claims, sub: 'ref-62-a', iss: issuer, aud: DEV_AUDIENCE, iat: now, exp: now + 600 });
    expect((await api.call(forged, 'GET', '/api/youth')).status).toBe(401);
  });

  it('answers 401 to an HS256 token keyed with the public key', async () => {
    const jwks = (await (await fetch(`${issuer}/.well-known/jwks.json`)).json()) as { keys: { n: string }[] };
    const secret = new TextEncoder().encode(jwks.keys[0]?.n);
    const hmac = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('admin-62')
      .setIssuer(issuer)
      .setAudience(DEV_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(secret);
    expect((await api.call(hmac, 'GET', '/api/youth')).status).toBe(401);
  });

  // Each claim rule is also unit-tested with a trusted key in shared/auth/token-verifier.test.ts.
  it('answers 401 to forged tokens with a wrong issuer, audience, expiry or not-yet-valid date', async () => {
    const genuine = await api.tokenFor(people.admin);
    const cases = [
      await signWithStrangerKey({ issuer: 'https://evil.example/' }),
      await signWithStrangerKey({ audience: 'another-app' }),
      await signWithStrangerKey({ expiresAt: Math.floor(Date.now() / 1000) - 60 }),
      await signWithStrangerKey({ notBefore: Math.floor(Date.now() / 1000) + 3600 }),
    ];
    for (const token of cases) expect((await api.call(token, 'GET', '/api/youth')).status).toBe(401);
    expect((await api.call(genuine, 'GET', '/api/youth')).status).toBe(200);
  });

  it('answers 404 to a valid token of département 59 on 62’s file, and changes nothing', async () => {
    const created = await api.call(people.admin, 'POST', '/api/youth', newYouth());
    const id = created.body.id;
    expect((await api.call(people.admin59, 'PATCH', `/api/youth/${id}`, { version: 1, firstName: 'Pirate' })).status).toBe(404);
    expect((await api.call(people.admin59, 'GET', `/api/youth/${id}/audit`)).status).toBe(404);
    const stored = await api.call(people.admin, 'GET', `/api/youth/${id}`);
    expect(stored.body).toMatchObject({ version: 1, firstName: created.body.firstName });
  });
});

describe('refused tokens write nothing', () => {
  it('creates no file and no idempotency record for any forged token', async () => {
    const count = async () => (await api.call(people.admin, 'GET', '/api/youth?limit=100')).body.items.length as number;
    const before = await count();
    const now = Math.floor(Date.now() / 1000);
    const unsigned = `${base64url({ alg: 'none' })}.${base64url({ ...claims, sub: 'admin-62', iss: issuer, aud: DEV_AUDIENCE, iat: now, exp: now + 600 })}.`;
    const forged = [
      unsigned,
      await signWithStrangerKey(),
      await signWithStrangerKey({ issuer: 'https://evil.example/' }),
      await signWithStrangerKey({ audience: 'another-app' }),
      await signWithStrangerKey({ expiresAt: now - 60 }),
      tamper(await api.tokenFor(people.referent), { ...claims, sub: 'admin-62', iss: issuer, aud: DEV_AUDIENCE, iat: now, exp: now + 600 }),
    ];
    for (const token of forged) {
      const response = await api.call(token, 'POST', '/api/youth', newYouth(), {
        'idempotency-key': `forged-${Math.random().toString(36).slice(2)}`,
      });
      expect(response.status).toBe(401);
    }
    expect(await count()).toBe(before);
  });
});
