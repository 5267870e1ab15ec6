/**
 * The lists of allowed values of the API contract, each declared once. The zod schemas build
 * their enums from them and the web imports them at run time for its menus and checks. No zod
 * here, on purpose: a list costs a web chunk only its own bytes. Roles are in
 * `shared/auth/roles.ts`, apart, because the web's entry (the young person's bundle) reads them:
 * a module the entry imports is placed whole in the entry.
 */

/** What an audit entry records (« qui a consulté mon dossier »). */
export const AUDIT_ACTIONS = [
  'profile.create',
  'profile.read',
  'profile.update',
  'binome.assign',
  'journal.read',
  'journal.write',
  /** A note staff wrote for staff only (not meant for the young person): told as such in their log. */
  'note.write',
  'audit.read',
  'export.read',
  'interview.read',
  'interview.write',
  'preparation.read',
  'plan.read',
  'plan.write',
  'committee.join',
  'committee.search',
  'grid.read',
  'grid.write',
  'housing.read',
  'housing.write',
  'housing.queue',
  'support.read',
  'support.request',
  'support.decide',
  'help.read',
  'help.acknowledge',
  'reminders.read',
  'reminders.failures',
  'alert.read',
  'alert.acknowledge',
  /** An admin opened a file of the intermediate archive, with the reason they gave (`reason`). */
  'archive.open',
  /** The file was brought back from the intermediate archive (by an admin, with `reason`). */
  'archive.reopen',
  /** An admin produced the package for the archives départementales (`reason`: the decision's reference). */
  'archive.package',
  /** Staff read the young person's requests about their data (RGPD arts. 15–21). */
  'rgpdRequest.read',
  /** An admin saw the request (its kind and dates, never its text) in the département's list of requests to answer. */
  'rgpdRequest.list',
  /** Staff answered one of them (accepted, refused with reasons, or done). */
  'rgpdRequest.answer',
  /** Staff extended its deadline by two months, with reasons told to the young person (art. 12.3). */
  'rgpdRequest.extend',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const INTERVIEW_KINDS = ['entretien17', 'suivi'] as const;
export type InterviewKind = (typeof INTERVIEW_KINDS)[number];

/** `sans_objet`: care ended before the interview was due, so it is no longer owed. */
export const DEADLINE_STATUSES = ['a_planifier', 'planifie', 'realise', 'en_retard', 'sans_objet'] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

/** Who carries out an action of the projet d'autonomie. */
export const ACTION_OWNERS = ['jeune', 'referent', 'coordinateur', 'partenaire'] as const;
export type ActionOwner = (typeof ACTION_OWNERS)[number];

export const ACTION_STATUSES = ['a_faire', 'en_cours', 'fait', 'abandonne'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** `brouillon`: saved by the binôme, not yet proposed (a need is still uncovered, or they chose to wait). */
export const PLAN_STATUSES = ['brouillon', 'propose', 'signe', 'modification_demandee'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** What happened to a version of the plan, in its history. */
export const PLAN_EVENTS = ['saved', 'draft_saved', 'signed', 'change_requested'] as const;
export type PlanEvent = (typeof PLAN_EVENTS)[number];

/** Comité territorial (CTJ) or départemental (CDJ) des jeunes. */
export const COMMITTEE_KINDS = ['CTJ', 'CDJ'] as const;
export type CommitteeKind = (typeof COMMITTEE_KINDS)[number];

/** A consultation question takes one option or several. */
export const QUESTION_KINDS = ['single', 'multiple'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** `a_venir` is a draft not yet open to members; `publiee` means members see the results. */
export const CONSULTATION_STATUSES = ['a_venir', 'ouverte', 'fermee', 'publiee'] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];

/** Why results are withheld. */
export const WITHHELD_REASONS = ['consultation_ouverte', 'seuil_non_atteint'] as const;
export type WithheldReason = (typeof WITHHELD_REASONS)[number];

/** What was done with a consultation's question. */
export const FOLLOW_UP_STATUSES = ['a_l_etude', 'en_cours', 'realise', 'non_retenu'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/**
 * Support from 18 to 21 (L222-5, 5°): a first request, a renewal of a granted support, or a
 * return after leaving care (« droit au retour »).
 */
export const SUPPORT_REQUEST_KINDS = ['premiere', 'renouvellement', 'retour'] as const;
export type SupportRequestKind = (typeof SUPPORT_REQUEST_KINDS)[number];

export const SUPPORT_OUTCOMES = ['accordee', 'refusee'] as const;
export type SupportOutcome = (typeof SUPPORT_OUTCOMES)[number];

/** A request waits for a decision, then carries the outcome of its latest decision. */
export const SUPPORT_REQUEST_STATUSES = ['en_attente', ...SUPPORT_OUTCOMES] as const;
export type SupportRequestStatus = (typeof SUPPORT_REQUEST_STATUSES)[number];

/**
 * A young person's request about their data (RGPD): access (art. 15), rectification (16),
 * erasure (17), restriction of processing (18), objection (21).
 */
export const RGPD_REQUEST_KINDS = ['acces', 'rectification', 'effacement', 'limitation', 'opposition'] as const;
export type RgpdRequestKind = (typeof RGPD_REQUEST_KINDS)[number];

/** `en_attente` until staff answer; `acceptee` is still to be carried out; `refusee` (with reasons) and `traitee` are final. */
export const RGPD_REQUEST_STATUSES = ['en_attente', 'acceptee', 'refusee', 'traitee'] as const;
export type RgpdRequestStatus = (typeof RGPD_REQUEST_STATUSES)[number];
