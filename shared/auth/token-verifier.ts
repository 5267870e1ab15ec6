import { createRemoteJWKSet, type JWTVerifyGetKey, jwtVerify } from 'jose';
import { Unauthenticated } from '../http/errors.js';
import { type Principal, principalFromClaims } from './principal.js';

export interface TokenVerifierConfig {
  jwksUrl: string;
  issuer: string;
  audience: string;
}

/** Only this algorithm is accepted: "none" and HMAC confusion are refused by construction. */
const ALLOWED_ALGORITHMS = ['RS256'];

export type VerifyToken = (authorizationHeader: string | undefined) => Promise<Principal>;

/**
 * Verifies a bearer token against the issuer's JWKS (Cognito in AWS, the dev issuer
 * locally) and returns the principal. Any failure is a 401; the reason is not told
 * to the caller.
 */
export function createTokenVerifier(config: TokenVerifierConfig, keys?: JWTVerifyGetKey): VerifyToken {
  const getKey = keys ?? createRemoteJWKSet(new URL(config.jwksUrl), { cooldownDuration: 30_000 });
  return async (authorizationHeader) => {
    const token = /^Bearer ([\w-]+\.[\w-]+\.[\w-]*)$/.exec(authorizationHeader ?? '')?.[1];
    if (!token) throw new Unauthenticated();
    let payload: unknown;
    try {
      ({ payload } = await jwtVerify(token, getKey, {
        issuer: config.issuer,
        audience: config.audience,
        algorithms: ALLOWED_ALGORITHMS,
        clockTolerance: 5,
        requiredClaims: ['exp', 'iat', 'sub'],
      }));
    } catch (error) {
      throw new Unauthenticated('Jeton de connexion invalide ou expiré : reconnectez-vous.', error);
    }
    const principal = principalFromClaims(payload);
    if (!principal) throw new Unauthenticated('Jeton de connexion incomplet : reconnectez-vous.');
    return principal;
  };
}
