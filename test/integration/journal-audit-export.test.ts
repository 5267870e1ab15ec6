import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../support/harness.js';
import { newYouth, people } from '../support/people.js';
import { completePlan } from '../support/plan-body.js';

let api: Harness;
beforeAll(async () => {
  api = await startHarness();
});
afterAll(() => api.close());

async function createYouthWithOwner() {
  const body = newYouth();
  const response = await api.call(people.admin, 'POST', '/api/youth', body);
  expect(response.status).toBe(201);
  return { id: response.body.id as string, owner: { ...people.youth, sub: body.accountSub } };
}

describe('journal', () => {
  it('lets the binôme write and read every entry, author and date set by the server', async () => {
    const { id } = await createYouthWithOwner();
    const written = await api.call(people.referent, 'POST', `/api/youth/${id}/journal`, { text: 'Note interne', visibleToYouth: false });
    expect(written.status).toBe(201);
    expect(written.body).toMatchObject({ authorSub: people.referent.sub, authorRole: 'referent', authorName: 'Sophie Lefebvre' });
    expect(Date.parse(written.body.createdAt)).not.toBeNaN();
    await api.call(people.coordinateur, 'POST', `/api/youth/${id}/journal`, { text: 'RDV mission locale', visibleToYouth: true });

    const read = await api.call(people.coordinateur, 'GET', `/api/youth/${id}/journal`);
    expect(read.body.items.map((entry: { text: string }) => entry.text)).toEqual(['RDV mission locale', 'Note interne']);
  });

  it('shows the young person only the entries meant for them', async () => {
    const { id, owner } = await createYouthWithOwner();
    await api.call(people.referent, 'POST', `/api/youth/${id}/journal`, { text: 'Pour toi', visibleToYouth: true });
    await api.call(people.referent, 'POST', `/api/youth/${id}/journal`, { text: 'Interne', visibleToYouth: false });
    const read = await api.call(owner, 'GET', `/api/youth/${id}/journal`);
    expect(read.status).toBe(200);
    expect(read.body.items.map((entry: { text: string }) => entry.text)).toEqual(['Pour toi']);
  });

  it('refuses writing to an admin (403) and a stranger (404)', async () => {
    const { id } = await createYouthWithOwner();
    const entry = { text: 'x', visibleToYouth: true };
    expect((await api.call(people.admin, 'POST', `/api/youth/${id}/journal`, entry)).status).toBe(403);
    expect((await api.call(people.otherReferent, 'POST', `/api/youth/${id}/journal`, entry)).status).toBe(404);
    const read = await api.call(people.referent, 'GET', `/api/youth/${id}/journal`);
    expect(read.body.items).toHaveLength(0);
  });

  it('lets the young person write to their binôme: always an entry they read, never an access in their log', async () => {
    const { id, owner } = await createYouthWithOwner();
    const sent = await api.call(owner, 'POST', `/api/youth/${id}/journal`, { text: 'Je peux venir mardi ?', visibleToYouth: false });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ visibleToYouth: true, authorRole: 'jeune' });
    const binome = await api.call(people.referent, 'GET', `/api/youth/${id}/journal`);
    expect(binome.body.items.map((entry: { text: string }) => entry.text)).toEqual(['Je peux venir mardi ?']);
    const mine = await api.call(owner, 'GET', `/api/youth/${id}/journal`);
    expect(mine.body.items).toHaveLength(1);
    const audit = await api.call(people.admin, 'GET', `/api/youth/${id}/audit`);
    expect(audit.body.items.map((entry: { action: string }) => entry.action)).not.toContain('journal.write');
  });

  it('tells the young person’s log a note between staff for what it is: note.write, not journal.write', async () => {
    const { id, owner } = await createYouthWithOwner();
    await api.call(people.referent, 'POST', `/api/youth/${id}/journal`, { text: 'Point d’équipe', visibleToYouth: false });
    await api.call(people.referent, 'POST', `/api/youth/${id}/journal`, { text: 'Bonjour', visibleToYouth: true });
    const audit = await api.call(owner, 'GET', `/api/youth/${id}/audit`);
    const actions = audit.body.items.map((entry: { action: string }) => entry.action);
    expect(actions.slice(0, 2)).toEqual(['journal.write', 'note.write']);
    // The note itself stays hidden from the young person.
    const mine = await api.call(owner, 'GET', `/api/youth/${id}/journal`);
    expect(mine.body.items.map((entry: { text: string }) => entry.text)).toEqual(['Bonjour']);
  });
});

