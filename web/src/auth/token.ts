import { ROLES, type Role } from '../../../shared/auth/roles.js';

/** Who is signed in, read from the token. The API verifies the token; the UI only reads it. */
export interface Session {
  token: string;
  sub: string;
  name: string | null;
  role: Role;
  departement: string;
  /** Expiry in milliseconds since the epoch, when the token says. */
  expiresAt: number | null;
}

/** Decodes base64url (no padding needed) into text, keeping accented names intact. */
export function decodeBase64Url(value: string): string {
  const base64 = value.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64.padEnd(base64.length + ((4 - (base64.length % 4)) % 4), '='));
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** The JSON payload of a JWT, or null when the token is not one. No signature check. */
export function decodeTokenPayload(token: string): Record<string, unknown> | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const claims: unknown = JSON.parse(decodeBase64Url(payload));
    return typeof claims === 'object' && claims !== null && !Array.isArray(claims) ? (claims as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** The role a token was issued for, read even when it has expired; null when it names none. */
export function tokenRole(token: string): Role | null {
  const role = decodeTokenPayload(token)?.['custom:role'];
  return isRole(role) ? role : null;
}

/** The session a token opens, or null when a claim is missing or the token has expired. */
export function sessionFromToken(token: string, now: number = Date.now()): Session | null {
  const claims = decodeTokenPayload(token);
  if (!claims) return null;
  const { sub, name, exp } = claims;
  const role = claims['custom:role'];
  const departement = claims['custom:departement'];
  if (typeof sub !== 'string' || !sub || !isRole(role) || typeof departement !== 'string') return null;
  const expiresAt = typeof exp === 'number' ? exp * 1000 : null;
  if (expiresAt !== null && expiresAt <= now) return null;
  return { token, sub, role, departement, name: typeof name === 'string' && name ? name : null, expiresAt };
}
