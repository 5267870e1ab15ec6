import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { ulid } from 'ulid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../shared/db/keys.js';
import { type Harness, startHarness } from '../support/harness.js';
import { people } from '../support/people.js';

/**
 * Items written by earlier versions of Envol, exactly as they were stored, must still
 * read: new fields get their "unknown" value, nothing answers 500.
 */
let api: Harness;
beforeAll(async () => {
  api = await startHarness({ now: () => new Date('2026-11-24T10:00:00Z') });
});
afterAll(() => api.close());

async function put(item: Record<string, unknown>) {
  await api.store.db.send(new PutCommand({ TableName: api.store.tableName, Item: item }));
}

/** A profile as stored before the admission date and the personne de confiance existed. */
async function putOldProfile() {
  const id = ulid();
  const sort = keys.caseloadSort('Ancien', 'Dossier', id);
  await put({
    pk: keys.youth('62', id),
    sk: keys.profileSk,
    type: 'youth',
    id,
    departement: '62',
    firstName: 'Dossier',
    lastName: 'Ancien',
    birthDate: '2009-05-14',
    careEndDate: null,
    accountSub: `jeune-62-old-${id}`,
    referentId: people.referent.sub,
    coordinateurId: people.coordinateur.sub,
    version: 3,
    createdAt: '2025-01-10T09:00:00.000Z',
    updatedAt: '2025-06-10T09:00:00.000Z',
    gsi1pk: keys.referentCaseload('62', people.referent.sub),
    gsi1sk: sort,
    gsi2pk: keys.coordinateurCaseload('62', people.coordinateur.sub),
    gsi2sk: sort,
    gsi3pk: keys.departementYouth('62'),
    gsi3sk: sort,
  });
  return id;
}