describe('audit: qui a consulté mon dossier', () => {
  it('shows the young person each staff read and write, newest first, and none of their own', async () => {
    const { id, owner } = await createYouthWithOwner();
    await api.call(people.referent, 'GET', `/api/youth/${id}`);
    await api.call(people.coordinateur, 'POST', `/api/youth/${id}/journal`, { text: 'x', visibleToYouth: true });
    await api.call(owner, 'GET', `/api/youth/${id}`);

    const audit = await api.call(owner, 'GET', `/api/youth/${id}/audit`);
    expect(audit.status).toBe(200);
    expect(audit.body.items.map((entry: { actorSub: string; action: string }) => `${entry.actorSub} ${entry.action}`)).toEqual([
      `${people.coordinateur.sub} journal.write`,
      `${people.referent.sub} profile.read`,
      `${people.admin.sub} profile.create`,
    ]);
    expect(audit.body.items[1]).toMatchObject({ actorName: 'Sophie Lefebvre', actorRole: 'referent' });
  });

  it('marks the reads that returned nothing, keeps them for the DPO, and marks no read that showed something', async () => {
    const { id, owner } = await createYouthWithOwner();
    // The young person answers but does not share: staff see only the questions.
    await api.call(owner, 'PUT', `/api/interviews/${id}/preparation/answers`, { answers: { 'logement-actuel': 'En foyer' } });
    const preparation = await api.call(people.referent, 'GET', `/api/interviews/${id}/preparation`);
    expect(preparation.body.answers).toBeNull();
    expect((await api.call(people.referent, 'GET', `/api/interviews/${id}/plan`)).status).toBe(404);
    expect((await api.call(people.referent, 'GET', `/api/interviews/${id}/interviews`)).body.items).toEqual([]);
    expect((await api.call(people.referent, 'GET', `/api/grids/${id}/evaluations`)).body.items).toEqual([]);
    expect((await api.call(people.referent, 'GET', `/api/youth/${id}/journal`)).body.items).toEqual([]);
    expect((await api.call(people.referent, 'GET', `/api/grids/${id}/progress`)).body.points).toEqual([]);
    expect((await api.call(people.referent, 'GET', `/api/grids/${id}/proposals`)).body.items).toEqual([]);
    expect((await api.call(people.referent, 'GET', `/api/grids/${id}/comparison?self=01ARZ3NDEKTSV4RRFFQ69G5FAV`)).status).toBe(404);
    expect((await api.call(people.referent, 'GET', `/api/housing/${id}`)).body).toMatchObject({ project: null, applications: [] });
    await api.call(people.referent, 'GET', `/api/youth/${id}`);
    await api.call(people.coordinateur, 'POST', `/api/youth/${id}/journal`, { text: 'Pour toi', visibleToYouth: true });
    await api.call(people.referent, 'GET', `/api/youth/${id}/journal`);

    const audit = await api.call(people.admin, 'GET', `/api/youth/${id}/audit`);
    const lines = audit.body.items.map(
      (entry: { actorSub: string; action: string; nothingSeen?: boolean }) =>
        `${entry.actorSub} ${entry.action}${entry.nothingSeen ? ' (rien vu)' : ''}`,
    );
    expect(lines.reverse()).toEqual([
      `${people.admin.sub} profile.create`,
      `${people.referent.sub} preparation.read (rien vu)`,
      `${people.referent.sub} plan.read (rien vu)`,
      `${people.referent.sub} interview.read (rien vu)`,
      `${people.referent.sub} grid.read (rien vu)`,
      `${people.referent.sub} journal.read (rien vu)`,
      `${people.referent.sub} grid.read (rien vu)`,
      `${people.referent.sub} grid.read (rien vu)`,
      `${people.referent.sub} grid.read (rien vu)`,
      `${people.referent.sub} housing.read (rien vu)`,
      `${people.referent.sub} profile.read`,
      `${people.coordinateur.sub} journal.write`,
      `${people.referent.sub} journal.read`,
      `${people.admin.sub} audit.read`,
    ]);
  });

  it('is hidden from the binôme (403) and from strangers (404)', async () => {
    const { id } = await createYouthWithOwner();
    expect((await api.call(people.referent, 'GET', `/api/youth/${id}/audit`)).status).toBe(403);
    expect((await api.call(people.otherYouth, 'GET', `/api/youth/${id}/audit`)).status).toBe(404);
  });
});

