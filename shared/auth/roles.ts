/**
 * Who signs in (the `custom:role` claim). Alone in its module, with no zod, because the web's
 * entry reads it at run time: a list here costs the young person's bundle only itself.
 */
export const ROLES = ['jeune', 'referent', 'coordinateur', 'organisateur', 'admin'] as const;
export type Role = (typeof ROLES)[number];
