import * as z from 'zod';

import { ROLES, type Role } from './roles.js';

export { ROLES, type Role };

/** A département code: 01–95, 2A/2B, 971–976. */
/** A département's code: 01 to 95, 2A, 2B, 971 to 976. */
export const DEPARTEMENT_PATTERN = /^(0[1-9]|[1-8]\d|9[0-5]|2A|2B|97[1-6])$/;
export const departementSchema = z.string().regex(DEPARTEMENT_PATTERN);

/** Who is asking: the verified identity behind a request. */
export interface Principal {
  sub: string;
  role: Role;
  /** The tenant: every read and write is confined to this département. */
  departement: string;
  /** Display name, when the identity provider gives one (shown in the audit log). */
  name: string | null;
}

export const STAFF_ROLES: readonly Role[] = ['referent', 'coordinateur', 'admin'];

// Cognito puts custom attributes under "custom:"; the dev issuer does the same.
const claimsSchema = z.object({
  sub: z.string().min(1).max(128),
  'custom:role': z.enum(ROLES),
  'custom:departement': departementSchema,
  name: z.string().max(200).optional(),
});

/** Builds the principal from verified token claims, or null when a claim is missing or wrong. */
export function principalFromClaims(claims: unknown): Principal | null {
  const parsed = claimsSchema.safeParse(claims);
  if (!parsed.success) return null;
  return {
    sub: parsed.data.sub,
    role: parsed.data['custom:role'],
    departement: parsed.data['custom:departement'],
    name: parsed.data.name ?? null,
  };
}
