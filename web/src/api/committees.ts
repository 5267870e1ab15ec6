import { request } from './client';
import type {
  Accepted,
  AddMemberBody,
  AnswerCredentialRequestBody,
  BallotCredential,
  CastBallotBody,
  CastFollowUpAnswerBody,
  Committee,
  CommitteeCandidateList,
  CommitteeList,
  CommitteeMember,
  CommitteeMemberList,
  CommitteeSettings,
  Consultation,
  ConsultationList,
  ConsultationResults,
  CreateCommitteeBody,
  CreateConsultationBody,
  CreatedConsultation,
  CredentialRequestBody,
  FeedbackBody,
  PutFollowUpBody,
} from './types';

// One function per route of `/api/committees`, so that each bundle only carries the calls it makes.
// Ballots, feedback and follow-up answers carry no Idempotency-Key: the server keeps no trace of
// who sent them, not even for a retry (a second ballot meets 409 ALREADY_VOTED instead).

const committee = (committeeId: string) => `/api/committees/${encodeURIComponent(committeeId)}`;
const consultation = (committeeId: string, consultationId: string) =>
  `${committee(committeeId)}/consultations/${encodeURIComponent(consultationId)}`;
const followUp = (committeeId: string, consultationId: string, questionId: string) =>
  `${consultation(committeeId, consultationId)}/follow-ups/${encodeURIComponent(questionId)}`;

/** An organisateur's committees, a young person's committees, or all of the département for an admin. */
export function listCommittees(signal?: AbortSignal): Promise<CommitteeList> {
  return request('/api/committees', { signal });
}

export function getCommittee(committeeId: string, signal?: AbortSignal): Promise<Committee> {
  return request(committee(committeeId), { signal });
}

export function createCommittee(body: CreateCommitteeBody, idempotencyKey: string): Promise<Committee> {
  return request('/api/committees', { method: 'POST', body, idempotencyKey });
}

export function listMembers(committeeId: string, signal?: AbortSignal): Promise<CommitteeMemberList> {
  return request(`${committee(committeeId)}/members`, { signal });
}

/** The département's committee rules: anonymity floor, feedback per member. */
export function getCommitteeSettings(signal?: AbortSignal): Promise<CommitteeSettings> {
  return request('/api/committees/settings', { signal });
}

/** Up to ten young people of the département whose last name starts with `lastNameStart`. */
export function searchCandidates(committeeId: string, lastNameStart: string, signal?: AbortSignal): Promise<CommitteeCandidateList> {
  return request(`${committee(committeeId)}/candidates?q=${encodeURIComponent(lastNameStart)}`, { signal });
}

export function addMember(committeeId: string, body: AddMemberBody, idempotencyKey: string): Promise<CommitteeMember> {
  return request(`${committee(committeeId)}/members`, { method: 'POST', body, idempotencyKey });
}

export function listConsultations(committeeId: string, signal?: AbortSignal): Promise<ConsultationList> {
  return request(`${committee(committeeId)}/consultations`, { signal });
}

export function getConsultation(committeeId: string, consultationId: string, signal?: AbortSignal): Promise<Consultation> {
  return request(consultation(committeeId, consultationId), { signal });
}

/** Creates a consultation; the answer carries `warnings` for the organiser (a committee too small for the threshold). */
export function createConsultation(
  committeeId: string,
  body: CreateConsultationBody,
  idempotencyKey: string,
): Promise<CreatedConsultation> {
  return request(`${committee(committeeId)}/consultations`, { method: 'POST', body, idempotencyKey });
}

/** Step 1, signed in: the blind signature of the member's one ballot (409 ALREADY_VOTED for another one). */
export function requestBallotCredential(
  committeeId: string,
  consultationId: string,
  body: CredentialRequestBody,
): Promise<BallotCredential> {
  return request(`${consultation(committeeId, consultationId)}/ballot-credential`, { method: 'POST', body });
}

/**
 * Step 2: the ballot, with no identity at all (no token, no cookie). 201 counted, 200 counted
 * before (the same ballot again); 409 CONSULTATION_CLOSED once closed.
 */
export function castBallot(committeeId: string, consultationId: string, body: CastBallotBody): Promise<Accepted> {
  return request(`${consultation(committeeId, consultationId)}/ballots`, { method: 'POST', body, anonymous: true });
}

/** Free feedback from a member, without voting. */
export function giveFeedback(committeeId: string, consultationId: string, body: FeedbackBody): Promise<Accepted> {
  return request(`${consultation(committeeId, consultationId)}/feedback`, { method: 'POST', body });
}

export function closeConsultation(committeeId: string, consultationId: string): Promise<Consultation> {
  return request(`${consultation(committeeId, consultationId)}/close`, { method: 'POST' });
}

/** 409 CONSULTATION_OPEN before closing, 409 RESULTS_WITHHELD below the threshold. */
export function publishResults(committeeId: string, consultationId: string): Promise<Consultation> {
  return request(`${consultation(committeeId, consultationId)}/publish`, { method: 'POST' });
}

/** Sealed while open and below the threshold; members get 403 until published. */
export function getResults(committeeId: string, consultationId: string, signal?: AbortSignal): Promise<ConsultationResults> {
  return request(`${consultation(committeeId, consultationId)}/results`, { signal });
}

/** What was done with a question; setting it again replaces it, so a retry needs no key. */
export function putFollowUp(committeeId: string, consultationId: string, questionId: string, body: PutFollowUpBody): Promise<Consultation> {
  return request(followUp(committeeId, consultationId, questionId), { method: 'PUT', body });
}

/** Step 1 of a follow-up answer, signed in: the blind signature of the member's one answer credential (409 ALREADY_ANSWERED). */
export function requestAnswerCredential(
  committeeId: string,
  consultationId: string,
  questionId: string,
  body: AnswerCredentialRequestBody,
): Promise<BallotCredential> {
  return request(`${followUp(committeeId, consultationId, questionId)}/answer-credential`, { method: 'POST', body });
}

/** Step 2: yes / no with no identity at all. 201 counted, 200 counted before; 409 FOLLOW_UP_ANSWERS_CLOSED. */
export function castFollowUpAnswer(
  committeeId: string,
  consultationId: string,
  questionId: string,
  body: CastFollowUpAnswerBody,
): Promise<Accepted> {
  return request(`${followUp(committeeId, consultationId, questionId)}/answers`, { method: 'POST', body, anonymous: true });
}
