import type { StaffMember, StaffRole } from '../api/types';

const STAFF_ROLE_LABELS: Record<StaffRole, string> = {
  referent: 'Référent·e ASE',
  coordinateur: 'Coordinateur·rice',
  organisateur: 'Organisateur·rice des comités',
  admin: 'Administrateur·rice',
};

export function staffRoleLabel(role: StaffRole): string {
  return STAFF_ROLE_LABELS[role];
}

/** « Lefebvre Sophie — Arrageois », as an admin picks a person by name in a list sorted by last name. */
export function staffOptionLabel(member: Pick<StaffMember, 'firstName' | 'lastName' | 'territory'>): string {
  const name = `${member.lastName} ${member.firstName}`;
  return member.territory ? `${name} — ${member.territory}` : name;
}

/**
 * The options of a binôme picker: the directory's accounts by name, and the file's current
 * member first when the directory does not know them (a file from before the directory),
 * so that the form never silently replaces someone.
 */
export function staffOptions(members: readonly StaffMember[], current: string | null): [string, string][] {
  const options: [string, string][] = members.map((member) => [member.sub, staffOptionLabel(member)]);
  if (current && !members.some((member) => member.sub === current)) options.unshift([current, `${current} (absent de l’annuaire)`]);
  if (!current) options.unshift(['', '— Choisir —']);
  return options;
}

/** The name of the account `sub` in the directory, or its raw id when the directory does not know it. */
export function staffName(members: readonly StaffMember[], sub: string): string {
  const member = members.find((candidate) => candidate.sub === sub);
  return member ? `${member.firstName} ${member.lastName}` : `${sub} (absent de l’annuaire)`;
}
