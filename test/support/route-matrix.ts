import type { Role } from '../../shared/auth/principal.js';
import { DEFAULT_GRID_TEMPLATE } from '../../shared/domain/autonomy-grid.js';
import { DEFAULT_SOLUTION_TYPES } from '../../shared/domain/housing-project.js';
import { SWITCHABLE_KINDS } from '../../shared/domain/reminders.js';
import { completePlan } from './plan-body.js';
import { QUESTIONS, type World } from './world.js';

/**
 * The expected answer of every API route, for every role, as the closest caller
 * ("owner"), as a stranger of the same département and as the owner's id in another
 * département; with the body and path values a valid request uses.
 */
/**
 * 400: the route refuses the request on its content alone, whoever asks (a code never asked for).
 * 409: the owner's request is refused by a rule of the moment (a check-in opens at 19: the world's young person is 17).
 */
export type Outcome = 200 | 201 | 204 | 400 | 403 | 404 | 409;
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
  /**
   * The allowed writes touch only the caller's own items (their reminder channels) or set
   * the same values again (settings): one success cannot change another's answer, so they
   * share one world instead of one each.
   */
  ownItemsOnly?: boolean;
  /**
   * For a route that takes no identity at all (the ballot): what it answers with no token;
   * the rows then say what it answers with one (400: a token or a cookie is refused).
   */
  anonymous?: Outcome;
}

