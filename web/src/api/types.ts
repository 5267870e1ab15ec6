/**
 * The API contract as the front end sees it: every type is inferred from the server's zod
 * schemas (`shared/schemas`), so a shape is declared once. The imports are type-only and
 * vanish at build: no schema library reaches the young person's bundle (bench/README.md,
 * « Web »). Responses are `z.infer` (what the server sends); bodies are `z.input` (what a
 * schema accepts). Lists of allowed values come from `shared/schemas/allowed-values.ts`.
 */
import type * as z from 'zod';
import type { DemoAccount } from '../../../functions/local/demo-accounts.js';
import type { WebRuntimeConfig } from '../../../infra/lib/web-content.js';
import type {
  acceptedSchema,
  addMemberSchema,
  answerCredentialRequestSchema,
  ballotSchema,
  candidateListSchema,
  castBallotSchema,
  castFollowUpAnswerSchema,
  committeeListSchema,
  committeeSchema,
  committeeSettingsSchema,
  consultationListSchema,
  consultationSchema,
  createCommitteeSchema,
  createConsultationSchema,
  createdConsultationSchema,
  credentialRequestSchema,
  credentialSchema,
  feedbackInputSchema,
  followUpSchema,
  memberListSchema,
  memberSchema,
  putFollowUpSchema,
  resultsSchema,
  votesWaitingSchema,
} from '../../../shared/schemas/committees.js';
import type { errorSchema, pageSchema } from '../../../shared/schemas/common.js';
import type { calendarPageSchema, deadlineAlertSchema } from '../../../shared/schemas/deadlines.js';
import type {
  acceptedProposalSchema,
  acceptProposalSchema,
  createBinomeAssessmentSchema,
  gridComparisonSchema,
  gridDraftSchema,
  gridEvaluationListSchema,
  gridEvaluationSchema,
  gridProgressSchema,
  gridProposalListSchema,
  gridProposalSchema,
  gridTemplateSchema,
  publishGridSchema,
  saveGridDraftSchema,
  saveSelfLevelsSchema,
  selfAssessmentSchema,
} from '../../../shared/schemas/grids.js';
import type {
  applicationSchema,
  createApplicationSchema,
  housingAlertSchema,
  housingFileSchema,
  housingSettingsSchema,
  partnerInputSchema,
  partnerListSchema,
  partnerSchema,
  projectSchema,
  queuePageSchema,
  saveProjectSchema,
  transitionSchema,
} from '../../../shared/schemas/housing.js';
import type { checkInReplySchema, checkInStateSchema, indicatorTableSchema } from '../../../shared/schemas/indicators.js';
import type {
  createInterviewSchema,
  deadlinesSchema,
  exitSituationSchema,
  interviewListSchema,
  interviewSchema,
  planHistorySchema,
  planSchema,
  preparationSchema,
  requestPlanChangeSchema,
  respondToPlanSchema,
  saveAnswersSchema,
  savePlanSchema,
  updateInterviewSchema,
} from '../../../shared/schemas/interviews.js';
import type {
  chooseChannelsSchema,
  contactViewSchema,
  failedReminderListSchema,
  failedReminderSchema,
  sentReminderListSchema,
  startEmailVerificationSchema,
  startPhoneVerificationSchema,
} from '../../../shared/schemas/reminders.js';
import type {
  archivedFileOpenedSchema,
  archivedFileSchema,
  openArchivedFileSchema,
  reopenFileSchema,
  retentionDecisionSchema,
  retentionSettingsSchema,
} from '../../../shared/schemas/retention.js';
import type {
  answerRgpdRequestSchema,
  createRgpdRequestSchema,
  extendRgpdRequestSchema,
  openRgpdRequestListSchema,
  rgpdRequestListSchema,
  rgpdRequestSchema,
} from '../../../shared/schemas/rgpd-requests.js';
import type {
  caseloadSchema,
  createStaffSchema,
  dashboardSettingsSchema,
  helpAlertSchema,
  helpAnswerSchema,
  staffMemberSchema,
  staffRoleSchema,
  updateStaffSchema,
} from '../../../shared/schemas/staff.js';
import type {
  createSupportRequestSchema,
  decideSupportRequestSchema,
  supportDecisionSchema,
  supportRequestListSchema,
  supportRequestSchema,
} from '../../../shared/schemas/support.js';
import type {
  auditEntrySchema,
  createJournalEntrySchema,
  createYouthSchema,
  journalEntrySchema,
  keyDatesSchema,
  myFileSchema,
  setTrustedPersonSchema,
  updateYouthSchema,
  youthSchema,
  youthSummarySchema,
} from '../../../shared/schemas/youth.js';
import type { youthExportSchema } from '../../../shared/schemas/youth-export.js';

