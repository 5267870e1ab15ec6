import type { Role } from '../../shared/auth/principal.js';
import { QUESTIONS, type World } from './world.js';

/**
 * The expected answer of every API route, for every role, as the closest caller
 * ("owner"), as a stranger of the same département and as the owner's id in another
 * département; with the body and path values a valid request uses.
 */
export type Outcome = 200 | 201 | 204 | 403 | 404;
export type Relation = 'owner' | 'stranger' | 'otherDepartement';
export const ROLES: Role[] = ['jeune', 'referent', 'coordinateur', 'organisateur', 'admin'];

/** Five outcomes in the order jeune, referent, coordinateur, organisateur, admin. */
export function row(outcomes: string): Record<Role, Outcome> {
  const values = outcomes.trim().split(/\s+/).map(Number) as Outcome[];
  if (values.length !== 5) throw new Error(`Row needs 5 outcomes: ${outcomes}`);
  return Object.fromEntries(ROLES.map((role, index) => [role, values[index]])) as Record<Role, Outcome>;
}

export interface Spec {
  owner: string;
  stranger: string;
  otherDepartement: string;
  /** A query string a valid request carries. */
  query?: string;
  /** Which consultation `{consultationId}` means for this route. */
  consultation?: 'open' | 'closed' | 'published';
  body?: (world: World) => unknown;
}

const plan = { goals: [{ id: 'g1', domain: 'logement', label: 'Un logement', planB: 'FJT', actions: [] }] };
const newYouth = (world: World) => ({
  firstName: 'Nouveau',
  lastName: 'Jeune',
  birthDate: '2009-01-01',
  accountSub: `new-${world.tag}-${Math.random().toString(36).slice(2)}`,
  referentId: 'r',
  coordinateurId: 'c',
});