const plan = completePlan([{ id: 'g1', domain: 'logement', label: 'Un logement', planB: 'FJT', actions: [] }]);
const newYouth = (world: World) => ({
  firstName: 'Nouveau',
  lastName: 'Jeune',
  birthDate: '2009-01-01',
  accountSub: `new-${world.tag}-${Math.random().toString(36).slice(2)}`,
  referentId: world.owners.referent.sub,
  coordinateurId: world.owners.coordinateur.sub,
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
  // The intermediate archive (RGPD): the world's file is active, so opening or reopening it answers 409.
  'GET /api/youth/archived': { owner: '403 403 403 403 200', stranger: '403 403 403 403 200', otherDepartement: '403 403 403 403 200' },
  'GET /api/youth/retention-settings': {
    owner: '403 403 403 403 200',
    stranger: '403 403 403 403 200',
    otherDepartement: '403 403 403 403 200',
  },
  'PUT /api/youth/retention-settings': {
    owner: '403 403 403 403 200',
    stranger: '403 403 403 403 200',
    otherDepartement: '403 403 403 403 200',
    body: () => ({ activeYears: 2, intermediateYears: 10, markersYears: 1 }),
    ownItemsOnly: true,
  },
  'POST /api/youth/{id}/archive/open': {
    owner: '403 403 403 404 409',
    stranger: '404 404 404 404 409',
    otherDepartement: '404 404 404 404 404',
    body: () => ({ reason: 'Demande du juge des enfants' }),
  },
  'POST /api/youth/{id}/reopen': {
    owner: '409 403 403 404 409',
    stranger: '404 404 404 404 409',
    otherDepartement: '404 404 404 404 404',
    body: () => ({ reason: 'Le jeune revient vers le service' }),
  },
  // The end of the intermediate period: the world's file is active, so the admin's request answers 409.
  'POST /api/youth/{id}/destroy': {
    owner: '403 403 403 404 409',
    stranger: '404 404 404 404 409',
    otherDepartement: '404 404 404 404 404',
    body: () => ({ decisionReference: 'Visa AD62 n° 2038-114' }),
  },
  'POST /api/youth/{id}/archives-package': {
    owner: '403 403 403 404 409',
    stranger: '404 404 404 404 409',
    otherDepartement: '404 404 404 404 404',
    body: () => ({ decisionReference: 'Bordereau AD62 n° 2038-7' }),
  },
  'POST /api/youth/{id}/hand-over': {
    owner: '403 403 403 404 409',
    stranger: '404 404 404 404 409',
    otherDepartement: '404 404 404 404 404',
    body: () => ({ decisionReference: 'Bordereau AD62 n° 2038-7', packageSha256: 'a'.repeat(64) }),
  },
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
    owner: '201 201 201 404 403',
    stranger: '404 404 404 404 403',
    otherDepartement: '404 404 404 404 404',
    body: () => ({ text: 'Note', visibleToYouth: true }),
  },
  'GET /api/youth/{id}/audit': { owner: '200 403 403 404 200', stranger: '404 404 404 404 200', otherDepartement: '404 404 404 404 404' },
  'GET /api/youth/{id}/export': { owner: '200 403 403 404 200', stranger: '404 404 404 404 200', otherDepartement: '404 404 404 404 404' },
  'GET /api/youth/{youthId}/support-requests': {
    owner: '200 200 200 404 200',
    stranger: '404 404 404 404 200',
    otherDepartement: '404 404 404 404 404',
  },
  // The world's young person is 17 and never had support granted: a first request.
  'POST /api/youth/{youthId}/support-requests': {
    owner: '201 201 201 404 403',
    stranger: '404 404 404 404 403',
    otherDepartement: '404 404 404 404 404',
    body: () => ({ kind: 'premiere', message: 'Je veux finir mon CAP.' }),
  },
  'POST /api/youth/{youthId}/support-requests/{requestId}/decision': {
    owner: '403 403 403 404 201',
    stranger: '404 404 404 404 201',
    otherDepartement: '404 404 404 404 404',
    // From the 18th birthday of the world's young person (born 2009-06-15) to her 21st.
    body: () => ({ outcome: 'accordee', startsOn: '2027-06-15', endsOn: '2030-06-15', conditions: 'Suivre sa formation' }),
  },
  // Requests about one's data (RGPD arts. 15–21): the young person asks, the binôme and admins answer.
  'GET /api/youth/{youthId}/rgpd-requests': {
    owner: '200 200 200 404 200',
    stranger: '404 404 404 404 200',
    otherDepartement: '404 404 404 404 404',
  },
  'POST /api/youth/{youthId}/rgpd-requests': {
    owner: '201 403 403 404 403',
    stranger: '404 404 404 404 403',
    otherDepartement: '404 404 404 404 404',
    body: () => ({ kind: 'rectification', details: 'Ma date d’entrée à l’ASE est fausse.' }),
  },
  'POST /api/youth/{youthId}/rgpd-requests/{rgpdRequestId}/answer': {
    owner: '403 200 200 404 200',
    stranger: '404 404 404 404 200',
    otherDepartement: '404 404 404 404 404',
    body: () => ({ status: 'acceptee', text: 'Nous corrigeons la date cette semaine.' }),
  },
  'POST /api/youth/{youthId}/rgpd-requests/{rgpdRequestId}/extension': {
    owner: '403 200 200 404 200',
    stranger: '404 404 404 404 200',
    otherDepartement: '404 404 404 404 404',
    body: () => ({ reasons: 'Il faut retrouver des pièces dans trois services.' }),
  },

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

  // housing
  'GET /api/housing/settings': { owner: '200 200 200 200 200', stranger: '200 200 200 200 200', otherDepartement: '200 200 200 200 200' },
  'PUT /api/housing/settings': {
    owner: '403 403 403 403 200',
    stranger: '403 403 403 403 200',
    otherDepartement: '403 403 403 403 200',
    body: () => ({ alertDays: 180, solutionTypes: [...DEFAULT_SOLUTION_TYPES] }),
  },
  'GET /api/housing/partners': { owner: '200 200 200 200 200', stranger: '200 200 200 200 200', otherDepartement: '200 200 200 200 200' },
  'POST /api/housing/partners': {
    owner: '403 403 403 403 201',
    stranger: '403 403 403 403 201',
    otherDepartement: '403 403 403 403 201',
    body: () => ({ name: 'Résidence sociale du Parc', solutionTypeId: 'residence-sociale', placesUnderAgreement: 4 }),
  },
  'PUT /api/housing/partners/{partnerId}': {
    owner: '403 403 403 403 200',
    stranger: '403 403 403 403 200',
    otherDepartement: '403 403 403 403 404',
    body: () => ({ name: 'FJT renommé', solutionTypeId: 'fjt', territory: 'Lens', placesUnderAgreement: 8 }),
  },
  'GET /api/housing/queue': {
    owner: '403 200 200 403 200',
    stranger: '403 200 200 403 200',
    otherDepartement: '403 200 200 403 200',
    query: '?status=brouillon',
  },
  'GET /api/housing/{youthId}': { owner: '200 200 200 404 200', stranger: '404 404 404 404 200', otherDepartement: '404 404 404 404 404' },
  'PUT /api/housing/{youthId}/project': {
    owner: '200 200 200 404 403',
    stranger: '404 404 404 404 403',
    otherDepartement: '404 404 404 404 404',
    body: () => ({ version: 2, wishedSolutionTypeIds: ['fjt', 'crous'], wishedArea: 'Arras', household: 'seul' }),
  },
  'POST /api/housing/{youthId}/project/share': {
    owner: '200 403 403 404 403',
    stranger: '404 404 404 404 403',
    otherDepartement: '404 404 404 404 404',
  },
  'POST /api/housing/{youthId}/applications': {
    owner: '201 201 201 404 403',
    stranger: '404 404 404 404 403',
    otherDepartement: '404 404 404 404 404',
    body: (world) => ({ partnerId: world.partnerId, solutionTypeId: 'fjt' }),
  },
  'POST /api/housing/{youthId}/applications/{applicationId}/transitions': {
    owner: '403 200 200 404 403',
    stranger: '404 404 404 404 403',
    otherDepartement: '404 404 404 404 404',
    body: () => ({ version: 1, to: 'deposee', comment: 'Dossier déposé' }),
  },

  // grids
  'GET /api/grids/template': { owner: '200 200 200 200 200', stranger: '200 200 200 200 200', otherDepartement: '200 200 200 200 200' },
  'GET /api/grids/template/draft': {
    owner: '403 403 403 403 200',
    stranger: '403 403 403 403 200',
    otherDepartement: '403 403 403 403 200',
  },
  'PUT /api/grids/template/draft': {
    owner: '403 403 403 403 200',
    stranger: '403 403 403 403 200',
    otherDepartement: '403 403 403 403 200',
    // Keeps every item the worlds answer: the next published version stays the département's current one.
    body: () => ({ items: DEFAULT_GRID_TEMPLATE.items }),
  },
  'POST /api/grids/template/publish': {
    owner: '403 403 403 403 201',
    stranger: '403 403 403 403 201',
    otherDepartement: '403 403 403 403 201',
  },
  'GET /api/grids/{youthId}/self-assessment': {
    owner: '200 403 403 404 403',
    stranger: '404 404 404 404 403',
    otherDepartement: '404 404 404 404 404',
  },
  'PUT /api/grids/{youthId}/self-assessment': {
    owner: '200 403 403 404 403',
    stranger: '404 404 404 404 403',
    otherDepartement: '404 404 404 404 404',
    body: () => ({ levels: { 'res-budget': 2, 'sante-rdv': 'pas_encore' } }),
  },
  'POST /api/grids/{youthId}/self-assessment/send': {
    owner: '201 403 403 404 403',
    stranger: '404 404 404 404 403',
    otherDepartement: '404 404 404 404 404',
  },
  'GET /api/grids/{youthId}/evaluations': {
    owner: '200 200 200 404 200',
    stranger: '404 404 404 404 200',
    otherDepartement: '404 404 404 404 404',
  },
  'POST /api/grids/{youthId}/evaluations': {
    owner: '403 201 201 404 403',
    stranger: '404 404 404 404 403',
    otherDepartement: '404 404 404 404 404',
    body: () => ({ templateVersion: 1, assessedOn: '2026-01-15', levels: { 'res-depenses': 2, 'ent-aide': 'pas_encore' } }),
  },
  'GET /api/grids/{youthId}/comparison': {
    owner: '200 200 200 404 200',
    stranger: '404 404 404 404 200',
    otherDepartement: '404 404 404 404 404',
  },
  'GET /api/grids/{youthId}/progress': {
    owner: '200 200 200 404 200',
    stranger: '404 404 404 404 200',
    otherDepartement: '404 404 404 404 404',
  },
  'GET /api/grids/{youthId}/proposals': {
    owner: '200 200 200 404 200',
    stranger: '404 404 404 404 200',
    otherDepartement: '404 404 404 404 404',
  },
  'POST /api/grids/{youthId}/proposals/accept': {
    owner: '403 200 200 404 403',
    stranger: '404 404 404 404 403',
    otherDepartement: '404 404 404 404 404',
    body: () => ({ itemId: 'res-depenses', dueOn: '2027-01-31' }),
  },
  'POST /api/grids/{youthId}/proposals/dismiss': {
    owner: '403 200 200 404 403',
    stranger: '404 404 404 404 403',
    otherDepartement: '404 404 404 404 404',
    body: () => ({ itemId: 'res-depenses' }),
  },

  // committees
  'GET /api/committees/settings': {
    owner: '200 200 200 200 200',
    stranger: '200 200 200 200 200',
    otherDepartement: '200 200 200 200 200',
  },
  'PUT /api/committees/settings': {
    owner: '403 403 403 403 200',
    stranger: '403 403 403 403 200',
    otherDepartement: '403 403 403 403 200',
    body: () => ({ anonymityFloor: 5, feedbackPerMember: 3 }),
  },
  'POST /api/committees': {
    owner: '403 403 403 201 201',
    stranger: '403 403 403 201 201',
    otherDepartement: '403 403 403 201 201',
    body: () => ({ kind: 'CDJ', name: 'CDJ' }),
  },
  'GET /api/committees': { owner: '200 403 403 200 200', stranger: '200 403 403 200 200', otherDepartement: '200 403 403 200 200' },
  'GET /api/committees/votes-waiting': {
    owner: '200 403 403 403 403',
    stranger: '200 403 403 403 403',
    otherDepartement: '200 403 403 403 403',
  },
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
  'POST /api/committees/{committeeId}/consultations/{consultationId}/ballot-credential': {
    owner: '201 404 404 403 403',
    stranger: '404 404 404 404 403',
    otherDepartement: '404 404 404 404 404',
    consultation: 'open',
    body: () => ({ blindedMessage: 'A'.repeat(342) }),
  },
  // Public on purpose: the credential is the only proof, and no identity may travel with a
  // choice. Whoever sends a token (any role, any relation) is refused and nothing is counted.
  'POST /api/committees/{committeeId}/consultations/{consultationId}/ballots': {
    owner: '400 400 400 400 400',
    stranger: '400 400 400 400 400',
    otherDepartement: '400 400 400 400 400',
    anonymous: 201,
    consultation: 'open',
    body: (world) => ({ departement: '62', credential: world.openBallotCredential, answers: { transport: 'velo' } }),
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
  'POST /api/committees/{committeeId}/consultations/{consultationId}/follow-ups/{questionId}/answer-credential': {
    owner: '201 404 404 403 403',
    stranger: '404 404 404 404 403',
    otherDepartement: '404 404 404 404 404',
    consultation: 'published',
    body: () => ({ blindedMessage: 'A'.repeat(342) }),
  },
  // Public on purpose, as the ballot: whoever sends a token is refused and nothing is counted.
  'POST /api/committees/{committeeId}/consultations/{consultationId}/follow-ups/{questionId}/answers': {
    owner: '400 400 400 400 400',
    stranger: '400 400 400 400 400',
    otherDepartement: '400 400 400 400 400',
    anonymous: 201,
    consultation: 'published',
    body: (world) => ({ departement: '62', credential: world.followUpAnswerCredential, answersMyQuestion: true }),
  },

  // dashboard: the staff directory (admins only) and the département's settings
  'POST /api/staff': {
    owner: '403 403 403 403 201',
    stranger: '403 403 403 403 201',
    otherDepartement: '403 403 403 403 201',
    body: (world) => ({
      sub: `new-staff-${world.tag}-${Math.random().toString(36).slice(2)}`,
      firstName: 'Léa',
      lastName: 'Morel',
      role: 'referent',
    }),
  },
  'GET /api/staff': { owner: '403 403 403 403 200', stranger: '403 403 403 403 200', otherDepartement: '403 403 403 403 200' },
  // `{sub}` is the world's referent, who is in the directories of 62 and 59.
  'PATCH /api/staff/{sub}': {
    owner: '403 403 403 403 200',
    stranger: '403 403 403 403 200',
    otherDepartement: '403 403 403 403 200',
    body: () => ({ version: 1, otherCaseload: 12 }),
  },
  // « Mon suivi »: a referent or coordinateur's own caseload (empty for strangers and in 59).
  'GET /api/dashboard/caseload': { owner: '403 200 200 403 403', stranger: '403 200 200 403 403', otherDepartement: '403 200 200 403 403' },
  // « J'ai besoin d'aide »: the young person raises it (a stranger young person has no file: 404).
  'POST /api/dashboard/help': {
    owner: '201 403 403 403 403',
    stranger: '404 403 403 403 403',
    otherDepartement: '404 403 403 403 403',
    body: () => ({ reason: 'pas_ou_dormir' }),
  },
  'GET /api/dashboard/help/{youthId}': {
    owner: '200 200 200 404 200',
    stranger: '404 404 404 404 200',
    otherDepartement: '404 404 404 404 404',
  },
  'POST /api/dashboard/help/{youthId}/{alertId}/acknowledge': {
    owner: '403 200 200 404 403',
    stranger: '404 404 404 404 403',
    otherDepartement: '404 404 404 404 404',
  },
  // Exit indicators and the ODPE export: admins of the département, counts only (59's admin gets 59's).
  'GET /api/dashboard/indicators': {
    owner: '403 403 403 403 200',
    stranger: '403 403 403 403 200',
    otherDepartement: '403 403 403 403 200',
  },
  'GET /api/dashboard/indicators/export': {
    owner: '403 403 403 403 200',
    stranger: '403 403 403 403 200',
    otherDepartement: '403 403 403 403 200',
    query: '?year=2026',
  },
  // The check-ins of 19 and 21: the young person's own, through their login (none for staff).
  'GET /api/dashboard/check-in': { owner: '200 403 403 403 403', stranger: '404 403 403 403 403', otherDepartement: '404 403 403 403 403' },
  'POST /api/dashboard/check-in': {
    owner: '409 403 403 403 403',
    stranger: '404 403 403 403 403',
    otherDepartement: '404 403 403 403 403',
    body: () => ({ age: 19, consent: false }),
  },
  // The deadlines calendar: a referent's or coordinateur's caseload, the admin's département (empty elsewhere).
  'GET /api/dashboard/calendar': {
    owner: '403 200 200 403 200',
    stranger: '403 200 200 403 200',
    otherDepartement: '403 200 200 403 200',
    query: '?month=2027-06',
  },
  // The daily job's deadline alerts: the binôme's work list, read by admins; not shown to the young person.
  'GET /api/dashboard/alerts/{youthId}': {
    owner: '403 200 200 404 200',
    stranger: '404 404 404 404 200',
    otherDepartement: '404 404 404 404 404',
  },
  'POST /api/dashboard/alerts/{youthId}/{alertId}/acknowledge': {
    owner: '403 200 200 404 403',
    stranger: '404 404 404 404 403',
    otherDepartement: '404 404 404 404 404',
  },
  // The département's RGPD requests waiting for an answer: admins only (the binôme sees theirs in « Mon suivi »).
  'GET /api/dashboard/rgpd-requests': {
    owner: '403 403 403 403 200',
    stranger: '403 403 403 403 200',
    otherDepartement: '403 403 403 403 200',
  },
  'GET /api/dashboard/settings': { owner: '200 200 200 200 200', stranger: '200 200 200 200 200', otherDepartement: '200 200 200 200 200' },
  'PUT /api/dashboard/settings': {
    owner: '403 403 403 403 200',
    stranger: '403 403 403 403 200',
    otherDepartement: '403 403 403 403 200',
    body: () => ({ secondMemberLabel: 'Coordonnateur ASE en mission locale' }),
  },
  // Reminders: each person's own channels (a young person without a file: 404), whatever the role.
  'GET /api/reminders/me': { owner: '200 200 200 200 200', stranger: '404 200 200 200 200', otherDepartement: '404 200 200 200 200' },
  'PUT /api/reminders/me': {
    ownItemsOnly: true,
    owner: '200 200 200 200 200',
    stranger: '404 200 200 200 200',
    otherDepartement: '404 200 200 200 200',
    body: () => ({ version: 0, sms: false, email: false }),
  },
  'POST /api/reminders/me/phone': {
    ownItemsOnly: true,
    owner: '201 201 201 201 201',
    stranger: '404 201 201 201 201',
    otherDepartement: '404 201 201 201 201',
    body: () => ({ phone: '06 12 34 56 78' }),
  },
  'POST /api/reminders/me/email': {
    ownItemsOnly: true,
    owner: '201 201 201 201 201',
    stranger: '404 201 201 201 201',
    otherDepartement: '404 201 201 201 201',
    body: () => ({ email: 'moi@example.fr' }),
  },
  // No code was asked for in the world: refused on its content, for every role alike.
  'POST /api/reminders/me/{channel}/verify': {
    owner: '400 400 400 400 400',
    stranger: '404 400 400 400 400',
    otherDepartement: '404 400 400 400 400',
    body: () => ({ code: '123456' }),
  },
  // The STOP link needs no sign-in: the signed token names whom to stop, whoever sends it.
  'POST /api/reminders/stop': {
    ownItemsOnly: true,
    owner: '400 400 400 400 400',
    stranger: '400 400 400 400 400',
    otherDepartement: '400 400 400 400 400',
    // The STOP link needs no sign-in: the signed token names whom to stop. A request that carries a login is refused (400).
    anonymous: 200,
    body: (world) => ({ token: world.stopToken }),
  },
  'GET /api/reminders/sent/{youthId}': {
    owner: '200 200 200 404 200',
    stranger: '404 404 404 404 200',
    otherDepartement: '404 404 404 404 404',
  },
  'GET /api/reminders/failed': { owner: '403 403 403 403 200', stranger: '403 403 403 403 200', otherDepartement: '403 403 403 403 200' },
  'GET /api/reminders/settings': { owner: '200 200 200 200 200', stranger: '200 200 200 200 200', otherDepartement: '200 200 200 200 200' },
  'PUT /api/reminders/settings': {
    ownItemsOnly: true,
    owner: '403 403 403 403 200',
    stranger: '403 403 403 403 200',
    otherDepartement: '403 403 403 403 200',
    body: () => Object.fromEntries(SWITCHABLE_KINDS.map((kind) => [kind, true])),
  },
};

export function resolvePath(template: string, world: World, spec: Spec): string {
  const consultations = { open: world.openConsultationId, closed: world.closedConsultationId, published: world.publishedConsultationId };
  const values: Record<string, string> = {
    id: world.youthId,
    youthId: world.youthId,
    interviewId: world.interviewId,
    requestId: world.supportRequestId,
    rgpdRequestId: world.rgpdRequestId,
    committeeId: world.committeeId,
    consultationId: consultations[spec.consultation ?? 'open'],
    questionId: 'transport',
    partnerId: world.partnerId,
    applicationId: world.applicationId,
    sub: world.owners.referent.sub,
    channel: 'sms',
    alertId: template.startsWith('/api/dashboard/alerts/') ? world.deadlineAlertId : world.helpAlertId,
  };
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (!value) throw new Error(`No world value for path parameter ${name}`);
    return value;
  });
  return `${path}${spec.query ?? ''}`;
}