describe('data stored by earlier versions', () => {
  it('reads a profile without an admission date, lists it, and updates it', async () => {
    const id = await putOldProfile();
    const read = await api.call(people.referent, 'GET', `/api/youth/${id}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ careStartDate: null, version: 3 });
    expect(read.body.keyDates.age16).toBe('2025-05-14');
    const list = await api.call(people.referent, 'GET', '/api/youth?limit=100');
    expect(list.body.items.some((item: { id: string }) => item.id === id)).toBe(true);
    const updated = await api.call(people.referent, 'PATCH', `/api/youth/${id}`, { version: 3, careStartDate: '2020-01-01' });
    expect(updated.status).toBe(200);
    expect(updated.body.careStartDate).toBe('2020-01-01');
    const deadlines = await api.call(people.referent, 'GET', `/api/interviews/${id}/deadlines`);
    expect(deadlines.body.entretien17).toMatchObject({ dueBy: '2026-05-14', status: 'en_retard' });
  });

  it('reads interview settings saved before the opening age and the late-admission delay existed', async () => {
    await put({
      pk: keys.departement('62'),
      sk: keys.interviewSettingsSk,
      type: 'interviewSettings',
      entretien17TargetMonthsBeforeMajority: 6,
    });
    const settings = await api.call(people.admin, 'GET', '/api/interviews/settings');
    expect(settings.status).toBe(200);
    expect(settings.body).toEqual({ entretien17OpensAtAge: 16, entretien17TargetMonthsBeforeMajority: 6, lateAdmissionDelayDays: 30 });
    const id = await putOldProfile();
    // The old "6 months before majority" target cannot push the deadline past the 17th birthday.
    const deadlines = await api.call(people.referent, 'GET', `/api/interviews/${id}/deadlines`);
    expect(deadlines.body.entretien17).toMatchObject({ target: '2026-05-14', dueBy: '2026-05-14' });
    await put({
      pk: keys.departement('62'),
      sk: keys.interviewSettingsSk,
      type: 'interviewSettings',
      entretien17TargetMonthsBeforeMajority: null,
    });
  });
});

describe('interview records stored by earlier versions', () => {
  it('reads participants without a type and the four yes/no of a follow-up, and edits the record', async () => {
    const youthId = await putOldProfile();
    const interviewId = ulid();
    await put({
      pk: keys.youth('62', youthId),
      sk: keys.interviewSk(interviewId),
      type: 'interview',
      id: interviewId,
      kind: 'suivi',
      scheduledOn: '2025-10-01',
      heldOn: '2025-10-01',
      participants: [
        { name: 'Dossier Ancien', role: 'Jeune' },
        { name: 'Sophie Lefebvre', role: 'Référente ASE' },
      ],
      summary: 'Bilan à six mois.',
      points: [{ domain: 'mes_questions', text: 'Peut-on revenir ?' }],
      exitSituation: { stableHousing: true, resources: false, educationOrWork: true, healthCover: true },
      version: 2,
      createdAt: '2025-10-01T09:00:00.000Z',
      updatedAt: '2025-10-02T09:00:00.000Z',
    });
    const list = await api.call(people.referent, 'GET', `/api/interviews/${youthId}/interviews`);
    expect(list.status).toBe(200);
    expect(list.body.items[0]).toMatchObject({
      participants: [
        { kind: null, name: 'Dossier Ancien', role: 'Jeune' },
        { kind: null, name: 'Sophie Lefebvre', role: 'Référente ASE' },
      ],
      youngPersonAbsentReason: null,
      rightsTold: [],
      situation: null,
      legacyExitIndicators: { stableHousing: true, resources: false, educationOrWork: true, healthCover: true },
    });
    // Editing the summary alone keeps everything else as it was read.
    const edited = await api.call(people.referent, 'PATCH', `/api/interviews/${youthId}/interviews/${interviewId}`, {
      version: 2,
      summary: 'Bilan à six mois, complété.',
    });
    expect(edited.status).toBe(200);
    const again = await api.call(people.referent, 'GET', `/api/interviews/${youthId}/interviews/${interviewId}`);
    expect(again.body).toMatchObject({ version: 3, summary: 'Bilan à six mois, complété.', legacyExitIndicators: { resources: false } });
    expect((await api.call(people.referent, 'GET', `/api/youth/${youthId}/export`)).status).toBeLessThan(500);
  });
});

describe('projets d’autonomie stored by earlier versions', () => {
  it('reads a plan with a « mes questions » goal and no « pas de besoin », in its history too, and signs it as proposed', async () => {
    const youthId = await putOldProfile();
    const plan = {
      goals: [
        { id: 'logement', domain: 'logement', label: 'Un logement', planB: '', actions: [] },
        {
          id: 'questions',
          domain: 'mes_questions',
          label: 'Savoir si je peux revenir',
          planB: '',
          actions: [{ id: 'a1', label: 'En parler', who: 'referent', dueOn: '2026-12-01', status: 'a_faire' }],
        },
      ],
      status: 'propose',
      version: 1,
      updatedAt: '2026-01-10T09:00:00.000Z',
      updatedByName: 'Sophie Lefebvre',
      lastReviewedOn: '2026-01-10',
      majorChangeOn: null,
      reviewDueOn: '2026-07-10',
      signedAt: null,
      changeRequest: null,
    };
    await put({ pk: keys.youth('62', youthId), sk: keys.planSk, type: 'plan', ...plan });
    await put({
      pk: keys.youth('62', youthId),
      sk: keys.planVersionSk(1),
      type: 'planVersion',
      ...plan,
      event: 'saved',
      at: plan.updatedAt,
      byRole: 'referent',
    });
    const read = await api.call(people.referent, 'GET', `/api/interviews/${youthId}/plan`);
    expect(read.status).toBe(200);
    expect(read.body.goals.map((goal: { domain: string }) => goal.domain)).toEqual(['logement', 'mes_questions']);
    expect(read.body.needsWithoutGoals).toEqual([]);
    const history = await api.call(people.referent, 'GET', `/api/interviews/${youthId}/plan/history`);
    expect(history.status).toBe(200);
    expect(history.body.items[0].goals[1].domain).toBe('mes_questions');
    // Proposed under the old rules: the young person may still sign what they were given.
    const owner = { ...people.youth, sub: `jeune-62-old-${youthId}` };
    const signed = await api.call(owner, 'POST', `/api/interviews/${youthId}/plan/sign`, { version: 1 });
    expect(signed.status).toBe(200);
    expect(signed.body).toMatchObject({ status: 'signe', version: 2 });
    expect((await api.call(owner, 'GET', `/api/youth/${youthId}/export`)).status).toBe(200);
  });
});

describe('preparation answers given with questionnaire version 1', () => {
  it('keep version 1 and read with its questions, while a new questionnaire is version 2', async () => {
    const youthId = await putOldProfile();
    await put({
      pk: keys.youth('62', youthId),
      sk: keys.preparationSk,
      type: 'preparation',
      templateVersion: 1,
      answers: { 'couverture-sante': 'Oui', 'logement-actuel': 'En foyer' },
      sharedAt: '2026-01-10T09:00:00.000Z',
      updatedAt: '2026-01-10T09:00:00.000Z',
    });
    const read = await api.call(people.referent, 'GET', `/api/interviews/${youthId}/preparation`);
    expect(read.status).toBe(200);
    expect(read.body.template.version).toBe(1);
    expect(read.body.template.questions.find((question: { id: string }) => question.id === 'couverture-sante').label).toBe(
      'As-tu une carte Vitale et une complémentaire santé ?',
    );
    expect(read.body.answers).toEqual({ 'couverture-sante': 'Oui', 'logement-actuel': 'En foyer' });
    // Still answered with version 1: its questions are accepted, version 2's are not.
    const owner = { ...people.youth, sub: `jeune-62-old-${youthId}` };
    expect(
      (await api.call(owner, 'PUT', `/api/interviews/${youthId}/preparation/answers`, { answers: { 'couverture-sante': 'Non' } })).status,
    ).toBe(200);
    expect(
      (await api.call(owner, 'PUT', `/api/interviews/${youthId}/preparation/answers`, { answers: { 'carte-vitale': 'Oui' } })).status,
    ).toBe(400);
    const fresh = await putOldProfile();
    expect((await api.call(people.referent, 'GET', `/api/interviews/${fresh}/preparation`)).body.template.version).toBe(2);
  });
});

describe('a questionnaire version 2 the département published before Envol shipped its own', () => {
  it('stays the département’s: its answers read with it, and the next version published is 3', async () => {
    const own = [{ id: 'ma-question', domain: 'logement', label: 'Question du département', kind: 'text' }];
    await put({ pk: keys.departement('62'), sk: keys.preparationTemplateSk(2), type: 'preparationTemplate', version: 2, questions: own });
    const youthId = await putOldProfile();
    await put({
      pk: keys.youth('62', youthId),
      sk: keys.preparationSk,
      type: 'preparation',
      templateVersion: 2,
      answers: { 'ma-question': 'Oui' },
      sharedAt: '2026-01-10T09:00:00.000Z',
    });
    const read = await api.call(people.referent, 'GET', `/api/interviews/${youthId}/preparation`);
    expect(read.body.template).toEqual({ version: 2, questions: own });
    const published = await api.call(people.admin, 'POST', '/api/interviews/preparation-template', { questions: own });
    expect(published.body.version).toBe(3);
  });
});
