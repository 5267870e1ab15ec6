/**
 * Every key format of the single table, and only here. Keys start with the tenant
 * (`D#<département>`) so that no query can reach another département's items.
 */
const tenant = (departement: string) => `D#${departement}`;

/** Lower-case, accent-free form of a name, the way people sort and search names. */
export function foldForSort(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** Sort form of a full name, so the caseload sorts as people read it. */
export function sortableName(lastName: string, firstName: string): string {
  return `${foldForSort(lastName)}#${foldForSort(firstName)}`;
}

export const keys = {
  youth: (departement: string, youthId: string) => `${tenant(departement)}#Y#${youthId}`,
  profileSk: 'PROFILE',
  journalSk: (entryId: string) => `JOURNAL#${entryId}`,
  journalPrefix: 'JOURNAL#',
  auditSk: (entryId: string) => `AUDIT#${entryId}`,
  auditPrefix: 'AUDIT#',

  /** Links a young person's own login (`sub`) to their file; also makes it unique. */
  account: (departement: string, accountSub: string) => `${tenant(departement)}#ACCOUNT#${accountSub}`,
  accountSk: 'YOUTH',

  /** gsi1: a referent's caseload. */
  referentCaseload: (departement: string, referentSub: string) => `${tenant(departement)}#REF#${referentSub}`,
  /** gsi2: a coordinateur's caseload. */
  coordinateurCaseload: (departement: string, coordinateurSub: string) => `${tenant(departement)}#COORD#${coordinateurSub}`,
  /** gsi3: every young person of a département. */
  departementYouth: (departement: string) => `${tenant(departement)}#YOUTH`,
  caseloadSort: (lastName: string, firstName: string, youthId: string) => `${sortableName(lastName, firstName)}#${youthId}`,

  /**
   * What the caseload reads of a young person besides the profile and plan, kept by the
   * writes that change it: each interview's dates (attribute `interview#<id>`), the last
   * journal entry's time. `complete` once it holds everything (files from before it are
   * filled in the first time a caseload shows them).
   */
  caseloadFactsSk: 'CASELOAD#FACTS',
  caseloadFactsInterviewAttribute: (interviewId: string) => `interview#${interviewId}`,
  /** An open deadline alert, as « Mon suivi » reads it with the summary (removed when acknowledged). */
  caseloadFactsDeadlineAlertAttribute: (alertId: string) => `deadlineAlert#${alertId}`,
  caseloadFactsDeadlineAlertPrefix: 'deadlineAlert#',
  /**
   * Deadlines calendar: one item per young person and kind of deadline, in their partition,
   * so a date that moves is one Put of the same item and its index keys follow. Indexed by
   * département and month (gsi3), and by referent / coordinateur and month (gsi1 / gsi2),
   * each sorted by `<dueOn>#<youthId>#<kind>`.
   */
  calendarSk: (kind: string) => `CAL#${kind}`,
  calendarPrefix: 'CAL#',
  departementCalendar: (departement: string, month: string) => `${tenant(departement)}#CAL#${month}`,
  referentCalendar: (departement: string, referentSub: string, month: string) => `${tenant(departement)}#REF#${referentSub}#CAL#${month}`,
  coordinateurCalendar: (departement: string, coordinateurSub: string, month: string) =>
    `${tenant(departement)}#COORD#${coordinateurSub}#CAL#${month}`,
  calendarSort: (dueOn: string, youthId: string, kind: string) => `${dueOn}#${youthId}#${kind}`,
  /**
   * Retention (RGPD): one item per young person, in their partition, that the daily
   * retention job finds them by. Indexed in gsi3 by département and file state, sorted by
   * `<sinceOn>#<youthId>`: for an active file the day its active period runs from (a lower
   * bound: a contact since only makes the job look once more), for an archived one the
   * day it was archived. A file whose care has not ended has the item without index keys.
   */
  retentionSk: 'RETENTION',
  departementRetention: (departement: string, state: string) => `${tenant(departement)}#RETENTION#${state}`,
  retentionSort: (sinceOn: string, youthId: string) => `${sinceOn}#${youthId}`,
  /** gsi3 of an archived file's profile: out of every list of the active base, still counted by the indicators. */
  departementArchivedYouth: (departement: string) => `${tenant(departement)}#ARCHIVED`,
  /**
   * What became of the files at the end of their intermediate period (handed to the archives
   * départementales, or destroyed): one record per decision, in the département's partition,
   * with no personal data (neither the file's id nor a name), sorted by the day it was taken.
   */
  retentionDecisions: (departement: string) => `${tenant(departement)}#DECISIONS`,
  retentionDecisionSk: (on: string, decisionId: string) => `DECISION#${on}#${decisionId}`,
  retentionDecisionPrefix: 'DECISION#',
  /** The last package produced for the archives départementales (its SHA-256), which the hand-over must name. */
  archivesPackageSk: 'ARCHIVES#PACKAGE',
  /** What happened to a file in its life (archived, reopened…): one item per move, its id saying which, so a second run finds it. */
  lifecycleSk: (on: string, state: string) => `LIFECYCLE#${on}#${state}`,
  lifecyclePrefix: 'LIFECYCLE#',
  /** A deadline alert the daily job wrote: its id says what it is about, so a second run finds it. */
  deadlineAlertSk: (alertId: string) => `ALERT#${alertId}`,
  deadlineAlertPrefix: 'ALERT#',
  /**
   * The one partition that does not start with a département: the list of départements
   * that have files, so the daily alerts job knows whom to run for without a Scan. It
   * holds département codes only.
   */
  departementRegistry: 'ENVOL#DEPARTEMENTS',
  departementRegistrySk: (departement: string) => tenant(departement),
  /**
   * A young person's request about their data (RGPD arts. 15–21), with its answers, in
   * their partition. While open it is in gsi3 under the département, sorted by
   * `<dueOn>#<youthId>#<requestId>` (the earliest due, so the late ones, first): the admins'
   * list of requests to answer is one Query; the item leaves the index once refused or done.
   */
  rgpdRequestSk: (requestId: string) => `RGPDREQ#${requestId}`,
  rgpdRequestPrefix: 'RGPDREQ#',
  departementOpenRgpdRequests: (departement: string) => `${tenant(departement)}#RGPDREQ#OPEN`,
  rgpdRequestSort: (dueOn: string, youthId: string, requestId: string) => `${dueOn}#${youthId}#${requestId}`,
  /** An open RGPD request in the caseload summary (« Mon suivi »): its due day only (removed once refused or done). */
  caseloadFactsRgpdRequestAttribute: (requestId: string) => `rgpdRequest#${requestId}`,
  caseloadFactsRgpdRequestPrefix: 'rgpdRequest#',
  /** « J'ai besoin d'aide »: an alert the young person raised, to their binôme. */
  helpAlertSk: (alertId: string) => `HELPALERT#${alertId}`,
  helpAlertPrefix: 'HELPALERT#',
  interviewSk: (interviewId: string) => `INTERVIEW#${interviewId}`,
  interviewPrefix: 'INTERVIEW#',
  /**
   * gsi3: the entretiens pour l'autonomie planned for one day and not held yet, so that the
   * daily reminders read the two days they remind of (tomorrow, in a week) and nothing else.
   * Sorted by `<youthId>#<interviewId>`.
   */
  plannedInterviews: (departement: string, day: string) => `${tenant(departement)}#INTERVIEWON#${day}`,
  plannedInterviewSort: (youthId: string, interviewId: string) => `${youthId}#${interviewId}`,
  /** One preparation questionnaire per young person, for the entretien des 17 ans. */
  preparationSk: 'PREPARATION#entretien17',
  planSk: 'PLAN',
  /** Every saved version of the projet d'autonomie, zero-padded so that they sort. */
  planVersionSk: (version: number) => `PLAN#V#${String(version).padStart(6, '0')}`,
  planVersionPrefix: 'PLAN#V#',

  /** Autonomy grid: every sent self-assessment and binôme assessment, by the day it describes. */
  gridEvaluationSk: (assessedOn: string, evaluationId: string) => `GRID#EVAL#${assessedOn}#${evaluationId}`,
  gridEvaluationPrefix: 'GRID#EVAL#',
  /** The young person's self-assessment in progress: one at a time, never read by staff. */
  gridSelfDraftSk: 'GRID#SELFDRAFT',
  /** Staff's decision on one proposal of a pair of evaluations. */
  gridDecisionSk: (pair: string, itemId: string) => `GRID#DECISION#${pair}#${itemId}`,
  gridDecisionPrefix: (pair: string) => `GRID#DECISION#${pair}#`,
  /**
   * Support from 18 to 21: a request, and under it every decision taken on it, so that one
   * prefix Query reads a young person's requests with their whole history, in order.
   */
  supportRequestSk: (requestId: string) => `SUPPORT#${requestId}`,
  supportDecisionSk: (requestId: string, decisionId: string) => `SUPPORT#${requestId}#DECISION#${decisionId}`,
  supportPrefix: 'SUPPORT#',

  /** A département's own settings and questionnaire versions. */
  departement: (departement: string) => `${tenant(departement)}#SETTINGS`,
  interviewSettingsSk: 'INTERVIEWS',
  committeeSettingsSk: 'COMMITTEES',
  retentionSettingsSk: 'RETENTION',
  preparationTemplateSk: (version: number) => `PREPTEMPLATE#${String(version).padStart(6, '0')}`,
  preparationTemplatePrefix: 'PREPTEMPLATE#',

  /** The département's published autonomy grid versions (2 and up; 1 is the built-in default) and its draft. */
  gridTemplateSk: (version: number) => `GRIDTPL#V#${String(version).padStart(6, '0')}`,
  gridTemplatePrefix: 'GRIDTPL#V#',
  gridTemplateDraftSk: 'GRIDTPL#DRAFT',

  /** A committee (CTJ / CDJ) and, under it, its members and consultations. */
  committee: (departement: string, committeeId: string) => `${tenant(departement)}#C#${committeeId}`,
  committeeSk: 'COMMITTEE',
  memberSk: (youthId: string) => `MEMBER#${youthId}`,
  memberPrefix: 'MEMBER#',
  consultationSk: (consultationId: string) => `CONSULT#${consultationId}`,
  consultationPrefix: 'CONSULT#',
  /** gsi1: the committees an organisateur organises. */
  organiserCommittees: (departement: string, organiserSub: string) => `${tenant(departement)}#ORG#${organiserSub}`,
  /** gsi2: the committees a young person (by login) is a member of. */
  memberCommittees: (departement: string, accountSub: string) => `${tenant(departement)}#MEMBEROF#${accountSub}`,
  /** gsi3: every committee of a département (admins). */
  departementCommittees: (departement: string) => `${tenant(departement)}#COMMITTEES`,
  committeeSort: (committeeId: string) => `C#${committeeId}`,
  /** gsi3: the consultations whose voting ends on one day (Paris), for « the vote closes tomorrow ». Sorted by `<committeeId>#<consultationId>`. */
  consultationsClosing: (departement: string, day: string) => `${tenant(departement)}#CLOSING#${day}`,
  consultationClosingSort: (committeeId: string, consultationId: string) => `${committeeId}#${consultationId}`,
  /**
   * gsi2: the consultations opening for their members on one day (Paris: `consultationOpeningDay`),
   * for « a consultation of your committee opens ». Sorted by `<committeeId>#<consultationId>`.
   */
  consultationsOpening: (departement: string, day: string) => `${tenant(departement)}#OPENING#${day}`,

  /** Ballot table: one partition per consultation. */
  ballotBox: (departement: string, committeeId: string, consultationId: string) =>
    `${tenant(departement)}#C#${committeeId}#K#${consultationId}`,
  /** A member was given their one ballot credential (it holds their id and a digest of the blinded request, never a choice). */
  participationSk: (youthId: string) => `PARTICIPATION#${youthId}`,
  participationPrefix: 'PARTICIPATION#',
  /** The consultation's blind-signature key pair (the private key sealed). */
  ballotKeySk: 'BALLOTKEY',
  /** One cast ballot: its answers under the spent credential's id (a hash of a message only the phone knew), no member, no time. */
  ballotSk: (credentialId: string) => `BALLOT#${credentialId}`,
  ballotPrefix: 'BALLOT#',
  feedbackSk: (randomId: string) => `FEEDBACK#${randomId}`,
  feedbackPrefix: 'FEEDBACK#',
  /** How many feedback texts one member gave (the count only, never which). */
  feedbackCountSk: (youthId: string) => `FBCOUNT#${youthId}`,
  /** A member was given their one answer credential for a follow-up (their id and a digest of the blinded request, never an answer). */
  followUpParticipationSk: (questionId: string, youthId: string) => `FUPART#${questionId}#${youthId}`,
  /** A follow-up's own blind-signature key pair: a credential for one question is worth nothing for another, nor as a ballot. */
  followUpKeySk: (questionId: string) => `FUKEY#${questionId}`,
  /** One follow-up answer: yes or no under the spent credential's id, no member, no time. */
  followUpAnswerSk: (questionId: string, credentialId: string) => `FUANSWER#${questionId}#${credentialId}`,
  followUpAnswerPrefix: 'FUANSWER#',
  /** Counters of the answers given before answer credentials (read, never written any more). */
  followUpTallySk: (questionId: string, answer: 'yes' | 'no', shard: number) => `FUTALLY#${questionId}#${answer}#${shard}`,
  followUpTallyPrefix: 'FUTALLY#',

  /** Housing (logement): the project and applications live in the young person's partition. */
  housingPrefix: 'HOUSING#',
  housingProjectSk: 'HOUSING#PROJECT',
  housingApplicationSk: (applicationId: string) => `HOUSING#APP#${applicationId}`,
  housingApplicationPrefix: 'HOUSING#APP#',
  /** Under the département's settings partition: the settings, partners and the number counter. */
  housingSettingsSk: 'HOUSING#SETTINGS',
  housingPartnerSk: (partnerId: string) => `HOUSING#PARTNER#${partnerId}`,
  housingPartnerPrefix: 'HOUSING#PARTNER#',
  /** One counter per year: application numbers restart at 1 each January. */
  housingCounterSk: (year: number) => `HOUSING#COUNTER#${year}`,
  /** gsi3: the département's applications in one status; gsi1 / gsi2: the same for one referent / coordinateur. */
  housingQueue: (departement: string, status: string) => `${tenant(departement)}#HOUSINGQ#${status}`,
  referentHousingQueue: (departement: string, referentSub: string, status: string) =>
    `${tenant(departement)}#REF#${referentSub}#HOUSINGQ#${status}`,
  coordinateurHousingQueue: (departement: string, coordinateurSub: string, status: string) =>
    `${tenant(departement)}#COORD#${coordinateurSub}#HOUSINGQ#${status}`,
  /** Oldest first: the day the application entered its status, the instant it was recorded, its id. */
  housingQueueSort: (statusSince: string, recordedAt: string, applicationId: string) => `${statusSince}#${recordedAt}#${applicationId}`,

  /** A caller's uses of a rate-limited action in one window (TTL-deleted after it). */
  rateLimit: (departement: string, callerSub: string) => `${tenant(departement)}#RATE#${callerSub}`,
  rateLimitSk: (action: string, windowStartsAt: number) => `${action}#${windowStartsAt}`,

  /** The staff directory: one partition per account, so that its `sub` is unique and read by one Get. */
  staff: (departement: string, staffSub: string) => `${tenant(departement)}#STAFF#${staffSub}`,
  staffSk: 'STAFF',
  /** gsi3: the département's staff directory, by role then name, so that one role is a key-prefix Query. */
  staffDirectory: (departement: string) => `${tenant(departement)}#STAFFDIR`,
  staffDirectorySort: (role: string, lastName: string, firstName: string, staffSub: string) =>
    `${role}#${sortableName(lastName, firstName)}#${staffSub}`,
  /** Under the département's settings partition: the dashboard's settings (binôme label, caps…). */
  dashboardSettingsSk: 'DASHBOARD',

  /**
   * Reminders (SMS, e-mail). A message of the outbox lives in its owner's partition (the
   * young person's, or the staff member's directory partition), written in the same
   * transaction as the event that makes it.
   */
  outboxSk: (messageId: string) => `OUTBOX#${messageId}`,
  outboxPrefix: 'OUTBOX#',
  /**
   * gsi1: the messages waiting to leave, by when they are due. The one key that does not
   * start with a département: the sender serves every département, and only the sender
   * reads this index (never a request), which holds no message once it has left.
   */
  outboxDue: 'OUTBOX#DUE',
  outboxDueSort: (dueAt: string, messageId: string) => `${dueAt}#${messageId}`,
  /** gsi3: the département's messages that failed for good, for its admins. */
  outboxFailed: (departement: string) => `${tenant(departement)}#OUTBOX#FAILED`,
  /** The channels and consent of a person (young person or staff), in their own partition. */
  contactSk: 'CONTACT',
  /** A code sent to verify a phone number or an address (only its hash is kept). */
  verificationSk: (channel: string) => `VERIFY#${channel}`,
  /** Under the département's settings partition: which reminders it sends. */
  reminderSettingsSk: 'REMINDERS',

  /**
   * What the exit indicators count of a young person besides the profile, kept by the
   * writes that change it (docs/data-model.md, pattern I1): each interview's kind, day,
   * follow-up situation and CEJ proposal (`interview#<id>`), the first signature of the
   * plan, each support request's kind and day (`supportRequest#<id>`) and decision
   * (`supportDecision#<id>`), and the check-ins of 19 and 21 (`checkIn#<age>`, the young
   * person's own answers, read by no staff route). In gsi3 under the département, so
   * that the indicators read them all with one Query.
   */
  indicatorFactsSk: 'INDICATORS',
  departementIndicators: (departement: string) => `${tenant(departement)}#INDICATORS`,
  indicatorInterviewAttribute: (interviewId: string) => `interview#${interviewId}`,
  indicatorSupportRequestAttribute: (requestId: string) => `supportRequest#${requestId}`,
  indicatorSupportDecisionAttribute: (decisionId: string) => `supportDecision#${decisionId}`,
  indicatorCheckInAttribute: (age: number) => `checkIn#${age}`,

  /**
   * A caller's idempotency records, one partition per caller (`sub`), so that the erasure of
   * a young person's file finds those of their login with one Query.
   */
  idempotency: (departement: string, callerSub: string) => `${tenant(departement)}#IDEM#${callerSub}`,
  idempotencySk: (key: string) => `IDEM#${key}`,
} as const;

/** The question a follow-up answer belongs to, read back from its sort key. */
export function parseFollowUpAnswerSk(sk: string): { questionId: string } {
  const [, questionId = ''] = sk.split('#');
  return { questionId };
}

/** The question and answer a follow-up counter counts, read back from its sort key. */
export function parseFollowUpTallySk(sk: string): { questionId: string; answer: 'yes' | 'no' } {
  const [, questionId = '', answer] = sk.split('#');
  return { questionId, answer: answer === 'yes' ? 'yes' : 'no' };
}