export const MATRIX: Record<string, Spec> = {
  // youth                                            J   R   C   O   A
  'POST /api/youth': {
    owner: '403 403 403 403 201',
    stranger: '403 403 403 403 201',
    otherDepartement: '403 403 403 403 201',
    body: newYouth,
  },
  'GET /api/youth': { owner: '403 200 200 403 200', stranger: '403 200 200 403 200', otherDepartement: '403 200 200 403 200' },
  'GET /api/youth/me': { owner: '200 403 403 403 403', stranger: '404 403 403 403 403', otherDepartement: '404 403 403 403 403' },
  'GET /api/youth/{id}': { owner: '200 200 200 404 200', stranger: '404 404 404 404 200', otherDepartement: '404 404 404 404 404' },
  'PATCH /api/youth/{id}': {
    owner: '403 200 200 404 200',
    stranger: '404 404 404 404 200',
    otherDepartement: '404 404 404 404 404',
    body: () => ({ version: 1, careEndDate: '2027-12-31' }),
  },
  'PUT /api/youth/{id}/trusted-person': {
    owner: '200 200 200 404 403',
    stranger: '404 404 404 404 403',
    otherDepartement: '404 404 404 404 404',
    body: () => ({ version: 1, trustedPerson: { name: 'Awa Diallo', relation: 'Ma tante', phone: '06 12 34 56 78' } }),
  },
  'GET /api/youth/{id}/journal': { owner: '200 200 200 404 200', stranger: '404 404 404 404 200', otherDepartement: '404 404 404 404 404' },
  'POST /api/youth/{id}/journal': {
    owner: '403 201 201 404 403',
    stranger: '404 404 404 404 403',
    otherDepartement: '404 404 404 404 404',
    body: () => ({ text: 'Note', visibleToYouth: true }),
  },
  'GET /api/youth/{id}/audit': { owner: '200 403 403 404 200', stranger: '404 404 404 404 200', otherDepartement: '404 404 404 404 404' },
  'GET /api/youth/{id}/export': { owner: '200 403 403 404 200', stranger: '404 404 404 404 200', otherDepartement: '404 404 404 404 404' },

  // interviews
  'GET /api/interviews/settings': {
    owner: '200 200 200 200 200',
    stranger: '200 200 200 200 200',
    otherDepartement: '200 200 200 200 200',
  },
  'PUT /api/interviews/settings': {
    owner: '403 403 403 403 200',
    stranger: '403 403 403 403 200',
    otherDepartement: '403 403 403 403 200',
    body: () => ({ entretien17TargetMonthsBeforeMajority: null }),
  },
  'GET /api/interviews/preparation-template': {
    owner: '200 200 200 200 200',
    stranger: '200 200 200 200 200',
    otherDepartement: '200 200 200 200 200',
  },
  'POST /api/interviews/preparation-template': {
    owner: '403 403 403 403 201',
    stranger: '403 403 403 403 201',
    otherDepartement: '403 403 403 403 201',
    // Keeps the questions the worlds answer: the new version becomes the département's current one.
    body: () => ({
      questions: [
        { id: 'questions', domain: 'mes_questions', label: 'Tes questions', kind: 'text' },
        { id: 'entourage', domain: 'entourage', label: 'Ton entourage', kind: 'text' },
      ],
    }),
  },
  'GET /api/interviews/{youthId}/deadlines': {
    owner: '200 200 200 404 200',
    stranger: '404 404 404 404 200',
    otherDepartement: '404 404 404 404 404',
  },
  'GET /api/interviews/{youthId}/interviews': {
    owner: '200 200 200 404 200',
    stranger: '404 404 404 404 200',
    otherDepartement: '404 404 404 404 404',
  },
  'POST /api/interviews/{youthId}/interviews': {
    owner: '403 201 201 404 403',
    stranger: '404 404 404 404 403',
    otherDepartement: '404 404 404 404 404',
    body: () => ({ kind: 'entretien17', scheduledOn: '2026-12-15' }),
  },
  'GET /api/interviews/{youthId}/interviews/{interviewId}': {
    owner: '200 200 200 404 200',
    stranger: '404 404 404 404 200',
    otherDepartement: '404 404 404 404 404',
  },
  'PATCH /api/interviews/{youthId}/interviews/{interviewId}': {
    owner: '403 200 200 404 403',
    stranger: '404 404 404 404 403',
    otherDepartement: '404 404 404 404 404',
    body: () => ({ version: 1, summary: 'Compte rendu' }),
  },
  'GET /api/interviews/{youthId}/preparation': {
    owner: '200 200 200 404 200',
    stranger: '404 404 404 404 200',
    otherDepartement: '404 404 404 404 404',
  },
  'PUT /api/interviews/{youthId}/preparation/answers': {
    owner: '200 403 403 404 403',
    stranger: '404 404 404 404 403',
    otherDepartement: '404 404 404 404 404',
    body: () => ({ answers: { entourage: 'Ma sœur' } }),
  },
  'POST /api/interviews/{youthId}/preparation/share': {
    owner: '200 403 403 404 403',
    stranger: '404 404 404 404 403',
    otherDepartement: '404 404 404 404 404',
  },
  'GET /api/interviews/{youthId}/plan': {
    owner: '200 200 200 404 200',
    stranger: '404 404 404 404 200',
    otherDepartement: '404 404 404 404 404',
  },
  'PUT /api/interviews/{youthId}/plan': {
    owner: '403 200 200 404 403',
    stranger: '404 404 404 404 403',
    otherDepartement: '404 404 404 404 404',
    body: () => ({ version: 1, ...plan }),
  },
  'POST /api/interviews/{youthId}/plan/sign': {
    owner: '200 403 403 404 403',
    stranger: '404 404 404 404 403',
    otherDepartement: '404 404 404 404 404',
    body: () => ({ version: 1 }),
  },
  'POST /api/interviews/{youthId}/plan/change-request': {
    owner: '200 403 403 404 403',
    stranger: '404 404 404 404 403',
    otherDepartement: '404 404 404 404 404',
    body: () => ({ version: 1, message: 'Autre chose' }),
  },
  'GET /api/interviews/{youthId}/plan/history': {
    owner: '200 200 200 404 200',
    stranger: '404 404 404 404 200',
    otherDepartement: '404 404 404 404 404',
  },

  // committees
  'POST /api/committees': {
    owner: '403 403 403 201 201',
    stranger: '403 403 403 201 201',
    otherDepartement: '403 403 403 201 201',
    body: () => ({ kind: 'CDJ', name: 'CDJ' }),
  },
  'GET /api/committees': { owner: '200 403 403 200 200', stranger: '200 403 403 200 200', otherDepartement: '200 403 403 200 200' },
  'GET /api/committees/{committeeId}': {
    owner: '200 404 404 200 200',
    stranger: '404 404 404 404 200',
    otherDepartement: '404 404 404 404 404',
  },
  'GET /api/committees/{committeeId}/candidates': {
    owner: '403 404 404 200 200',
    stranger: '404 404 404 404 200',
    otherDepartement: '404 404 404 404 404',
    query: '?q=Other',
  },
  'GET /api/committees/{committeeId}/members': {
    owner: '403 404 404 200 200',
    stranger: '404 404 404 404 200',
    otherDepartement: '404 404 404 404 404',
  },
  'POST /api/committees/{committeeId}/members': {
    owner: '403 404 404 201 201',
    stranger: '404 404 404 404 201',
    otherDepartement: '404 404 404 404 404',
    body: (world) => ({ youthId: world.otherYouthId }),
  },
  'GET /api/committees/{committeeId}/consultations': {
    owner: '200 404 404 200 200',
    stranger: '404 404 404 404 200',
    otherDepartement: '404 404 404 404 404',
  },
  'POST /api/committees/{committeeId}/consultations': {
    owner: '403 404 404 201 201',
    stranger: '404 404 404 404 201',
    otherDepartement: '404 404 404 404 404',
    body: () => ({ title: 'Nouvelle', questions: QUESTIONS, opensAt: '2030-01-01T00:00:00Z', closesAt: '2030-02-01T00:00:00Z' }),
  },
  'GET /api/committees/{committeeId}/consultations/{consultationId}': {
    owner: '200 404 404 200 200',
    stranger: '404 404 404 404 200',
    otherDepartement: '404 404 404 404 404',
    consultation: 'open',
  },
  'POST /api/committees/{committeeId}/consultations/{consultationId}/ballots': {
    owner: '201 404 404 403 403',
    stranger: '404 404 404 404 403',
    otherDepartement: '404 404 404 404 404',
    consultation: 'open',
    body: () => ({ answers: { transport: 'velo' } }),
  },
  'POST /api/committees/{committeeId}/consultations/{consultationId}/feedback': {
    owner: '201 404 404 403 403',
    stranger: '404 404 404 404 403',
    otherDepartement: '404 404 404 404 404',
    consultation: 'open',
    body: () => ({ text: 'Plus de réunions le samedi' }),
  },
  'POST /api/committees/{committeeId}/consultations/{consultationId}/close': {
    owner: '403 404 404 200 200',
    stranger: '404 404 404 404 200',
    otherDepartement: '404 404 404 404 404',
    consultation: 'open',
  },
  'POST /api/committees/{committeeId}/consultations/{consultationId}/publish': {
    owner: '403 404 404 200 200',
    stranger: '404 404 404 404 200',
    otherDepartement: '404 404 404 404 404',
    consultation: 'closed',
  },
  'GET /api/committees/{committeeId}/consultations/{consultationId}/results': {
    owner: '200 404 404 200 200',
    stranger: '404 404 404 404 200',
    otherDepartement: '404 404 404 404 404',
    consultation: 'published',
  },
  'PUT /api/committees/{committeeId}/consultations/{consultationId}/follow-ups/{questionId}': {
    owner: '403 404 404 200 200',
    stranger: '404 404 404 404 200',
    otherDepartement: '404 404 404 404 404',
    consultation: 'published',
    body: () => ({ status: 'realise', text: 'Horaires changés' }),
  },
  'POST /api/committees/{committeeId}/consultations/{consultationId}/follow-ups/{questionId}/responses': {
    owner: '204 404 404 403 403',
    stranger: '404 404 404 404 403',
    otherDepartement: '404 404 404 404 404',
    consultation: 'published',
    body: () => ({ answersMyQuestion: true }),
  },
};

export function resolvePath(template: string, world: World, spec: Spec): string {
  const consultations = { open: world.openConsultationId, closed: world.closedConsultationId, published: world.publishedConsultationId };
  const values: Record<string, string> = {
    id: world.youthId,
    youthId: world.youthId,
    interviewId: world.interviewId,
    committeeId: world.committeeId,
    consultationId: consultations[spec.consultation ?? 'open'],
    questionId: 'transport',
  };
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (!value) throw new Error(`No world value for path parameter ${name}`);
    return value;
  });
  return `${path}${spec.query ?? ''}`;
}