export type { Role } from '../../../shared/auth/roles.js';
export type { PreparationDomain } from '../../../shared/domain/preparation-template.js';
export type {
  ActionOwner,
  ActionStatus,
  AuditAction,
  CommitteeKind,
  ConsultationStatus,
  DeadlineStatus,
  FollowUpStatus,
  InterviewKind,
  PlanStatus,
  QuestionKind,
  RgpdRequestKind,
  RgpdRequestStatus,
  SupportOutcome,
  SupportRequestKind,
  SupportRequestStatus,
} from '../../../shared/schemas/allowed-values.js';
export type { DemoAccount };

/** One page of a list; `cursor` is null on the last page. */
export type Page<T> = z.infer<ReturnType<typeof pageSchema<z.ZodType<T>>>>;

export type ApiErrorBody = z.infer<typeof errorSchema>;
/** A detail of an error; the forms also accept zod's array form of `path`, should a proxy send it. */
export type ApiErrorDetail = Omit<ApiErrorBody['error']['details'][number], 'path'> & { path?: string | (string | number)[] };

// ——— Youth area (`/api/youth`) ———
export type Youth = z.infer<typeof youthSchema>;
/** « Mon dossier »: the file, « À faire maintenant » and the binôme. */
export type MyFile = z.infer<typeof myFileSchema>;
export type ToDoItem = MyFile['toDo'][number];
export type BinomeContact = MyFile['binome'];
export type KeyDates = z.infer<typeof keyDatesSchema>;
export type YouthSummary = z.infer<typeof youthSummarySchema>;
export type JournalEntry = z.infer<typeof journalEntrySchema>;
export type AuditEntry = z.infer<typeof auditEntrySchema>;
/** The RGPD export of a file (GET /api/youth/{id}/export). */
export type YouthExport = z.infer<typeof youthExportSchema>;
export type CreateYouthBody = z.input<typeof createYouthSchema>;
export type SetTrustedPersonBody = z.input<typeof setTrustedPersonSchema>;
export type UpdateYouthBody = z.input<typeof updateYouthSchema>;
export type CreateJournalEntryBody = z.input<typeof createJournalEntrySchema>;

// ——— Intermediate archive (`/api/youth/archived`, `/api/youth/{id}/archive/open`, `/api/youth/{id}/reopen`) ———
/** A line of the admins' « Dossiers archivés »: names and dates only. */
export type ArchivedFile = z.infer<typeof archivedFileSchema>;
/** An archived file opened by an admin with a reason: the whole file, read-only. */
export type ArchivedFileOpened = z.infer<typeof archivedFileOpenedSchema>;
export type OpenArchivedFileBody = z.input<typeof openArchivedFileSchema>;
export type ReopenFileBody = z.input<typeof reopenFileSchema>;
/** How long a file stays in the active base and in the intermediate archive, in whole years. */
export type RetentionSettings = z.infer<typeof retentionSettingsSchema>;
/** What is left of a file handed over or destroyed (`…/hand-over`, `…/destroy`): no personal data. */
export type RetentionDecision = z.infer<typeof retentionDecisionSchema>;

// ——— Support from 18 to 21 (`/api/youth/{youthId}/support-requests`) ———
export type SupportRequest = z.infer<typeof supportRequestSchema>;
export type SupportDecision = z.infer<typeof supportDecisionSchema>;
export type SupportRequestList = z.infer<typeof supportRequestListSchema>;
export type CreateSupportRequestBody = z.input<typeof createSupportRequestSchema>;
export type DecideSupportRequestBody = z.input<typeof decideSupportRequestSchema>;

// ——— Requests about one's data, RGPD arts. 15–21 (`/api/youth/{youthId}/rgpd-requests`, `/api/dashboard/rgpd-requests`) ———
export type RgpdRequest = z.infer<typeof rgpdRequestSchema>;
export type RgpdRequestList = z.infer<typeof rgpdRequestListSchema>;
export type CreateRgpdRequestBody = z.input<typeof createRgpdRequestSchema>;
export type AnswerRgpdRequestBody = z.input<typeof answerRgpdRequestSchema>;
export type ExtendRgpdRequestBody = z.input<typeof extendRgpdRequestSchema>;
export type OpenRgpdRequestList = z.infer<typeof openRgpdRequestListSchema>;

