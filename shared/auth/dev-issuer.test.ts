import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { createDevIssuer } from './dev-issuer.js';

describe('createDevIssuer', () => {
  it('signs RS256 tokens with Cognito claim names that its own JWKS verifies', async () => {
    const issuer = await createDevIssuer('http://localhost:3000/dev/auth');
    const token = await issuer.sign({ sub: 'ref-62-sophie', role: 'referent', departement: '62', name: 'Sophie' });
    const { payload, protectedHeader } = await jwtVerify(token, createLocalJWKSet(issuer.jwks), {
      issuer: issuer.issuer,
      audience: issuer.audience,
    });
    expect(protectedHeader.alg).toBe('RS256');
    expect(payload).toMatchObject({ sub: 'ref-62-sophie', 'custom:role': 'referent', 'custom:departement': '62', name: 'Sophie' });
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(3600);
  });

  it('keeps its key across restarts when given a key file, so open sessions stay valid', async () => {
    const keyFile = join(mkdtempSync(join(tmpdir(), 'envol-key-')), 'key.json');
    const first = await createDevIssuer('http://x/dev/auth', keyFile);
    const token = await first.sign({ sub: 'a', role: 'admin', departement: '62' });
    const second = await createDevIssuer('http://x/dev/auth', keyFile);
    await expect(jwtVerify(token, createLocalJWKSet(second.jwks))).resolves.toBeDefined();
    expect(second.jwks.keys[0]).not.toHaveProperty('d');
  });
});
