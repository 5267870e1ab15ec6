import { type FileState, isFinalState } from '../domain/retention.js';
import type { Principal, Role } from './principal.js';

/** What the policy needs to know about a young person's file. */
export interface YouthFileRef {
  departement: string;
  accountSub: string;
  referentId: string;
  coordinateurId: string;
  /** Where the file is in its life (RGPD); absent on files from before it: `actif`. */
  fileState?: FileState;
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
  | 'plan.respond'
  | 'grid.read'
  | 'grid.selfAssess'
  | 'grid.assess'
  | 'grid.decide'
  | 'housing.read'
  | 'housing.edit'
  | 'housing.share'
  | 'housing.transition'
  | 'support.read'
  | 'support.request'
  | 'support.decide'
  /** Setting the personne de confiance: the young person chooses; the binôme may record it with them. */
  | 'trustedPerson.write'
  /** « J'ai besoin d'aide »: the young person raises it, their binôme reads and acknowledges it. */
  | 'help.raise'
  | 'help.read'
  | 'help.acknowledge'
  /** Which reminders went out (kind and time, never the address or channel). */
  | 'reminders.read'
  /** The check-ins of 19 and 21: the young person's own answers, read by no one else one by one. */
  | 'checkIn.answer'
  /** The daily job's deadline alerts: for the binôme, read by admins too. */
  | 'alert.read'
  | 'alert.acknowledge'
  /** Opening a file of the intermediate archive, with a stated reason: admins only, audited with it. */
  | 'archive.open'
  /** Bringing a file back from the intermediate archive: the young person, or an admin with a reason. */
  | 'archive.reopen'
  /** At the end of the intermediate period: the package for the archives départementales, then the hand-over (admins). */
  | 'archive.handOver'
  /** At the end of the intermediate period: destroying the file, with the archives' decision (admins). */
  | 'archive.destroy'
  /** A request about one's data (RGPD arts. 15–21): the young person makes it, the binôme and admins read and answer it. */
  | 'rgpdRequest.make'
  | 'rgpdRequest.read'
  | 'rgpdRequest.answer';

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
    // « Écrire un message » to the binôme: always an entry the young person reads too.
    'journal.write',
    'audit.read',
    'export.read',
    'interview.read',
    'preparation.read',
    'preparation.write',
    'plan.read',
    'plan.respond',
    // The self-assessment in progress is the young person's alone: no other relation has it.
    'grid.read',
    'grid.selfAssess',
    // The housing project is filled by the young person or with their binôme; only the
    // binôme moves an application along (déposée, proposition...).
    'housing.read',
    'housing.edit',
    'housing.share',
    'support.read',
    'support.request',
    'trustedPerson.write',
    'help.raise',
    'help.read',
    'reminders.read',
    'checkIn.answer',
    'archive.reopen',
    'rgpdRequest.make',
    'rgpdRequest.read',
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
    'grid.read',
    'grid.assess',
    'grid.decide',
    'housing.read',
    'housing.edit',
    'housing.transition',
    // The binôme may file a request with the young person, never decide it.
    'support.read',
    'support.request',
    'trustedPerson.write',
    'help.read',
    'help.acknowledge',
    'reminders.read',
    'alert.read',
    'alert.acknowledge',
    'rgpdRequest.read',
    'rgpdRequest.answer',
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
    'grid.read',
    'housing.read',
    // Support from 18 to 21 is decided in the name of the président du conseil départemental.
    'support.read',
    'support.decide',
    'help.read',
    'reminders.read',
    'alert.read',
    'archive.open',
    'archive.reopen',
    'archive.handOver',
    'archive.destroy',
    // The controller's answer to a request about one's data is given in the département's name.
    'rgpdRequest.read',
    'rgpdRequest.answer',
  ],
};

const YOUTH_ACTIONS: ReadonlySet<string> = new Set(Object.values(ALLOWED).flat());

/** Whether `value` names an action someone may do on a file (what a stored record may be checked against again). */
export function isYouthAction(value: string): value is YouthAction {
  return YOUTH_ACTIONS.has(value);
}

/**
 * What is left of a file in the intermediate archive: read-only. The young person keeps
 * reading and exporting it, may ask for support again or for help (either reopens it: a young
 * person in trouble is never refused because their file was archived) or reopen it;
 * an admin only opens it with a stated reason, or reopens it; the binôme no longer knows
 * it (404), as it has left their lists.
 */
