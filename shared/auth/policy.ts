import type { Principal } from './principal.js';

/** What the policy needs to know about a young person's file. */
export interface YouthFileRef {
  departement: string;
  accountSub: string;
  referentId: string;
  coordinateurId: string;
}

export type YouthAction =
  | 'profile.read'
  | 'profile.update'
  /** Handing the file to another referent or coordinateur: admins only. */
  | 'binome.assign'
  | 'journal.read'
  | 'journal.write'
  | 'audit.read'
  | 'export.read'
  | 'interview.read'
  | 'interview.write'
  | 'preparation.read'
  | 'preparation.write'
  | 'plan.read'
  | 'plan.write'
  | 'plan.respond';

/** How the caller relates to a file; the policy table is written per relation. */
export type Relation = 'self' | 'binome' | 'departementAdmin' | 'none';

/**
 * `notFound`: the caller may not know the file exists (answer 404).
 * `forbidden`: the caller knows the file but may not do this (answer 403).
 */
export type Decision = 'allow' | 'forbidden' | 'notFound';

const ALLOWED: Record<Exclude<Relation, 'none'>, readonly YouthAction[]> = {
  // The young person fills in their preparation and answers their plan; staff write the rest.
  self: [
    'profile.read',
    'journal.read',
    'audit.read',
    'export.read',
    'interview.read',
    'preparation.read',
    'preparation.write',
    'plan.read',
    'plan.respond',
  ],
  binome: [
    'profile.read',
    'profile.update',
    'journal.read',
    'journal.write',
    'interview.read',
    'interview.write',
    'preparation.read',
    'plan.read',
    'plan.write',
  ],
  departementAdmin: [
    'profile.read',
    'profile.update',
    'binome.assign',
    'journal.read',
    'audit.read',
    'export.read',
    'interview.read',
    'preparation.read',
    'plan.read',
  ],
};

/** The caller's relation to a file. Another département is always `none`. */
export function relationTo(principal: Principal, file: YouthFileRef): Relation {
  if (principal.departement !== file.departement) return 'none';
  switch (principal.role) {
    case 'jeune':
      return principal.sub === file.accountSub ? 'self' : 'none';
    case 'referent':
      return principal.sub === file.referentId ? 'binome' : 'none';
    case 'coordinateur':
      return principal.sub === file.coordinateurId ? 'binome' : 'none';
    case 'admin':
      return 'departementAdmin';
    default:
      return 'none';
  }
}

/** The one object-level rule for a young person's file, used by every area. */
export function decideOnYouthFile(principal: Principal, action: YouthAction, file: YouthFileRef): Decision {
  const relation = relationTo(principal, file);
  if (relation === 'none') return 'notFound';
  return ALLOWED[relation].includes(action) ? 'allow' : 'forbidden';
}

/** Whether the caller's access to the file is written to the young person's audit log. */
export function isAuditedAccess(principal: Principal): boolean {
  return principal.role !== 'jeune';
}
