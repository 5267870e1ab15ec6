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
  | 'plan.write';

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
  careEndDate?: CalendarDate | null;
}

export interface CreateYouthBody {
  firstName: string;
  lastName: string;
  birthDate: CalendarDate;
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
