/**
 * What can go wrong in Envol's rules and records, said without HTTP. Repositories, domain
 * modules and the policy throw these; the error boundary gives each `code` its status and
 * French message in one table (shared/http/error-table.ts). Codes are stable and dotted:
 * `<thing>.<what happened>`.
 */

/** A detail that points at what is wrong (`path`), told to the caller. */
export type ErrorDetail = { path?: string; message: string; [key: string]: unknown };

export type NotFoundCode =
  | 'youthFile.notFound'
  | 'youthFile.noneForAccount'
  | 'youth.notInDepartement'
  | 'interview.notFound'
  | 'plan.notFound'
  | 'plan.noneToAnswer'
  | 'committee.notFound'
  | 'consultation.notFound'
  | 'question.notFound'
  | 'followUp.notFound'
  | 'gridTemplate.versionNotFound'
  | 'gridEvaluation.notFound'
  | 'housingProject.notFound'
  | 'housingApplication.notFound'
  | 'housingPartner.notFound'
  | 'supportRequest.notFound'
  | 'staff.notFound'
  | 'helpAlert.notFound'
  | 'deadlineAlert.notFound'
  | 'rgpdRequest.notFound';

export type ForbiddenCode =
  | 'access.denied'
  | 'access.adminCreatesFiles'
  | 'access.adminAssignsBinome'
  | 'access.youngPeopleOnly'
  | 'access.adminSettings'
  | 'access.staffCreatesCommittees'
  | 'access.committeeOrganisers'
  | 'access.committeeMembers'
  | 'access.resultsNotPublished'
  | 'access.adminHousing'
  | 'access.housingQueue'
  | 'access.youngPersonSharesHousing'
  | 'access.adminStaff'
  | 'access.adminIndicators'
  | 'access.checkInOwnOnly'
  | 'access.caseloadBinome'
  | 'access.calendarStaff'
  | 'access.fileArchived'
  | 'access.adminArchives'
  | 'access.adminRgpdRequests'
  | 'access.youngPersonRgpdRequests';

export type AlreadyExistsCode =
  | 'account.alreadyLinked'
  | 'member.alreadyAdded'
  | 'ballot.alreadyCast'
  | 'ballot.credentialSpent'
  | 'followUp.alreadyAnswered'
  | 'followUp.credentialSpent'
  | 'gridProposal.alreadyDecided'
  | 'staff.alreadyRegistered';

export type RuleViolationCode =
  | 'plan.notProposed'
  | 'preparation.empty'
  | 'consultation.notOpen'
  | 'consultation.stillOpen'
  | 'consultation.belowThreshold'
  | 'consultation.notPublished'
  | 'followUp.answersClosed'
  | 'feedback.limitReached'
  | 'grid.tooYoung'
  | 'grid.nothingToSend'
  | 'gridProposal.unavailable'
  | 'plan.full'
  | 'housingApplication.invalidTransition'
  | 'housingProject.notShared'
  | 'supportRequest.after21'
  | 'supportRequest.returnNotOpen'
  | 'supportRequest.nothingToRenew'
  | 'supportRequest.grantedBefore'
  | 'supportRequest.alreadyGranted'
  | 'helpAlert.alreadyAcknowledged'
  | 'reminders.channelNotVerified'
  | 'checkIn.notOpen'
  | 'checkIn.alreadyDone'
  | 'deadlineAlert.alreadyAcknowledged'
  | 'youthFile.notArchived'
  | 'youthFile.notArchivedForDecision'
  | 'youthFile.intermediatePeriodNotOver'
  | 'youthFile.decisionDiffers'
  | 'archivesPackage.unknown'
  | 'archivesPackage.tooLarge'
  | 'rgpdRequest.invalidTransition'
  | 'rgpdRequest.alreadyExtended'
  | 'rgpdRequest.extensionTooLate';

