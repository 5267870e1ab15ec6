import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AREA_APP_FACTORIES } from '../../functions/area-apps.js';
import type { Role } from '../../shared/auth/principal.js';
import { type Harness, startHarness } from '../support/harness.js';
import { buildWorld, QUESTIONS, snapshotWorld, type World } from '../support/world.js';

/**
 * Every route of the OpenAPI document, for every role, as the closest caller ("owner"),
 * as a stranger of the same département and as the owner's id in another département.
 * A route of the document missing here fails the test, so a new route cannot ship
 * without its row. Denied requests must leave the world exactly as it was.
 */
type Outcome = 200 | 201 | 204 | 403 | 404;
type Relation = 'owner' | 'stranger' | 'otherDepartement';
const ROLES: Role[] = ['jeune', 'referent', 'coordinateur', 'organisateur', 'admin'];

/** Five outcomes in the order jeune, referent, coordinateur, organisateur, admin. */
function row(outcomes: string): Record<Role, Outcome> {
  const values = outcomes.trim().split(/\s+/).map(Number) as Outcome[];
  if (values.length !== 5) throw new Error(`Row needs 5 outcomes: ${outcomes}`);
  return Object.fromEntries(ROLES.map((role, index) => [role, values[index]])) as Record<Role, Outcome>;
}

interface Spec {
  owner: string;
  stranger: string;
  otherDepartement: string;
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

const MATRIX: Record<string, Spec> = {
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

function resolvePath(template: string, world: World, spec: Spec): string {
  const consultations = { open: world.openConsultationId, closed: world.closedConsultationId, published: world.publishedConsultationId };
  const values: Record<string, string> = {
    id: world.youthId,
    youthId: world.youthId,
    interviewId: world.interviewId,
    committeeId: world.committeeId,
    consultationId: consultations[spec.consultation ?? 'open'],
    questionId: 'transport',
  };
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (!value) throw new Error(`No world value for path parameter ${name}`);
    return value;
  });
}

let api: Harness;
let operations: string[];

beforeAll(async () => {
  api = await startHarness();
  const document = (await api.call(null, 'GET', '/api/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
  operations = Object.entries(document.paths).flatMap(([path, item]) =>
    Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
  );
});
afterAll(() => api.close());

describe('authorisation matrix', () => {
  it('has a row for every route of the OpenAPI document, and none for a route that does not exist', () => {
    expect(operations.filter((operation) => !(operation in MATRIX))).toEqual([]);
    expect(Object.keys(MATRIX).filter((operation) => !operations.includes(operation))).toEqual([]);
  });

  it('documents every route the area apps serve', () => {
    const served = Object.values(AREA_APP_FACTORIES).flatMap((factory) =>
      factory({} as never)
        .routes.filter((route) => route.method !== 'ALL')
        .map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}').replace(/\/$/, '')}`),
    );
    expect(served.filter((operation) => !operations.includes(operation))).toEqual([]);
  });

  for (const [operation, spec] of Object.entries(MATRIX)) {
    it(`${operation}: every role, owner / stranger / other département`, async () => {
      const [method = 'GET', template = '/'] = operation.split(' ');
      const relations: Relation[] = ['owner', 'stranger', 'otherDepartement'];
      const callersOf = (world: World, relation: Relation) =>
        relation === 'owner' ? world.owners : relation === 'stranger' ? world.strangers : world.otherDepartement;
      const expectations = relations.flatMap((relation) => ROLES.map((role) => ({ relation, role, expected: row(spec[relation])[role] })));
      const failures: string[] = [];

      // Denied requests all run against one world, which must not change.
      const world = await buildWorld(api);
      const before = await snapshotWorld(api, world);
      for (const { relation, role, expected } of expectations.filter((item) => item.expected >= 400)) {
        const response = await api.call(callersOf(world, relation)[role], method, resolvePath(template, world, spec), spec.body?.(world));
        if (response.status !== expected) failures.push(`${relation} ${role}: expected ${expected}, got ${response.status}`);
        else if (!response.body?.error?.code) failures.push(`${relation} ${role}: no error shape`);
      }
      expect(await snapshotWorld(api, world)).toBe(before);

      // Each allowed write gets a world of its own, so that one success cannot change another's
      // answer; reads change nothing that another read depends on and share the first world.
      for (const { relation, role, expected } of expectations.filter((item) => item.expected < 400)) {
        const fresh = method === 'GET' ? world : await buildWorld(api);
        const response = await api.call(callersOf(fresh, relation)[role], method, resolvePath(template, fresh, spec), spec.body?.(fresh));
        if (response.status !== expected)
          failures.push(`${relation} ${role}: expected ${expected}, got ${response.status} ${JSON.stringify(response.body)}`);
      }
      expect(failures).toEqual([]);
    });
  }
});
