import type { Role } from '../api/types';

// Apart from the other labels: the header names the role, and the entry bundle should carry
// no more than that.

const ROLE_LABELS: Record<Role, string> = {
  jeune: 'jeune',
  referent: 'référent·e ASE',
  coordinateur: 'coordinateur·rice',
  organisateur: 'organisateur·rice',
  admin: 'administrateur·rice',
};

/** A role in French; an unknown role from the API is shown as it comes. */
export function roleLabel(role: string): string {
  return ROLE_LABELS[role as Role] ?? role;
}
