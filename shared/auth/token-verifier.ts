import { createRemoteJWKSet, type JWTPayload, type JWTVerifyGetKey, jwtVerify } from 'jose';
import { Unauthenticated } from '../http/errors.js';
import { type Principal, principalFromClaims } from './principal.js';
import { VerifiedTokens } from './verified-tokens.js';

export interface TokenVerifierConfig {
  jwksUrl: string;
  issuer: string;
  audience: string;
  /** The longest lifetime (exp − iat) and age a token may have; 24 h unless configured. */
  maxLifetimeSeconds?: number | undefined;
}

export const DEFAULT_MAX_TOKEN_LIFETIME_SECONDS = 24 * 3600;
/** Clocks differ a little between the issuer and the Lambda; more than this is refused. */
const CLOCK_SKEW_SECONDS = 5;

/** Only this algorithm is accepted: "none" and HMAC confusion are refused by construction. */
const ALLOWED_ALGORITHMS = ['RS256'];

/** A token made to last longer than allowed (exp − iat) is refused even while it is fresh. */
function hasAcceptableLifetime(payload: JWTPayload, maxLifetime: number): payload is JWTPayload & { exp: number; iat: number } {
  return typeof payload.exp === 'number' && typeof payload.iat === 'number' && payload.exp - payload.iat <= maxLifetime;
}

/**
 * The first second at which jose would refuse a token that passes now: once expired
 * (`exp`) or too old (`iat` + the maximum age), each with the clock tolerance.
 */
function refusedFrom(payload: { exp: number; iat: number }, maxLifetime: number): number {
  return Math.min(payload.exp + CLOCK_SKEW_SECONDS, payload.iat + maxLifetime + CLOCK_SKEW_SECONDS);
}

const nowSeconds = () => Date.now() / 1000;

export type VerifyToken = (authorizationHeader: string | undefined) => Promise<Principal>;

/**
 * Verifies a bearer token against the issuer's JWKS (Cognito in AWS, the dev issuer
 * locally) and returns the principal. Any failure is a 401; the reason is not told
 * to the caller. A token that passed is remembered (`VerifiedTokens`) until the instant a
 * full verification would refuse it: the caller's next requests skip the signature check.
 */
export function createTokenVerifier(config: TokenVerifierConfig, keys?: JWTVerifyGetKey): VerifyToken {
  const maxLifetime = config.maxLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS;
  const getKey = keys ?? createRemoteJWKSet(new URL(config.jwksUrl), { cooldownDuration: 30_000 });
  const verified = new VerifiedTokens();
  return async (authorizationHeader) => {
    const token = /^Bearer ([\w-]+\.[\w-]+\.[\w-]*)$/.exec(authorizationHeader ?? '')?.[1];
    if (!token) throw new Unauthenticated();
    const known = verified.find(token, nowSeconds());
    if (known) return known;
    let payload: JWTPayload & { exp: number; iat: number };
    try {
      const result = await jwtVerify(token, getKey, {
        issuer: config.issuer,
        audience: config.audience,
        algorithms: ALLOWED_ALGORITHMS,
        clockTolerance: CLOCK_SKEW_SECONDS,
        requiredClaims: ['exp', 'iat', 'sub'],
        // Also refuses an `iat` in the future (beyond the skew), which would make a token last longer.
        maxTokenAge: maxLifetime,
      });
      if (!hasAcceptableLifetime(result.payload, maxLifetime)) throw new Error('token lifetime longer than allowed');
      payload = result.payload;
    } catch (error) {
      throw new Unauthenticated('Session expirée ou invalide : il faut se reconnecter.', error);
    }
    const principal = principalFromClaims(payload);
    if (!principal) throw new Unauthenticated('Session incomplète : il faut se reconnecter.');
    verified.remember(token, principal, nowSeconds(), refusedFrom(payload, maxLifetime));
    return principal;
  };
}
