import { describe, expect, it } from 'vitest';
import { decodeBase64Url, decodeTokenPayload, sessionFromToken, tokenRole } from './token';

function base64Url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

function tokenWith(claims: Record<string, unknown>): string {
  return `${base64Url('{"alg":"RS256"}')}.${base64Url(JSON.stringify(claims))}.signature`;
}

const claims = {
  sub: 'jeune-62-lea',
  name: 'Léa Dupré',
  'custom:role': 'jeune',
  'custom:departement': '62',
  exp: 2_000_000_000,
};

describe('decodeBase64Url', () => {
  it('decodes unpadded base64url with URL-safe characters and UTF-8 text', () => {
    expect(decodeBase64Url(base64Url('Élodie ?>~ à'))).toBe('Élodie ?>~ à');
  });
});

describe('decodeTokenPayload', () => {
  it('returns the claims of a JWT', () => {
    expect(decodeTokenPayload(tokenWith(claims))).toEqual(claims);
  });

  it.each(['', 'not-a-jwt', 'a.!!!.c', `a.${base64Url('[1,2]')}.c`])('returns null for %j', (token) => {
    expect(decodeTokenPayload(token)).toBeNull();
  });
});

describe('sessionFromToken', () => {
  const now = 1_900_000_000_000;

  it('reads sub, name, role and département', () => {
    const token = tokenWith(claims);
    expect(sessionFromToken(token, now)).toEqual({
      token,
      sub: 'jeune-62-lea',
      name: 'Léa Dupré',
      role: 'jeune',
      departement: '62',
      expiresAt: 2_000_000_000_000,
    });
  });

  it('accepts a token without a name', () => {
    const { name: _name, ...withoutName } = claims;
    expect(sessionFromToken(tokenWith(withoutName), now)?.name).toBeNull();
  });

  it('rejects an unknown role or a missing département', () => {
    expect(sessionFromToken(tokenWith({ ...claims, 'custom:role': 'superuser' }), now)).toBeNull();
    const { 'custom:departement': _departement, ...withoutDepartement } = claims;
    expect(sessionFromToken(tokenWith(withoutDepartement), now)).toBeNull();
  });

  it('rejects an expired token', () => {
    expect(sessionFromToken(tokenWith({ ...claims, exp: now / 1000 }), now)).toBeNull();
  });
});

describe('tokenRole', () => {
  const encode = (claims: object) => `h.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.s`;

  it('reads the role of an expired token', () => {
    expect(tokenRole(encode({ sub: 'a', 'custom:role': 'jeune', exp: 1 }))).toBe('jeune');
  });

  it('is null for an unknown role or a token that is not a JWT', () => {
    expect(tokenRole(encode({ 'custom:role': 'pirate' }))).toBeNull();
    expect(tokenRole('not-a-token')).toBeNull();
  });
});
