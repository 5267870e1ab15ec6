import type { Role } from '../api/types';
import { type Session, sessionFromToken, tokenRole } from './token';

// The token lives in memory, mirrored in sessionStorage: it survives a reload but is
// gone once the tab is closed, which matters on a phone or computer shared in a foster home.
const TOKEN_KEY = 'envol.token';
const RETURN_KEY = 'envol.returnTo';

let token: string | null = null;

function read(key: string): string | null {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, value);
  } catch {
    // Storage refused (private browsing, quota): the session then lasts as long as the page.
  }
}

export function currentToken(): string | null {
  return token;
}

/** The account (`sub`) of the session under way, null when signed out. */
export function currentSub(): string | null {
  return token ? (sessionFromToken(token, 0)?.sub ?? null) : null;
}

/** The role of the session under way, null when signed out. */
export function currentRole(): Role | null {
  return token ? tokenRole(token) : null;
}

/** Starts a session from a token just obtained; null when the token is unusable. */
export function openSession(newToken: string): Session | null {
  const session = sessionFromToken(newToken);
  token = session ? newToken : null;
  write(TOKEN_KEY, token);
  return session;
}

/**
 * The session kept from before a reload; `expired` when there was one but it is no longer
 * valid, with the role it was for. Called before the first render, so that a page's first
 * request already carries the token.
 */
export function restoreSession(): { session: Session | null; expired: boolean; expiredRole: Role | null } {
  const stored = read(TOKEN_KEY);
  if (!stored) return { session: null, expired: false, expiredRole: null };
  const session = openSession(stored);
  return { session, expired: session === null, expiredRole: session ? null : tokenRole(stored) };
}

/** The session kept from before a reload while it is still valid, without restoring it (null when none or expired). */
export function keptSession(): Session | null {
  const stored = read(TOKEN_KEY);
  return stored ? sessionFromToken(stored) : null;
}

/** The role of the session kept from before a reload, without restoring it (null when none): to start fetching its page early. */
export function keptRole(): Role | null {
  const stored = read(TOKEN_KEY);
  return stored ? tokenRole(stored) : null;
}

/** Ends the session; returns the role it was for (null when there was none). */
export function closeSession(): Role | null {
  const role = token ? tokenRole(token) : null;
  token = null;
  write(TOKEN_KEY, null);
  return role;
}

/** Remembers the page asked for before signing in, to go there afterwards. */
export function rememberReturnPath(path: string): void {
  if (path !== '/' && path !== '/connexion') write(RETURN_KEY, path);
}

export function takeReturnPath(): string | null {
  const path = read(RETURN_KEY);
  write(RETURN_KEY, null);
  return path;
}

export function homePath(role: Role): string {
  switch (role) {
    case 'jeune':
      return '/moi';
    case 'organisateur':
      return '/comites';
    default:
      return '/jeunes';
  }
}