// ——— Interviews area (`/api/interviews`): entretien des 17 ans, follow-up, preparation, projet d'autonomie ———
export type InterviewDeadlines = z.infer<typeof deadlinesSchema>;
export type Interview = z.infer<typeof interviewSchema>;
export type InterviewList = z.infer<typeof interviewListSchema>;
export type InterviewParticipant = Interview['participants'][number];
export type InterviewPoint = Interview['points'][number];
export type ExitSituation = z.infer<typeof exitSituationSchema>;
export type CreateInterviewBody = z.input<typeof createInterviewSchema>;
export type UpdateInterviewBody = z.input<typeof updateInterviewSchema>;
export type Preparation = z.infer<typeof preparationSchema>;
export type PreparationQuestion = Preparation['template']['questions'][number];
export type SaveAnswersBody = z.input<typeof saveAnswersSchema>;
/** The projet d'autonomie, current version. */
export type Plan = z.infer<typeof planSchema>;
export type PlanGoal = Plan['goals'][number];
export type PlanAction = PlanGoal['actions'][number];
export type PlanHistory = z.infer<typeof planHistorySchema>;
export type PlanHistoryItem = PlanHistory['items'][number];
export type SavePlanBody = z.input<typeof savePlanSchema>;
export type RespondToPlanBody = z.input<typeof respondToPlanSchema>;
export type RequestPlanChangeBody = z.input<typeof requestPlanChangeSchema>;

// ——— Grids area (`/api/grids`): the département's grid, self-assessment, diagnostic partagé, comparison, proposals ———
export type GridTemplate = z.infer<typeof gridTemplateSchema>;
export type GridItem = GridTemplate['items'][number];
export type GridDraft = z.infer<typeof gridDraftSchema>;
export type SaveGridDraftBody = z.input<typeof saveGridDraftSchema>;
export type PublishGridBody = z.input<typeof publishGridSchema>;
export type SelfAssessment = z.infer<typeof selfAssessmentSchema>;
export type SaveSelfLevelsBody = z.input<typeof saveSelfLevelsSchema>;
export type GridEvaluation = z.infer<typeof gridEvaluationSchema>;
export type GridEvaluationList = z.infer<typeof gridEvaluationListSchema>;
export type GridLevel = GridEvaluation['levels'][string];
export type CreateBinomeAssessmentBody = z.input<typeof createBinomeAssessmentSchema>;
export type GridComparison = z.infer<typeof gridComparisonSchema>;
export type GridProgress = z.infer<typeof gridProgressSchema>;
export type GridProposal = z.infer<typeof gridProposalSchema>;
export type GridProposalList = z.infer<typeof gridProposalListSchema>;
export type AcceptProposalBody = z.input<typeof acceptProposalSchema>;
export type AcceptedProposal = z.infer<typeof acceptedProposalSchema>;

// ——— Housing area (`/api/housing`): project, applications and their workflow, partners, queue ———
export type HousingFile = z.infer<typeof housingFileSchema>;
export type HousingProject = z.infer<typeof projectSchema>;
export type HousingApplication = z.infer<typeof applicationSchema>;
export type HousingApplicationStatus = HousingApplication['status'];
export type HousingEvent = HousingApplication['history'][number];
export type HousingAlert = z.infer<typeof housingAlertSchema>;
export type HousingSettings = z.infer<typeof housingSettingsSchema>;
export type HousingSolutionType = HousingSettings['solutionTypes'][number];
export type HousingPartner = z.infer<typeof partnerSchema>;
export type HousingPartnerList = z.infer<typeof partnerListSchema>;
export type HousingQueuePage = z.infer<typeof queuePageSchema>;
export type HousingQueueItem = HousingQueuePage['items'][number];
export type SaveHousingProjectBody = z.input<typeof saveProjectSchema>;
export type CreateHousingApplicationBody = z.input<typeof createApplicationSchema>;
export type HousingTransitionBody = z.input<typeof transitionSchema>;
export type HousingPartnerBody = z.input<typeof partnerInputSchema>;