const ALLOWED_WHILE_ARCHIVED: Record<'self' | 'departementAdmin', readonly YouthAction[]> = {
  self: [
    'profile.read',
    'journal.read',
    'audit.read',
    'export.read',
    'interview.read',
    'preparation.read',
    'plan.read',
    'grid.read',
    'housing.read',
    'support.read',
    'support.request',
    'help.raise',
    'help.read',
    'reminders.read',
    'archive.reopen',
    // Rights over one's data do not lapse with the archive: the request reaches the admins.
    'rgpdRequest.make',
    'rgpdRequest.read',
  ],
  departementAdmin: ['archive.open', 'archive.reopen', 'archive.handOver', 'archive.destroy', 'rgpdRequest.read', 'rgpdRequest.answer'],
};

/**
 * A file handed over or destroyed is gone for everyone; while its erasure runs (or after
 * it was interrupted) an admin may only finish it, with the same decision.
 */
const ALLOWED_TO_FINISH: readonly YouthAction[] = ['archive.handOver', 'archive.destroy'];

/** True when the file is out of the active base: in the intermediate archive (or beyond). */
export function isArchivedFile(file: YouthFileRef): boolean {
  return file.fileState !== undefined && file.fileState !== 'actif';
}

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

/** Actions on a committee; who may do them depends on the caller's relation to it. */
export type CommitteeAction = 'committee.read' | 'committee.organise' | 'committee.vote';

/** What the policy needs to know about a committee (and whether the caller is a member). */
export interface CommitteeRef {
  departement: string;
  organiserSub: string;
  /** True when the caller is a young person who is a member of this committee. */
  callerIsMember: boolean;
}

/** How the caller relates to a committee. */
export type CommitteeRelation = 'organiser' | 'departementAdmin' | 'member' | 'none';

/** Actions with no object: the caller's role alone decides. */
export type RoleAction =
  | 'youth.create'
  | 'youth.list'
  | 'youth.readOwn'
  | 'interviewSettings.read'
  | 'interviewSettings.write'
  | 'preparationTemplate.read'
  | 'preparationTemplate.publish'
  | 'committee.create'
  | 'committee.list'
  /** The votes waiting for the young person, for « À faire maintenant ». */
  | 'committee.votesWaiting'
  | 'committeeSettings.read'
  | 'committeeSettings.write'
  | 'gridTemplate.read'
  | 'gridTemplate.edit'
  | 'housingSettings.read'
  | 'housingSettings.write'
  | 'housingPartners.read'
  | 'housingPartners.write'
  | 'housingQueue.read'
  | 'staff.read'
  | 'staff.write'
  | 'dashboardSettings.read'
  | 'dashboardSettings.write'
  | 'caseload.read'
  | 'reminders.ownChannels'
  | 'reminderSettings.read'
  | 'reminderSettings.write'
  | 'reminders.failures'
  | 'indicators.read'
  | 'calendar.read'
  /** The département's files in the intermediate archive (names and dates only). */
  | 'archive.list'
  | 'retentionSettings.read'
  | 'retentionSettings.write'
  /** The département's requests about data (RGPD) waiting for an answer: names, kind and dates. */
  | 'rgpdRequests.list';

export type Action = YouthAction | CommitteeAction | RoleAction;

const ALLOWED_ON_COMMITTEE: Record<Exclude<CommitteeRelation, 'none'>, readonly CommitteeAction[]> = {
  organiser: ['committee.read', 'committee.organise'],
  departementAdmin: ['committee.read', 'committee.organise'],
  member: ['committee.read', 'committee.vote'],
};

const ALL_ROLES: readonly Role[] = ['jeune', 'referent', 'coordinateur', 'organisateur', 'admin'];

