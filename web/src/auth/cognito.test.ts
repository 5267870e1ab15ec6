import { describe, expect, it } from 'vitest';
import { authorizeUrl, type CognitoConfig, logoutUrl, pkceChallenge, randomUrlSafe } from './cognito';

const config: CognitoConfig = {
  auth: 'cognito',
  cognitoDomain: 'envol.auth.eu-west-3.amazoncognito.com/',
  clientId: 'client123',
  redirectUri: 'https://envol.example/',
};

describe('pkceChallenge', () => {
  it('computes the S256 challenge of RFC 7636 appendix B', async () => {
    expect(await pkceChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });
});

describe('randomUrlSafe', () => {
  it('gives a 64-character URL-safe verifier, different each time', () => {
    const verifier = randomUrlSafe();
    expect(verifier).toMatch(/^[A-Za-z0-9_-]{64}$/);
    expect(randomUrlSafe()).not.toBe(verifier);
  });
});

describe('authorizeUrl', () => {
  it('asks the hosted UI for a code with PKCE S256, adding https:// to a bare domain', () => {
    const url = new URL(authorizeUrl(config, 'etat', 'defi'));
    expect(url.origin + url.pathname).toBe('https://envol.auth.eu-west-3.amazoncognito.com/oauth2/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'client123',
      redirect_uri: 'https://envol.example/',
      scope: 'openid',
      state: 'etat',
      code_challenge: 'defi',
      code_challenge_method: 'S256',
    });
  });
});

describe('logoutUrl', () => {
  it('is null unless a sign-out URL is configured', () => {
    expect(logoutUrl(config)).toBeNull();
    expect(logoutUrl({ ...config, logoutUri: 'https://envol.example/' })).toBe(
      'https://envol.auth.eu-west-3.amazoncognito.com/logout?client_id=client123&logout_uri=https%3A%2F%2Fenvol.example%2F',
    );
  });
});