// ——— Dashboard area (`/api/staff`, `/api/dashboard`): the staff directory, the département's settings ———
export type StaffMember = z.infer<typeof staffMemberSchema>;
export type StaffRole = z.infer<typeof staffRoleSchema>;
export type CreateStaffBody = z.input<typeof createStaffSchema>;
export type UpdateStaffBody = z.input<typeof updateStaffSchema>;
export type DashboardSettings = z.infer<typeof dashboardSettingsSchema>;
export type DashboardSettingsBody = z.input<typeof dashboardSettingsSchema>;
export type Caseload = z.infer<typeof caseloadSchema>;
export type CaseloadItem = Caseload['items'][number];
export type CaseloadDeadline = CaseloadItem['deadlines'][number];
export type HelpAlert = z.infer<typeof helpAlertSchema>;
export type HelpAnswer = z.infer<typeof helpAnswerSchema>;
export type CalendarPage = z.infer<typeof calendarPageSchema>;
export type CalendarLine = CalendarPage['items'][number];
export type DeadlineAlert = z.infer<typeof deadlineAlertSchema>;
export type OpenDeadlineAlert = CaseloadItem['alerts'][number];
export type IndicatorTable = z.infer<typeof indicatorTableSchema>;
export type IndicatorSection = IndicatorTable['sections'][number];
export type IndicatorRow = IndicatorSection['rows'][number];
export type CheckInState = z.infer<typeof checkInStateSchema>;
export type CheckInReply = z.input<typeof checkInReplySchema>;

// ——— Committees area (`/api/committees`): CTJ / CDJ, consultations, secret ballots, results ———
export type Committee = z.infer<typeof committeeSchema>;
export type CommitteeList = z.infer<typeof committeeListSchema>;
export type VotesWaiting = z.infer<typeof votesWaitingSchema>;
export type CreateCommitteeBody = z.input<typeof createCommitteeSchema>;
export type CommitteeMember = z.infer<typeof memberSchema>;
export type CommitteeMemberList = z.infer<typeof memberListSchema>;
export type AddMemberBody = z.input<typeof addMemberSchema>;
/** Young people found by the start of their last name, to add to a committee. */
export type CommitteeCandidateList = z.infer<typeof candidateListSchema>;
export type CommitteeCandidate = CommitteeCandidateList['items'][number];
export type Consultation = z.infer<typeof consultationSchema>;
export type CommitteeSettings = z.infer<typeof committeeSettingsSchema>;
/** A consultation just created, with what its organiser is warned of. */
export type CreatedConsultation = z.infer<typeof createdConsultationSchema>;
export type ConsultationWarning = CreatedConsultation['warnings'][number];
export type ConsultationQuestion = Consultation['questions'][number];
export type ConsultationOption = ConsultationQuestion['options'][number];
export type ConsultationList = z.infer<typeof consultationListSchema>;
export type CreateConsultationBody = z.input<typeof createConsultationSchema>;
/** What was done with a question, and how many members said it answers their question. */
export type FollowUp = z.infer<typeof followUpSchema>;
export type PutFollowUpBody = z.input<typeof putFollowUpSchema>;
export type AnswerCredentialRequestBody = z.input<typeof answerCredentialRequestSchema>;
export type CastFollowUpAnswerBody = z.input<typeof castFollowUpAnswerSchema>;
export type BallotBody = z.input<typeof ballotSchema>;
export type CredentialRequestBody = z.input<typeof credentialRequestSchema>;
export type BallotCredential = z.infer<typeof credentialSchema>;
export type CastBallotBody = z.input<typeof castBallotSchema>;
/** By question id: one option id (single choice) or several (multiple choice). A question left out is an abstention. */
export type BallotAnswers = BallotBody['answers'];
export type FeedbackBody = z.input<typeof feedbackInputSchema>;
export type ConsultationResults = z.infer<typeof resultsSchema>;

export type Accepted = z.infer<typeof acceptedSchema>;

/**
 * `/config.json`: how this deployment signs people in: the dev issuer locally, else what the
 * stack writes (a deployment without a sign-out URL simply skips Cognito's logout page).
 */
// ——— Reminders area (`/api/reminders`): channels and consent, STOP, what went out, failures ———
export type ReminderContact = z.infer<typeof contactViewSchema>;
export type ChooseReminderChannelsBody = z.input<typeof chooseChannelsSchema>;
export type StartPhoneVerificationBody = z.input<typeof startPhoneVerificationSchema>;
export type StartEmailVerificationBody = z.input<typeof startEmailVerificationSchema>;
export type ReminderChannel = keyof ReminderContact['pending'];
export type SentReminderList = z.infer<typeof sentReminderListSchema>;
export type FailedReminder = z.infer<typeof failedReminderSchema>;
export type FailedReminderList = z.infer<typeof failedReminderListSchema>;

/** Locally (`npm start`), where the messages that would have left are shown: MailDev's page and the SMS page. */
export interface DevMessages {
  emails: string;
  sms: string;
}

export type AppConfig =
  | { auth: 'dev'; devMessages?: DevMessages }
  | (Omit<WebRuntimeConfig, 'logoutUri'> & Partial<Pick<WebRuntimeConfig, 'logoutUri'>>);
