import type { z } from '@hono/zod-openapi';
import { describe, expectTypeOf, it } from 'vitest';
import type { PreparationDomain as ServerPreparationDomain } from '../../../shared/domain/preparation-template.js';
import type {
  addMemberSchema,
  ballotSchema,
  candidateListSchema,
  committeeListSchema,
  committeeSchema,
  consultationListSchema,
  consultationSchema,
  createCommitteeSchema,
  createConsultationSchema,
  feedbackInputSchema,
  followUpResponseSchema,
  followUpSchema,
  memberListSchema,
  memberSchema,
  putFollowUpSchema,
  resultsSchema,
} from '../../../shared/schemas/committees.js';
import type {
  createInterviewSchema,
  deadlinesSchema,
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
  auditEntrySchema,
  journalEntrySchema,
  youthPageSchema,
  youthSchema,
  youthSummarySchema,
} from '../../../shared/schemas/youth.js';
import type {
  AddMemberBody,
  AuditEntry,
  BallotBody,
  Committee,
  CommitteeCandidateList,
  CommitteeList,
  CommitteeMember,
  CommitteeMemberList,
  Consultation,
  ConsultationList,
  ConsultationResults,
  CreateCommitteeBody,
  CreateConsultationBody,
  CreateInterviewBody,
  FeedbackBody,
  FollowUp,
  FollowUpResponseBody,
  Interview,
  InterviewDeadlines,
  InterviewList,
  JournalEntry,
  Page,
  Plan,
  PlanHistory,
  Preparation,
  PreparationDomain,
  PutFollowUpBody,
  RequestPlanChangeBody,
  RespondToPlanBody,
  SaveAnswersBody,
  SavePlanBody,
  UpdateInterviewBody,
  Youth,
  YouthSummary,
} from './types';

// Checked by `tsc`, not at run time: compilation fails when the hand-written web types
// drift from the types inferred from the server's zod schemas.
describe('web API types', () => {
  it('match the server contract', () => {
    expectTypeOf<Youth>().toEqualTypeOf<z.infer<typeof youthSchema>>();
    expectTypeOf<YouthSummary>().toEqualTypeOf<z.infer<typeof youthSummarySchema>>();
    expectTypeOf<Page<YouthSummary>>().toEqualTypeOf<z.infer<typeof youthPageSchema>>();
    expectTypeOf<JournalEntry>().toEqualTypeOf<z.infer<typeof journalEntrySchema>>();
    expectTypeOf<AuditEntry>().toEqualTypeOf<z.infer<typeof auditEntrySchema>>();
  });

  it('match the interviews area’s responses', () => {
    expectTypeOf<PreparationDomain>().toEqualTypeOf<ServerPreparationDomain>();
    expectTypeOf<InterviewDeadlines>().toEqualTypeOf<z.infer<typeof deadlinesSchema>>();
    expectTypeOf<Interview>().toEqualTypeOf<z.infer<typeof interviewSchema>>();
    expectTypeOf<InterviewList>().toEqualTypeOf<z.infer<typeof interviewListSchema>>();
    expectTypeOf<Preparation>().toEqualTypeOf<z.infer<typeof preparationSchema>>();
    expectTypeOf<Plan>().toEqualTypeOf<z.infer<typeof planSchema>>();
    expectTypeOf<PlanHistory>().toEqualTypeOf<z.infer<typeof planHistorySchema>>();
  });

  it('send bodies the interviews area accepts', () => {
    expectTypeOf<CreateInterviewBody>().toEqualTypeOf<z.input<typeof createInterviewSchema>>();
    expectTypeOf<UpdateInterviewBody>().toEqualTypeOf<z.input<typeof updateInterviewSchema>>();
    expectTypeOf<SaveAnswersBody>().toEqualTypeOf<z.input<typeof saveAnswersSchema>>();
    expectTypeOf<SavePlanBody>().toEqualTypeOf<z.input<typeof savePlanSchema>>();
    expectTypeOf<RespondToPlanBody>().toEqualTypeOf<z.input<typeof respondToPlanSchema>>();
    expectTypeOf<RequestPlanChangeBody>().toEqualTypeOf<z.input<typeof requestPlanChangeSchema>>();
  });

  it('match the committees area’s responses', () => {
    expectTypeOf<Committee>().toEqualTypeOf<z.infer<typeof committeeSchema>>();
    expectTypeOf<CommitteeList>().toEqualTypeOf<z.infer<typeof committeeListSchema>>();
    expectTypeOf<CommitteeMember>().toEqualTypeOf<z.infer<typeof memberSchema>>();
    expectTypeOf<CommitteeMemberList>().toEqualTypeOf<z.infer<typeof memberListSchema>>();
    expectTypeOf<CommitteeCandidateList>().toEqualTypeOf<z.infer<typeof candidateListSchema>>();
    expectTypeOf<FollowUp>().toEqualTypeOf<z.infer<typeof followUpSchema>>();
    expectTypeOf<Consultation>().toEqualTypeOf<z.infer<typeof consultationSchema>>();
    expectTypeOf<ConsultationList>().toEqualTypeOf<z.infer<typeof consultationListSchema>>();
    expectTypeOf<ConsultationResults>().toEqualTypeOf<z.infer<typeof resultsSchema>>();
  });

  it('send bodies the committees area accepts', () => {
    expectTypeOf<CreateCommitteeBody>().toEqualTypeOf<z.input<typeof createCommitteeSchema>>();
    expectTypeOf<AddMemberBody>().toEqualTypeOf<z.input<typeof addMemberSchema>>();
    expectTypeOf<CreateConsultationBody>().toEqualTypeOf<z.input<typeof createConsultationSchema>>();
    expectTypeOf<BallotBody>().toEqualTypeOf<z.input<typeof ballotSchema>>();
    expectTypeOf<FeedbackBody>().toEqualTypeOf<z.input<typeof feedbackInputSchema>>();
    expectTypeOf<PutFollowUpBody>().toEqualTypeOf<z.input<typeof putFollowUpSchema>>();
    expectTypeOf<FollowUpResponseBody>().toEqualTypeOf<z.input<typeof followUpResponseSchema>>();
  });
});