const ROLES_ALLOWED: Record<RoleAction, readonly Role[]> = {
  'youth.create': ['admin'],
  'youth.list': ['referent', 'coordinateur', 'admin'],
  'youth.readOwn': ['jeune'],
  // The département's interview settings and questionnaire are no one's personal data.
  'interviewSettings.read': ALL_ROLES,
  'interviewSettings.write': ['admin'],
  'preparationTemplate.read': ALL_ROLES,
  'preparationTemplate.publish': ['admin'],
  'committee.create': ['organisateur', 'admin'],
  'committee.list': ['jeune', 'organisateur', 'admin'],
  'committee.votesWaiting': ['jeune'],
  // The département's committee rules are no one's personal data; members read their feedback limit.
  'committeeSettings.read': ALL_ROLES,
  'committeeSettings.write': ['admin'],
  // The département's autonomy grid is no one's personal data; admins adapt and publish it.
  'gridTemplate.read': ALL_ROLES,
  'gridTemplate.edit': ['admin'],
  // Solution types and partners are the département's, not anyone's personal data; the
  // young person reads them to add an application.
  'housingSettings.read': ALL_ROLES,
  'housingSettings.write': ['admin'],
  'housingPartners.read': ALL_ROLES,
  'housingPartners.write': ['admin'],
  // Each staff member reads the queue of the files they may open (the policy is asked again per file).
  'housingQueue.read': ['referent', 'coordinateur', 'admin'],
  // The directory holds staff's own details (caseload outside Envol, date in post): admins
  // keep it and pick binômes from it.
  'staff.read': ['admin'],
  'staff.write': ['admin'],
  // The binôme's label is shown to everyone, the young person included.
  'dashboardSettings.read': ALL_ROLES,
  'dashboardSettings.write': ['admin'],
  // « Mon suivi »: the young people one follows; an admin has no caseload of their own.
  'caseload.read': ['referent', 'coordinateur'],
  // Everyone chooses how Envol reaches them (a young person with consent, staff for their digest and alerts).
  'reminders.ownChannels': ALL_ROLES,
  // Which reminders the département sends is no one's personal data; admins switch them.
  'reminderSettings.read': ALL_ROLES,
  'reminderSettings.write': ['admin'],
  // Messages that failed for good: the département's admins follow them up.
  'reminders.failures': ['admin'],
  // The exit indicators and the ODPE export: counts only, for the département's management.
  'indicators.read': ['admin'],
  // Referents and coordinateurs read their caseload's month, admins the whole département's.
  'calendar.read': ['referent', 'coordinateur', 'admin'],
  // The archive's list and the retention periods are the admins' (the DPO's register follows the settings).
  'archive.list': ['admin'],
  'retentionSettings.read': ['admin'],
  'retentionSettings.write': ['admin'],
  // Every open request of the département, whoever the binôme: the admins answer in the controller's name.
  'rgpdRequests.list': ['admin'],
};

/** The caller's relation to a committee. Another département is always `none`. */
export function relationToCommittee(
  principal: Principal,
  committee: Pick<CommitteeRef, 'departement' | 'organiserSub'>,
  isMember: boolean,
): CommitteeRelation {
  if (principal.departement !== committee.departement) return 'none';
  if (principal.role === 'admin') return 'departementAdmin';
  if (principal.role === 'organisateur') return principal.sub === committee.organiserSub ? 'organiser' : 'none';
  if (principal.role === 'jeune') return isMember ? 'member' : 'none';
  return 'none';
}

function isRoleAction(action: Action): action is RoleAction {
  return action in ROLES_ALLOWED;
}

function isCommitteeAction(action: Action): action is CommitteeAction {
  return action === 'committee.read' || action === 'committee.organise' || action === 'committee.vote';
}

/**
 * The one authorisation decision of Envol, for every action: on a young person's file
 * (by relation), on a committee (by relation), or by role alone when there is no object.
 */
export function can(principal: Principal, action: YouthAction, file: YouthFileRef): Decision;
export function can(principal: Principal, action: CommitteeAction, committee: CommitteeRef): Decision;
export function can(principal: Principal, action: RoleAction): Exclude<Decision, 'notFound'>;
export function can(principal: Principal, action: Action, object?: YouthFileRef | CommitteeRef): Decision;
export function can(principal: Principal, action: Action, object?: YouthFileRef | CommitteeRef): Decision {
  if (isRoleAction(action)) return ROLES_ALLOWED[action].includes(principal.role) ? 'allow' : 'forbidden';
  if (isCommitteeAction(action)) {
    const committee = object as CommitteeRef;
    const relation = relationToCommittee(principal, committee, committee.callerIsMember);
    if (relation === 'none') return 'notFound';
    return ALLOWED_ON_COMMITTEE[relation].includes(action) ? 'allow' : 'forbidden';
  }
  const file = object as YouthFileRef;
  const relation = relationTo(principal, file);
  if (relation === 'none') return 'notFound';
  if (file.fileState !== undefined && isFinalState(file.fileState)) {
    return relation === 'departementAdmin' && ALLOWED_TO_FINISH.includes(action) ? 'allow' : 'notFound';
  }
  if (isArchivedFile(file)) {
    if (relation === 'binome') return 'notFound';
    return ALLOWED_WHILE_ARCHIVED[relation].includes(action) ? 'allow' : 'forbidden';
  }
  return ALLOWED[relation].includes(action) ? 'allow' : 'forbidden';
}

/** Whether the caller's access to the file is written to the young person's audit log. */
export function isAuditedAccess(principal: Principal): boolean {
  return principal.role !== 'jeune';
}

/** `can` on a young person's file: the web's staff pages ask it which buttons to show. */
export function decideOnYouthFile(principal: Principal, action: YouthAction, file: YouthFileRef): Decision {
  return can(principal, action, file);
}