export type InvalidInputCode =
  | 'input.invalid'
  | 'cursor.invalid'
  | 'housing.unknownPartner'
  | 'housing.unknownSolutionType'
  | 'supportDecision.invalid'
  | 'supportDecision.after21'
  | 'supportDecision.afterSchoolYear'
  | 'supportDecision.refusalWithoutReasons'
  | 'rgpdAnswer.refusalWithoutReasons'
  | 'binome.unknownStaff'
  | 'plan.incomplete'
  | 'reminders.invalidPhone'
  | 'reminders.noCodePending'
  | 'reminders.codeExpired'
  | 'reminders.wrongCode'
  | 'reminders.invalidStopToken'
  | 'ballot.credentialInvalid'
  | 'followUp.credentialInvalid'
  | 'ballot.identityNotAllowed';

export type TooManyRequestsCode = 'rateLimit.exceeded' | 'reminders.tooManyAttempts' | 'reminders.codeJustSent';

export type DomainErrorCode =
  | NotFoundCode
  | ForbiddenCode
  | AlreadyExistsCode
  | RuleViolationCode
  | InvalidInputCode
  | TooManyRequestsCode
  | 'version.conflict';

interface DomainErrorOptions {
  cause?: unknown;
  details?: ErrorDetail[];
  /** Values the message quotes (a threshold, a count): never personal data. */
  params?: Record<string, number>;
}

/**
 * The base of every domain error. Its `message` is for developers: the code, then the
 * first detail if any. What the caller reads is the boundary's job.
 */
export abstract class DomainError extends Error {
  readonly details: ErrorDetail[];
  readonly params: Record<string, number>;

  constructor(
    readonly code: DomainErrorCode,
    options: DomainErrorOptions = {},
  ) {
    super(options.details?.[0] ? `${code}: ${options.details[0].message}` : code, { cause: options.cause });
    this.name = new.target.name;
    this.details = options.details ?? [];
    this.params = options.params ?? {};
  }
}

/** The thing does not exist, or the caller may not know it does. */
export class NotFound extends DomainError {
  constructor(code: NotFoundCode, options?: { cause?: unknown }) {
    super(code, options);
  }
}

/** The caller knows the thing but may not do this to it. */
export class Forbidden extends DomainError {
  constructor(code: ForbiddenCode = 'access.denied') {
    super(code);
  }
}

/** Optimistic locking lost: someone saved a newer version first. */
export class VersionConflict extends DomainError {
  constructor(options: { currentVersion?: number | undefined; cause?: unknown } = {}) {
    super('version.conflict', {
      cause: options.cause,
      details: options.currentVersion === undefined ? [] : [{ message: 'Version actuelle', currentVersion: options.currentVersion }],
    });
  }
}

/** Something that may exist once only exists already. */
export class AlreadyExists extends DomainError {
  constructor(code: AlreadyExistsCode, options?: { cause?: unknown; details?: ErrorDetail[] }) {
    super(code, options);
  }
}

/** A rule forbids this now (a transition the state does not allow, a threshold not met). */
export class RuleViolation extends DomainError {
  constructor(code: RuleViolationCode, options?: { params?: Record<string, number>; cause?: unknown }) {
    super(code, options);
  }
}

/** Input that is well-formed but that the rules reject, field by field. */
export class InvalidInput extends DomainError {
  constructor(code: InvalidInputCode, details: ErrorDetail[] = []) {
    super(code, { details });
  }
}

/** The caller has used up what a rate limit allows for now; `retryAfterSeconds` says when to try again. */
export class TooManyRequests extends DomainError {
  constructor(
    code: TooManyRequestsCode,
    readonly retryAfterSeconds: number,
    options?: { cause?: unknown },
  ) {
    super(code, {
      cause: options?.cause,
      details: [{ message: `Réessayez dans ${retryAfterSeconds} secondes.`, retryAfterSeconds }],
      params: { retryAfterSeconds },
    });
  }
}
