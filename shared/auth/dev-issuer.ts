import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { type CryptoKey, exportJWK, generateKeyPair, importJWK, type JWK, SignJWT } from 'jose';
import type { Role } from './principal.js';

/**
 * A local stand-in for Cognito, only ever started when ENVOL_DEV_AUTH=1. It signs
 * RS256 tokens with the same claim names as Cognito ID tokens, so the API verifies
 * them exactly as it verifies Cognito's.
 */
export interface DevIssuer {
  issuer: string;
  audience: string;
  jwks: { keys: JWK[] };
  sign(claims: { sub: string; role: Role; departement: string; name?: string | undefined }): Promise<string>;
}

export const DEV_AUDIENCE = 'envol-local';
const KEY_ID = 'envol-dev-key';

/** Creates the issuer. With `keyFile`, the key survives restarts so open sessions stay valid. */
export async function createDevIssuer(issuer: string, keyFile?: string): Promise<DevIssuer> {
  const { privateKey, publicJwk } = await loadOrCreateKey(keyFile);
  return {
    issuer,
    audience: DEV_AUDIENCE,
    jwks: { keys: [{ ...publicJwk, kid: KEY_ID, alg: 'RS256', use: 'sig' }] },
    async sign({ sub, role, departement, name }) {
      return new SignJWT({ 'custom:role': role, 'custom:departement': departement, ...(name ? { name } : {}) })
        .setProtectedHeader({ alg: 'RS256', kid: KEY_ID, typ: 'JWT' })
        .setSubject(sub)
        .setIssuer(issuer)
        .setAudience(DEV_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(privateKey);
    },
  };
}

async function loadOrCreateKey(keyFile?: string): Promise<{ privateKey: CryptoKey; publicJwk: JWK }> {
  let privateJwk: JWK;
  if (keyFile && existsSync(keyFile)) {
    privateJwk = JSON.parse(readFileSync(keyFile, 'utf8')) as JWK;
  } else {
    const { privateKey } = await generateKeyPair('RS256', { extractable: true });
    privateJwk = await exportJWK(privateKey);
    if (keyFile) {
      mkdirSync(dirname(keyFile), { recursive: true });
      writeFileSync(keyFile, JSON.stringify(privateJwk), { mode: 0o600 });
    }
  }
  const privateKey = (await importJWK(privateJwk, 'RS256')) as CryptoKey;
  // The public half of an RSA key is its modulus and exponent.
  return { privateKey, publicJwk: { kty: privateJwk.kty, n: privateJwk.n, e: privateJwk.e } };
}
