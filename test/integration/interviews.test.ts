import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../support/harness.js';
import { newYouth, people } from '../support/people.js';
import { completePlan, noNeedForTheOthers } from '../support/plan-body.js';

let api: Harness;
beforeAll(async () => {
  // Deadline statuses depend on the day: the server's clock is fixed for these tests.
  api = await startHarness({ now: () => new Date('2026-11-24T10:00:00Z') });
});
afterAll(() => api.close());

async function createYouth(overrides: Record<string, unknown> = {}) {
  const body = newYouth(overrides);
  const response = await api.call(people.admin, 'POST', '/api/youth', body);
  expect(response.status).toBe(201);
  return { id: response.body.id as string, owner: { ...people.youth, sub: body.accountSub } };
}

const base = (youthId: string) => `/api/interviews/${youthId}`;

const goal = {
  id: 'logement',
  domain: 'logement',
  label: 'Trouver un logement avant la fin de la prise en charge',
  planB: 'Place en FJT réservée par le coordinateur',
  actions: [{ id: 'fjt', label: 'Déposer un dossier au FJT', who: 'jeune', dueOn: '2027-01-15', status: 'a_faire' }],
};

describe('deadlines', () => {
  it('opens the entretien pour l’autonomie at 16, is due at 17, and gives no follow-up while care goes on', async () => {
    const { id } = await createYouth({ birthDate: '2010-05-14', careEndDate: null });
    const response = await api.call(people.referent, 'GET', `${base(id)}/deadlines`);
    expect(response.status).toBe(200);
    expect(response.body.entretien17).toEqual({ opensOn: '2026-05-14', dueBy: '2027-05-14', target: '2027-05-14', status: 'a_planifier' });
    expect(response.body.followUp).toBeNull();
    expect(response.body.planReview).toBeNull();
  });

  it('shows an interview planned after the 17th birthday as late (the demo’s Lina)', async () => {
    const { id } = await createYouth({ birthDate: '2009-03-12', careEndDate: '2027-03-12' });
    await api.call(people.referent, 'POST', `${base(id)}/interviews`, { kind: 'entretien17', scheduledOn: '2026-12-20' });
    const response = await api.call(people.referent, 'GET', `${base(id)}/deadlines`);
    expect(response.body.entretien17).toEqual({ opensOn: '2025-03-12', dueBy: '2026-03-12', target: '2026-03-12', status: 'en_retard' });
  });

  it('gives a young person admitted at 17½ thirty days from admission', async () => {
    const { id } = await createYouth({ birthDate: '2009-05-14', careStartDate: '2026-11-20', careEndDate: null });
    const response = await api.call(people.referent, 'GET', `${base(id)}/deadlines`);
    expect(response.body.entretien17).toEqual({ opensOn: '2026-11-20', dueBy: '2026-12-20', target: '2026-12-20', status: 'a_planifier' });
  });

  it('makes the interview sans objet when care ended at 16', async () => {
    const { id } = await createYouth({ birthDate: '2010-01-10', careEndDate: '2026-09-01' });
    const response = await api.call(people.referent, 'GET', `${base(id)}/deadlines`);
    expect(response.body.entretien17.status).toBe('sans_objet');
    expect(response.body.followUp).toEqual({ dueBy: '2027-03-01', status: 'a_planifier' });
  });

  it('moves to planifié, then réalisé, and a renewal does not reopen it', async () => {
    const { id } = await createYouth({ birthDate: '2010-12-01', careEndDate: null });
    const created = await api.call(people.referent, 'POST', `${base(id)}/interviews`, { kind: 'entretien17', scheduledOn: '2026-12-10' });
    expect(created.status).toBe(201);
    expect((await api.call(people.referent, 'GET', `${base(id)}/deadlines`)).body.entretien17.status).toBe('planifie');
    const held = await api.call(people.referent, 'PATCH', `${base(id)}/interviews/${created.body.id}`, {
      version: 1,
      heldOn: '2026-11-20',
      participants: [{ kind: 'jeune', name: 'Lina Martin' }],
    });
    expect(held.status).toBe(200);
    expect((await api.call(people.referent, 'GET', `${base(id)}/deadlines`)).body.entretien17.status).toBe('realise');
    const renewal = await api.call(people.referent, 'POST', `${base(id)}/interviews`, { kind: 'entretien17', scheduledOn: '2027-06-01' });
    expect(renewal.status).toBe(201);
    expect((await api.call(people.referent, 'GET', `${base(id)}/deadlines`)).body.entretien17.status).toBe('realise');
  });

  it('gives a follow-up due six months after care ended', async () => {
    const { id } = await createYouth({ birthDate: '2007-05-14', careEndDate: '2026-08-31' });
    const response = await api.call(people.coordinateur, 'GET', `${base(id)}/deadlines`);
    expect(response.body.followUp).toEqual({ dueBy: '2027-02-28', status: 'a_planifier' });
  });

  it('uses the département’s earlier target and opening age once an admin sets them, and refuses a later target', async () => {
    const { id } = await createYouth({ birthDate: '2010-09-20', careEndDate: null });
    const set = await api.call(people.admin, 'PUT', '/api/interviews/settings', {
      entretien17TargetMonthsBeforeMajority: 18,
      entretien17OpensAtAge: 15,
    });
    expect(set.status).toBe(200);
    expect(set.body).toEqual({ entretien17OpensAtAge: 15, entretien17TargetMonthsBeforeMajority: 18, lateAdmissionDelayDays: 30 });
    const response = await api.call(people.referent, 'GET', `${base(id)}/deadlines`);
    expect(response.body.entretien17).toMatchObject({ opensOn: '2025-09-20', target: '2027-03-20', dueBy: '2027-09-20' });
    const later = await api.call(people.admin, 'PUT', '/api/interviews/settings', { entretien17TargetMonthsBeforeMajority: 6 });
    expect(later.status).toBe(400);
    await api.call(people.admin, 'PUT', '/api/interviews/settings', { entretien17TargetMonthsBeforeMajority: null });
    expect((await api.call(people.admin, 'GET', '/api/interviews/settings')).body).toEqual({
      entretien17OpensAtAge: 16,
      entretien17TargetMonthsBeforeMajority: null,
      lateAdmissionDelayDays: 30,
    });
    expect((await api.call(people.referent, 'PUT', '/api/interviews/settings', { entretien17TargetMonthsBeforeMajority: 14 })).status).toBe(
      403,
    );
  });

  it('answers 404 to a stranger and to another département', async () => {
    const { id } = await createYouth();
    expect((await api.call(people.otherReferent, 'GET', `${base(id)}/deadlines`)).status).toBe(404);
    expect((await api.call(people.admin59, 'GET', `${base(id)}/deadlines`)).status).toBe(404);
  });
});

