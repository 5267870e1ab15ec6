import { fetchWithTimeout, UserFacingError } from '../api/client';
import type { AppConfig } from '../api/types';

/**
 * Sign-in through the Cognito hosted UI: OAuth 2 authorization code with PKCE (S256).
 * Loaded only when /config.json says `"auth": "cognito"`.
 */
export type CognitoConfig = Extract<AppConfig, { auth: 'cognito' }>;

const PENDING_KEY = 'envol.pkce';

export function base64UrlEncode(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A random URL-safe string; 48 bytes give a 64-character PKCE verifier (RFC 7636: 43 to 128). */
export function randomUrlSafe(byteCount = 48): string {
  return base64UrlEncode(crypto.getRandomValues(new Uint8Array(byteCount)));
}

export async function pkceChallenge(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64UrlEncode(new Uint8Array(digest));
}

function domainUrl(config: CognitoConfig): string {
  const domain = config.cognitoDomain.replace(/\/+$/, '');
  return /^https?:\/\//.test(domain) ? domain : `https://${domain}`;
}

export function authorizeUrl(config: CognitoConfig, state: string, challenge: string): string {
  const params = new URLSearchParams({
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: config.redirectUri,
    scope: 'openid',
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  });
  return `${domainUrl(config)}/oauth2/authorize?${params}`;
}

/** Sends the browser to the hosted UI; it comes back to `redirectUri` with `?code=&state=`. */
export async function startCognitoLogin(config: CognitoConfig): Promise<void> {
  const verifier = randomUrlSafe();
  const state = randomUrlSafe(24);
  sessionStorage.setItem(PENDING_KEY, JSON.stringify({ verifier, state }));
  location.assign(authorizeUrl(config, state, await pkceChallenge(verifier)));
}

export class LoginFailed extends UserFacingError {
  override readonly name = 'LoginFailed';
}

function takePending(): { verifier: string; state: string } | null {
  const raw = sessionStorage.getItem(PENDING_KEY);
  sessionStorage.removeItem(PENDING_KEY);
  try {
    const pending: unknown = raw ? JSON.parse(raw) : null;
    const { verifier, state } = (pending ?? {}) as Record<string, unknown>;
    return typeof verifier === 'string' && typeof state === 'string' ? { verifier, state } : null;
  } catch {
    return null;
  }
}

/** Exchanges the code from the redirect for tokens and returns the ID token (our bearer token). */
export async function completeCognitoLogin(config: CognitoConfig, search: URLSearchParams): Promise<string> {
  const pending = takePending();
  if (search.get('error')) throw new LoginFailed('La connexion a été refusée ou annulée. Vous pouvez réessayer.');
  const code = search.get('code');
  // A state that does not match ours means this redirect was not started by this tab.
  if (!code || !pending || search.get('state') !== pending.state) {
    throw new LoginFailed('La connexion n’a pas pu être vérifiée. Recommencez la connexion.');
  }
  const response = await fetchWithTimeout(`${domainUrl(config)}/oauth2/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: config.clientId,
      code,
      redirect_uri: config.redirectUri,
      code_verifier: pending.verifier,
    }),
  });
  const body = (await response.json().catch(() => null)) as { id_token?: unknown } | null;
  if (!response.ok || typeof body?.id_token !== 'string') {
    throw new LoginFailed('La connexion a échoué. Recommencez la connexion.');
  }
  return body.id_token;
}

/** Where to send the browser to end the hosted-UI session too, when a sign-out URL is configured. */
export function logoutUrl(config: CognitoConfig): string | null {
  if (!config.logoutUri) return null;
  const params = new URLSearchParams({ client_id: config.clientId, logout_uri: config.logoutUri });
  return `${domainUrl(config)}/logout?${params}`;
}
