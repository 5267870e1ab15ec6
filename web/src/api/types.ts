/**
 * The API contract as the front end sees it. Written by hand so that the young
 * person's bundle carries no schema library; `types.test.ts` checks at compile time
 * that these stay identical to the types inferred from the server's zod schemas.
 */

/** A calendar date `YYYY-MM-DD` (no time, no zone). */
export type CalendarDate = string;
/** An ISO-8601 instant. */
export type Timestamp = string;

export const ROLES = ['jeune', 'referent', 'coordinateur', 'organisateur', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface KeyDates {
  age16: CalendarDate;
  age17: CalendarDate;
  age18: CalendarDate;
  age21: CalendarDate;
  careEnd: CalendarDate | null;
}

export interface Youth {
  id: string;
  departement: string;
  firstName: string;
  lastName: string;
  birthDate: CalendarDate;
  careStartDate: CalendarDate | null;
  careEndDate: CalendarDate | null;
  accountSub: string;
  referentId: string;
  coordinateurId: string;
  version: number;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  keyDates: KeyDates;
}

export type YouthSummary = Pick<Youth, 'id' | 'firstName' | 'lastName' | 'birthDate' | 'careEndDate' | 'keyDates'>;

export interface JournalEntry {
  id: string;
  text: string;
  visibleToYouth: boolean;
  authorSub: string;
  authorName: string | null;
  authorRole: string;
  createdAt: Timestamp;
}

export type AuditAction =
  | 'profile.create'
  | 'profile.read'
  | 'profile.update'
  | 'journal.read'
  | 'journal.write'
  | 'audit.read'
  | 'export.read'
  | 'interview.read'
  | 'interview.write'
  | 'preparation.read'
  | 'plan.read'
  | 'plan.write'
  | 'committee.join';

export interface AuditEntry {
  id: string;
  at: Timestamp;
  actorSub: string;
  actorName: string | null;
  actorRole: string;
  action: AuditAction;
}

/** One page of a list; `cursor` is null on the last page. */
export interface Page<T> {
  items: T[];
  cursor: string | null;
}

export interface UpdateYouthBody {
  version: number;
  firstName?: string;
  lastName?: string;
  birthDate?: CalendarDate;
  careStartDate?: CalendarDate | null;
  careEndDate?: CalendarDate | null;
}

export interface CreateYouthBody {
  firstName: string;
  lastName: string;
  birthDate: CalendarDate;
  careStartDate?: CalendarDate | null;
  careEndDate?: CalendarDate | null;
  accountSub: string;
  referentId: string;
  coordinateurId: string;
}

export interface CreateJournalEntryBody {
  text: string;
  visibleToYouth: boolean;
}

export interface ApiErrorDetail {
  path?: string | (string | number)[];
  message?: string;
  [key: string]: unknown;
}

export interface ApiErrorBody {
  error: { code: string; message: string; details?: ApiErrorDetail[] };
}

/** `/config.json`: how this deployment signs people in. */
export type AppConfig =
  | { auth: 'dev' }
  | {
      auth: 'cognito';
      cognitoDomain: string;
      clientId: string;
      redirectUri: string;
      /** Where Cognito sends the browser after signing out; it must be an allowed sign-out URL. */
      logoutUri?: string;
    };

/** `GET /dev/auth/accounts`: the local demo accounts. */
export interface DemoAccount {
  sub: string;
  role: Role;
  departement: string;
  name: string;
  label: string;
}

// ——— Interviews area (`/api/interviews`): entretien des 17 ans, follow-up, preparation, projet d'autonomie ———

/** The domains a preparation question, an interview point or a plan goal belongs to. */
export type PreparationDomain = 'logement' | 'ressources' | 'formation_emploi' | 'sante' | 'papiers_droits' | 'entourage' | 'mes_questions';

export type DeadlineStatus = 'a_planifier' | 'planifie' | 'realise' | 'en_retard' | 'sans_objet';

export interface InterviewDeadlines {
  entretien17: { opensOn: CalendarDate; dueBy: CalendarDate; target: CalendarDate; status: DeadlineStatus };
  /** Null while care goes on: the follow-up interview is due only once care has ended. */
  followUp: { dueBy: CalendarDate; status: DeadlineStatus } | null;
  /** Null until a plan exists. */
  planReview: { dueBy: CalendarDate; status: DeadlineStatus } | null;
}

export type InterviewKind = 'entretien17' | 'suivi';

export interface InterviewParticipant {
  name: string;
  role: string;
}

export interface InterviewPoint {
  domain: PreparationDomain;
  text: string;
}

/** The four exit indicators, recorded at the follow-up interview. */
export interface ExitSituation {
  stableHousing: boolean;
  resources: boolean;
  educationOrWork: boolean;
  healthCover: boolean;
}

export interface Interview {
  id: string;
  kind: InterviewKind;
  scheduledOn: CalendarDate | null;
  heldOn: CalendarDate | null;
  participants: InterviewParticipant[];
  summary: string;
  points: InterviewPoint[];
  exitSituation: ExitSituation | null;
  version: number;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface InterviewList {
  items: Interview[];
}

interface InterviewFieldsBody {
  scheduledOn?: CalendarDate | null | undefined;
  heldOn?: CalendarDate | null | undefined;
  participants?: InterviewParticipant[] | undefined;
  summary?: string | undefined;
  points?: InterviewPoint[] | undefined;
  exitSituation?: ExitSituation | null | undefined;
}

export interface CreateInterviewBody extends InterviewFieldsBody {
  kind: InterviewKind;
}

export interface UpdateInterviewBody extends InterviewFieldsBody {
  version: number;
}

export interface PreparationQuestion {
  id: string;
  domain: PreparationDomain;
  label: string;
  kind: 'text' | 'choice';
  options?: string[] | undefined;
}

export interface Preparation {
  template: { version: number; questions: PreparationQuestion[] };
  /** By question id; null for staff until the young person shares. */
  answers: Record<string, string> | null;
  sharedAt: Timestamp | null;
  updatedAt: Timestamp | null;
}

export interface SaveAnswersBody {
  answers: Record<string, string>;
}

export type ActionOwner = 'jeune' | 'referent' | 'coordinateur' | 'partenaire';
export type ActionStatus = 'a_faire' | 'en_cours' | 'fait' | 'abandonne';

export interface PlanAction {
  id: string;
  label: string;
  who: ActionOwner;
  partnerName?: string | null | undefined;
  dueOn: CalendarDate;
  status: ActionStatus;
}

export interface PlanGoal {
  id: string;
  domain: PreparationDomain;
  label: string;
  /** What happens if the goal is not reached. */
  planB: string;
  actions: PlanAction[];
}

export type PlanStatus = 'propose' | 'signe' | 'modification_demandee';

/** The projet d'autonomie, current version. */
export interface Plan {
  goals: PlanGoal[];
  status: PlanStatus;
  version: number;
  updatedAt: Timestamp;
  updatedByName: string | null;
  lastReviewedOn: CalendarDate;
  majorChangeOn: CalendarDate | null;
  reviewDueOn: CalendarDate;
  signedAt: Timestamp | null;
  changeRequest: { message: string; at: Timestamp } | null;
}

export interface PlanHistoryItem extends Plan {
  event: 'saved' | 'signed' | 'change_requested';
  at: Timestamp;
  byRole: string;
}

export interface PlanHistory {
  items: PlanHistoryItem[];
}

export interface SavePlanBody {
  /** 0 to create the plan, else the version read. */
  version: number;
  goals: PlanGoal[];
  majorChangeOn?: CalendarDate | null | undefined;
}

export interface RespondToPlanBody {
  version: number;
}

export interface RequestPlanChangeBody {
  version: number;
  message: string;
}

// ——— Committees area (`/api/committees`): CTJ / CDJ, consultations, secret ballots, results ———

export type CommitteeKind = 'CTJ' | 'CDJ';

export interface Committee {
  id: string;
  kind: CommitteeKind;
  name: string;
  territory: string | null;
  organiserSub: string;
  memberCount: number;
  createdAt: Timestamp;
}

export interface CommitteeList {
  items: Committee[];
}

export interface CreateCommitteeBody {
  kind: CommitteeKind;
  name: string;
  territory?: string | undefined;
}

export interface CommitteeMember {
  youthId: string;
  firstName: string;
  lastName: string;
  addedAt: Timestamp;
}

export interface CommitteeMemberList {
  items: CommitteeMember[];
}

export interface AddMemberBody {
  youthId: string;
}

/** A young person found by the start of their last name, to add to a committee. */
export interface CommitteeCandidate {
  youthId: string;
  firstName: string;
  lastName: string;
  isMember: boolean;
}

export interface CommitteeCandidateList {
  items: CommitteeCandidate[];
}

export type QuestionKind = 'single' | 'multiple';

export interface ConsultationOption {
  id: string;
  label: string;
}

export interface ConsultationQuestion {
  id: string;
  label: string;
  kind: QuestionKind;
  options: ConsultationOption[];
}

/** `a_venir` is a draft not yet open to members; `publiee` means members see the results. */
export type ConsultationStatus = 'a_venir' | 'ouverte' | 'fermee' | 'publiee';

export type FollowUpStatus = 'a_l_etude' | 'en_cours' | 'realise' | 'non_retenu';

/** What was done with a question, and how many members said it answers their question. */
export interface FollowUp {
  questionId: string;
  status: FollowUpStatus;
  text: string;
  updatedAt: Timestamp;
  /** How many members answered; the yes/no split stays null below the consultation's threshold. */
  answersCount?: number | undefined;
  answersQuestion?: { yes: number; no: number } | null | undefined;
  /** For a member: whether they have already answered. */
  hasAnswered?: boolean | undefined;
}

export interface Consultation {
  id: string;
  committeeId: string;
  title: string;
  description: string | null;
  questions: ConsultationQuestion[];
  opensAt: Timestamp;
  closesAt: Timestamp;
  closedAt: Timestamp | null;
  publishedAt: Timestamp | null;
  minBallots: number;
  status: ConsultationStatus;
  /** The participation count: the only figure shown while the vote is open. */
  ballots: number;
  followUps: FollowUp[];
  /** For a member only: whether they have voted. */
  hasVoted?: boolean | undefined;
}

export interface ConsultationList {
  items: Consultation[];
}

export interface CreateConsultationBody {
  title: string;
  description?: string | undefined;
  questions: ConsultationQuestion[];
  opensAt: Timestamp;
  closesAt: Timestamp;
  minBallots?: number | undefined;
}

/** By question id: one option id (single choice) or several (multiple choice). A question left out is an abstention. */
export type BallotAnswers = Record<string, string | string[]>;

export interface BallotBody {
  answers: BallotAnswers;
  feedback?: string | undefined;
}

export interface FeedbackBody {
  text: string;
}

export interface Accepted {
  accepted: true;
}

export interface ConsultationResults {
  /** Participation count. */
  ballots: number;
  withheld: boolean;
  reason?: 'consultation_ouverte' | 'seuil_non_atteint' | undefined;
  questions?: { id: string; options: { id: string; count: number }[] }[] | undefined;
  /** Free feedback, in random order, never attributed. */
  feedback?: string[] | undefined;
}

export interface PutFollowUpBody {
  status: FollowUpStatus;
  text: string;
}

export interface FollowUpResponseBody {
  answersMyQuestion: boolean;
}