describe('preparation questionnaire', () => {
  it('saves as the young person goes, resumes, and stays hidden from staff until shared', async () => {
    const { id, owner } = await createYouth();
    const first = await api.call(owner, 'PUT', `${base(id)}/preparation/answers`, { answers: { 'logement-actuel': 'En foyer' } });
    expect(first.status).toBe(200);
    // A retried save (same body) changes nothing and duplicates nothing.
    await api.call(owner, 'PUT', `${base(id)}/preparation/answers`, { answers: { 'logement-actuel': 'En foyer' } });
    await api.call(owner, 'PUT', `${base(id)}/preparation/answers`, { answers: { 'compte-bancaire': 'Non' } });

    const resumed = await api.call(owner, 'GET', `${base(id)}/preparation`);
    expect(resumed.body.answers).toEqual({ 'logement-actuel': 'En foyer', 'compte-bancaire': 'Non' });
    // A new questionnaire is version 2: carte Vitale and complémentaire santé asked apart.
    expect(resumed.body.template.version).toBe(2);
    expect(resumed.body.template.questions.map((question: { id: string }) => question.id)).toEqual(
      expect.arrayContaining(['carte-vitale', 'complementaire-sante', 'medecin-traitant', 'sejour-asile', 'accompagnement-18']),
    );
    const oldQuestion = await api.call(owner, 'PUT', `${base(id)}/preparation/answers`, { answers: { 'couverture-sante': 'Oui' } });
    expect(oldQuestion.status).toBe(400);

    const before = await api.call(people.referent, 'GET', `${base(id)}/preparation`);
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({ answers: null, sharedAt: null, updatedAt: null });

    const shared = await api.call(owner, 'POST', `${base(id)}/preparation/share`);
    expect(shared.status).toBe(200);
    expect(shared.body.sharedAt).toEqual(expect.any(String));
    const after = await api.call(people.referent, 'GET', `${base(id)}/preparation`);
    expect(after.body.answers).toEqual({ 'logement-actuel': 'En foyer', 'compte-bancaire': 'Non' });
  });

  it('refuses unknown questions and options, and staff writing answers', async () => {
    const { id, owner } = await createYouth();
    const unknown = await api.call(owner, 'PUT', `${base(id)}/preparation/answers`, {
      answers: { inventee: 'x', 'compte-bancaire': 'Peut-être' },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details.map((detail: { path: string }) => detail.path)).toEqual([
      'json.answers.inventee',
      'json.answers.compte-bancaire',
    ]);
    expect((await api.call(people.referent, 'PUT', `${base(id)}/preparation/answers`, { answers: { questions: 'x' } })).status).toBe(403);
    expect((await api.call(owner, 'GET', `${base(id)}/preparation`)).body.answers).toEqual({});
  });

  it('cannot be shared before any answer is saved', async () => {
    const { id, owner } = await createYouth();
    const response = await api.call(owner, 'POST', `${base(id)}/preparation/share`);
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('PREPARATION_EMPTY');
    // Nothing saved and blank answers are both empty.
    expect((await api.call(owner, 'PUT', `${base(id)}/preparation/answers`, { answers: {} })).status).toBe(200);
    await api.call(owner, 'PUT', `${base(id)}/preparation/answers`, { answers: { questions: '   ' } });
    expect((await api.call(owner, 'POST', `${base(id)}/preparation/share`)).body.error.code).toBe('PREPARATION_EMPTY');
    expect((await api.call(owner, 'GET', `${base(id)}/preparation`)).body.sharedAt).toBeNull();
  });

  it('tells "no plan yet" apart from "no such file"', async () => {
    const { id } = await createYouth();
    const none = await api.call(people.referent, 'GET', `${base(id)}/plan`);
    expect(none.status).toBe(404);
    expect(none.body.error.code).toBe('PLAN_NOT_FOUND');
    expect((await api.call(people.otherReferent, 'GET', `${base(id)}/plan`)).body.error.code).toBe('NOT_FOUND');
  });
});

describe('interview record', () => {
  it('answers 409 to a stale version and keeps the winner’s summary', async () => {
    const { id } = await createYouth();
    const created = await api.call(people.referent, 'POST', `${base(id)}/interviews`, { kind: 'entretien17' });
    const path = `${base(id)}/interviews/${created.body.id}`;
    expect((await api.call(people.referent, 'PATCH', path, { version: 1, summary: 'Première version' })).status).toBe(200);
    const stale = await api.call(people.coordinateur, 'PATCH', path, { version: 1, summary: 'Écrasement' });
    expect(stale.status).toBe(409);
    expect((await api.call(people.referent, 'GET', path)).body).toMatchObject({ summary: 'Première version', version: 2 });
  });

  it('creates one interview when a phone retries with the same Idempotency-Key', async () => {
    const { id } = await createYouth();
    const headers = { 'idempotency-key': `interview-${Date.now()}` };
    const body = { kind: 'entretien17', scheduledOn: '2027-01-05' };
    const first = await api.call(people.referent, 'POST', `${base(id)}/interviews`, body, headers);
    const retry = await api.call(people.referent, 'POST', `${base(id)}/interviews`, body, headers);
    expect(retry.body.id).toBe(first.body.id);
    expect((await api.call(people.referent, 'GET', `${base(id)}/interviews`)).body.items).toHaveLength(1);
  });

  it('records the situation six months after care ends, and the reminder, on a follow-up interview only', async () => {
    const { id } = await createYouth({ careEndDate: '2026-06-30' });
    const situation = { housing: 'fjt_residence_sociale', resources: 'aide_ase', activity: 'cej', healthCover: 'inconnu' };
    const followUp = await api.call(people.coordinateur, 'POST', `${base(id)}/interviews`, {
      kind: 'suivi',
      heldOn: '2026-11-02',
      participants: [{ kind: 'jeune', name: 'Lina Martin' }],
      situation,
      supportAgainToldOn: '2026-11-02',
    });
    expect(followUp.status).toBe(201);
    expect(followUp.body).toMatchObject({ situation, supportAgainToldOn: '2026-11-02', legacyExitIndicators: null });
    const wrongKind = await api.call(people.coordinateur, 'POST', `${base(id)}/interviews`, { kind: 'entretien17', situation });
    expect(wrongKind.status).toBe(400);
    const unknownCategory = await api.call(people.coordinateur, 'POST', `${base(id)}/interviews`, {
      kind: 'suivi',
      situation: { ...situation, housing: 'hotel' },
    });
    expect(unknownCategory.status).toBe(400);
  });

  it('types the participants, and asks why when held without the young person, saving nothing', async () => {
    const { id } = await createYouth();
    const withoutYouth = await api.call(people.referent, 'POST', `${base(id)}/interviews`, {
      kind: 'entretien17',
      heldOn: '2026-11-20',
      participants: [
        { kind: 'referent', name: 'Sophie Lefebvre' },
        { kind: 'cadre_departement', name: 'Nadia Roussel', role: 'Cheffe de service' },
      ],
    });
    expect(withoutYouth.status).toBe(400);
    expect(withoutYouth.body.error.details).toEqual([
      { path: 'json.youngPersonAbsentReason', message: expect.stringContaining('sans le jeune') },
    ]);
    expect((await api.call(people.referent, 'GET', `${base(id)}/interviews`)).body.items).toHaveLength(0);

    const untyped = await api.call(people.referent, 'POST', `${base(id)}/interviews`, {
      kind: 'entretien17',
      participants: [{ name: 'Sophie', role: 'Référente' }],
    });
    expect(untyped.status).toBe(400);

    const withReason = await api.call(people.referent, 'POST', `${base(id)}/interviews`, {
      kind: 'entretien17',
      heldOn: '2026-11-20',
      participants: [
        { kind: 'referent', name: 'Sophie Lefebvre' },
        { kind: 'personne_de_confiance', name: 'Awa Diallo' },
      ],
      youngPersonAbsentReason: 'Hospitalisée ce jour-là ; entretien à refaire avec elle.',
    });
    expect(withReason.status).toBe(201);
    expect(withReason.body.participants).toEqual([
      { kind: 'referent', name: 'Sophie Lefebvre', role: '' },
      { kind: 'personne_de_confiance', name: 'Awa Diallo', role: '' },
    ]);
  });

  it('records the rights told, dated, with the answers, and refuses a date to come', async () => {
    const { id, owner } = await createYouth();
    const rightsTold = [
      { right: 'accompagnement_18_21', toldOn: '2026-11-20', answer: 'oui' },
      { right: 'contrat_engagement_jeune', toldOn: '2026-11-20', answer: 'reflechit' },
      { right: 'logement_social', toldOn: '2026-11-20' },
    ];
    const created = await api.call(people.referent, 'POST', `${base(id)}/interviews`, { kind: 'entretien17', rightsTold });
    expect(created.status).toBe(201);
    expect(created.body.rightsTold[2]).toEqual({ right: 'logement_social', toldOn: '2026-11-20', answer: null });
    // The young person reads them (« Mes droits »).
    const mine = await api.call(owner, 'GET', `${base(id)}/interviews`);
    expect(mine.body.items[0].rightsTold).toHaveLength(3);

    const future = await api.call(people.referent, 'PATCH', `${base(id)}/interviews/${created.body.id}`, {
      version: 1,
      rightsTold: [{ right: 'contester_adepape', toldOn: '2026-12-01' }],
    });
    expect(future.status).toBe(400);
    expect(future.body.error.details[0].path).toBe('json.rightsTold.0.toldOn');
    const twice = await api.call(people.referent, 'PATCH', `${base(id)}/interviews/${created.body.id}`, {
      version: 1,
      rightsTold: [rightsTold[2], rightsTold[2]],
    });
    expect(twice.status).toBe(400);
    expect((await api.call(people.referent, 'GET', `${base(id)}/interviews/${created.body.id}`)).body.version).toBe(1);
  });

  it('is written by the binôme only, and each staff access is audited', async () => {
    const { id, owner } = await createYouth();
    expect((await api.call(owner, 'POST', `${base(id)}/interviews`, { kind: 'entretien17' })).status).toBe(403);
    expect((await api.call(people.admin, 'POST', `${base(id)}/interviews`, { kind: 'entretien17' })).status).toBe(403);
    await api.call(people.referent, 'POST', `${base(id)}/interviews`, { kind: 'entretien17' });
    await api.call(people.coordinateur, 'GET', `${base(id)}/interviews`);
    const audit = await api.call(owner, 'GET', `/api/youth/${id}/audit`);
    const actions = audit.body.items.map((entry: { actorSub: string; action: string }) => `${entry.actorSub} ${entry.action}`);
    expect(actions).toContain(`${people.referent.sub} interview.write`);
    expect(actions).toContain(`${people.coordinateur.sub} interview.read`);
  });
});

describe('projet d’autonomie', () => {
  it('goes from proposed to signed, keeping every version in its history', async () => {
    const { id, owner } = await createYouth();
    const saved = await api.call(people.referent, 'PUT', `${base(id)}/plan`, { version: 0, ...completePlan([goal]) });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ status: 'propose', version: 1, signedAt: null });
    expect(saved.body.reviewDueOn > saved.body.lastReviewedOn).toBe(true);

    const seen = await api.call(owner, 'GET', `${base(id)}/plan`);
    expect(seen.body.goals[0].planB).toBe('Place en FJT réservée par le coordinateur');
    const signed = await api.call(owner, 'POST', `${base(id)}/plan/sign`, { version: 1 });
    expect(signed.status).toBe(200);
    expect(signed.body).toMatchObject({ status: 'signe', version: 2 });
    expect(signed.body.signedAt).toEqual(expect.any(String));

    const again = await api.call(owner, 'POST', `${base(id)}/plan/sign`, { version: 2 });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('PLAN_NOT_PROPOSED');

    const history = await api.call(people.coordinateur, 'GET', `${base(id)}/plan/history`);
    expect(history.body.items.map((item: { version: number; event: string }) => `${item.version} ${item.event}`)).toEqual([
      '1 saved',
      '2 signed',
    ]);
  });

  it('lets the young person ask for a change, which the binôme answers with a new version', async () => {
    const { id, owner } = await createYouth();
    await api.call(people.referent, 'PUT', `${base(id)}/plan`, { version: 0, ...completePlan([goal]) });
    const asked = await api.call(owner, 'POST', `${base(id)}/plan/change-request`, { version: 1, message: 'Je préfère une colocation' });
    expect(asked.body).toMatchObject({ status: 'modification_demandee', changeRequest: { message: 'Je préfère une colocation' } });
    const revised = await api.call(people.referent, 'PUT', `${base(id)}/plan`, {
      version: 2,
      ...completePlan([{ ...goal, label: 'Trouver une colocation' }]),
    });
    expect(revised.body).toMatchObject({ status: 'propose', version: 3, changeRequest: null });
  });

  it('brings the review forward after a major change and shows it as a deadline', async () => {
    const { id } = await createYouth();
    const saved = await api.call(people.referent, 'PUT', `${base(id)}/plan`, {
      version: 0,
      ...completePlan([goal]),
      majorChangeOn: '2026-12-01',
    });
    expect(saved.body.reviewDueOn).toBe('2027-01-01');
    const deadlines = await api.call(people.referent, 'GET', `${base(id)}/deadlines`);
    expect(deadlines.body.planReview).toMatchObject({ dueBy: '2027-01-01' });
  });

  it('refuses to propose a plan that leaves one of the six needs uncovered, and keeps it as a draft the young person cannot sign', async () => {
    const { id, owner } = await createYouth();
    const incomplete = await api.call(people.referent, 'PUT', `${base(id)}/plan`, {
      version: 0,
      goals: [goal],
      needsWithoutGoals: noNeedForTheOthers([goal]).filter((item) => item.need !== 'sante'),
    });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.error).toMatchObject({ code: 'PLAN_INCOMPLETE', details: [{ path: 'json.needs.sante' }] });
    expect((await api.call(people.referent, 'GET', `${base(id)}/plan`)).status).toBe(404);

    const draft = await api.call(people.referent, 'PUT', `${base(id)}/plan`, { version: 0, goals: [goal], draft: true });
    expect(draft.status).toBe(200);
    expect(draft.body).toMatchObject({ status: 'brouillon', version: 1, needsWithoutGoals: [] });
    const signed = await api.call(owner, 'POST', `${base(id)}/plan/sign`, { version: 1 });
    expect(signed.status).toBe(409);
    expect(signed.body.error.code).toBe('PLAN_NOT_PROPOSED');

    const proposed = await api.call(people.referent, 'PUT', `${base(id)}/plan`, { version: 1, ...completePlan([goal]) });
    expect(proposed.body).toMatchObject({ status: 'propose', version: 2 });
    expect(proposed.body.needsWithoutGoals).toHaveLength(5);
    const history = await api.call(people.referent, 'GET', `${base(id)}/plan/history`);
    expect(history.body.items.map((item: { event: string }) => item.event)).toEqual(['draft_saved', 'saved']);
  });

  it('answers 400 to `mes_questions` as a plan domain, to « pas de besoin » without a reason, and to a need with both', async () => {
    const { id } = await createYouth();
    const questions = await api.call(people.referent, 'PUT', `${base(id)}/plan`, {
      version: 0,
      goals: [{ ...goal, domain: 'mes_questions' }],
      draft: true,
    });
    expect(questions.status).toBe(400);
    expect(questions.body.error.code).toBe('VALIDATION_ERROR');
    expect(questions.body.error.details[0].path).toBe('json.goals.0.domain');
    const noReason = await api.call(people.referent, 'PUT', `${base(id)}/plan`, {
      version: 0,
      goals: [goal],
      needsWithoutGoals: [{ need: 'sante', reason: '  ' }],
      draft: true,
    });
    expect(noReason.status).toBe(400);
    const both = await api.call(people.referent, 'PUT', `${base(id)}/plan`, {
      version: 0,
      goals: [goal],
      needsWithoutGoals: [{ need: 'logement', reason: 'Déjà logé' }],
      draft: true,
    });
    expect(both.status).toBe(400);
    expect(both.body.error.details).toEqual([expect.objectContaining({ path: 'json.needsWithoutGoals.0.need' })]);
    expect((await api.call(people.referent, 'GET', `${base(id)}/plan`)).status).toBe(404);
  });

  it('answers 409 to a stale save and does not let the young person or an admin edit it', async () => {
    const { id, owner } = await createYouth();
    await api.call(people.referent, 'PUT', `${base(id)}/plan`, { version: 0, ...completePlan([goal]) });
    const stale = await api.call(people.coordinateur, 'PUT', `${base(id)}/plan`, { version: 0, ...completePlan([goal]) });
    expect(stale.status).toBe(409);
    expect((await api.call(owner, 'PUT', `${base(id)}/plan`, { version: 1, ...completePlan([goal]) })).status).toBe(403);
    expect((await api.call(people.admin, 'PUT', `${base(id)}/plan`, { version: 1, ...completePlan([goal]) })).status).toBe(403);
    expect((await api.call(people.referent, 'GET', `${base(id)}/plan`)).body.version).toBe(1);
  });
});