describe('RGPD export', () => {
  it('gives the young person their file, the entries meant for them and the audit log', async () => {
    const { id, owner } = await createYouthWithOwner();
    await api.call(people.referent, 'POST', `/api/youth/${id}/journal`, { text: 'Pour toi', visibleToYouth: true });
    await api.call(people.referent, 'POST', `/api/youth/${id}/journal`, { text: 'Interne', visibleToYouth: false });
    const exported = await api.call(owner, 'GET', `/api/youth/${id}/export`);
    expect(exported.status).toBe(200);
    expect(exported.body.youth.id).toBe(id);
    expect(exported.body.journal.map((entry: { text: string }) => entry.text)).toEqual(['Pour toi']);
    expect(exported.body.audit.length).toBeGreaterThanOrEqual(3);
  });

  it('holds the interviews, the preparation, the plan with its history and the committees, but no ballot', async () => {
    const { id, owner } = await createYouthWithOwner();
    await api.call(people.referent, 'POST', `/api/interviews/${id}/interviews`, { kind: 'entretien17', scheduledOn: '2027-01-10' });
    await api.call(owner, 'PUT', `/api/interviews/${id}/preparation/answers`, { answers: { entourage: 'Ma tante' } });
    await api.call(people.referent, 'PUT', `/api/interviews/${id}/plan`, {
      version: 0,
      ...completePlan([{ id: 'g', domain: 'sante', label: 'Carte Vitale', planB: 'PASS', actions: [] }]),
    });
    const committee = await api.call(people.organisateur, 'POST', '/api/committees', { kind: 'CDJ', name: 'CDJ export' });
    await api.call(people.organisateur, 'POST', `/api/committees/${committee.body.id}/members`, { youthId: id });

    const exported = await api.call(owner, 'GET', `/api/youth/${id}/export`);
    expect(exported.body.interviews).toHaveLength(1);
    expect(exported.body.preparation).toMatchObject({ answers: { entourage: 'Ma tante' }, sharedAt: null });
    expect(exported.body.plan).toMatchObject({ status: 'propose', version: 1 });
    expect(exported.body.planHistory).toHaveLength(1);
    expect(exported.body.committees).toEqual([{ committeeId: committee.body.id, kind: 'CDJ', name: 'CDJ export', territory: null }]);
    expect(exported.body.ballots).toMatch(/totaux/);
  });

  it('gives an admin everything, and records the export', async () => {
    const { id, owner } = await createYouthWithOwner();
    await api.call(people.referent, 'POST', `/api/youth/${id}/journal`, { text: 'Interne', visibleToYouth: false });
    const exported = await api.call(people.admin, 'GET', `/api/youth/${id}/export`);
    expect(exported.body.journal).toHaveLength(1);
    const audit = await api.call(owner, 'GET', `/api/youth/${id}/audit`);
    expect(audit.body.items[0]).toMatchObject({ actorSub: people.admin.sub, action: 'export.read' });
  });

  it('never shows an admin preparation answers the young person has not shared, and shows them once shared', async () => {
    const { id, owner } = await createYouthWithOwner();
    await api.call(owner, 'PUT', `/api/interviews/${id}/preparation/answers`, { answers: { entourage: 'Ma tante' } });

    const draft = await api.call(people.admin, 'GET', `/api/youth/${id}/export`);
    expect(draft.status).toBe(200);
    expect(draft.body.preparation).toMatchObject({ answers: null, sharedAt: null });
    expect(JSON.stringify(draft.body)).not.toContain('Ma tante');

    expect((await api.call(owner, 'POST', `/api/interviews/${id}/preparation/share`)).status).toBe(200);
    const shared = await api.call(people.admin, 'GET', `/api/youth/${id}/export`);
    expect(shared.body.preparation).toMatchObject({ answers: { entourage: 'Ma tante' } });
    expect(shared.body.preparation.sharedAt).not.toBeNull();
  });

  it('is refused to the referent with 403 and to another département with 404', async () => {
    const { id } = await createYouthWithOwner();
    expect((await api.call(people.referent, 'GET', `/api/youth/${id}/export`)).status).toBe(403);
    expect((await api.call(people.admin59, 'GET', `/api/youth/${id}/export`)).status).toBe(404);
  });
});
