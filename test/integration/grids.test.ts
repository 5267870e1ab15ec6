import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../shared/db/keys.js';
import type { Caller } from '../support/harness.js';
import { type Harness, startHarness } from '../support/harness.js';
import { newYouth, people } from '../support/people.js';
import { completePlan } from '../support/plan-body.js';

let api: Harness;
beforeAll(async () => {
  api = await startHarness({ now: () => new Date('2026-11-24T10:00:00Z') });
});
afterAll(() => api.close());

async function createYouth(admin: Caller = people.admin, overrides: Record<string, unknown> = {}) {
  const body = newYouth({ birthDate: '2009-03-12', ...overrides });
  const response = await api.call(admin, 'POST', '/api/youth', body);
  expect(response.status).toBe(201);
  return { id: response.body.id as string, owner: { sub: body.accountSub, role: 'jeune', departement: admin.departement } as Caller };
}

const grid = (youthId: string) => `/api/grids/${youthId}`;

/** Everything stored in a young person's partition, to prove a refused request wrote nothing. */
async function partition(youthId: string, departement = '62') {
  const result = await api.store.db.send(
    new QueryCommand({
      TableName: api.store.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.youth(departement, youthId) },
      ConsistentRead: true,
    }),
  );
  return JSON.stringify(result.Items ?? []);
}

async function auditActions(youthId: string, reader: Caller) {
  const response = await api.call(reader, 'GET', `/api/youth/${youthId}/audit?limit=100`);
  return (response.body.items as { action: string; actorRole: string }[]).map((entry) => `${entry.actorRole}:${entry.action}`);
}

describe('self-assessment', () => {
  it('is saved as the young person goes, resumes from anywhere, and a retried save changes nothing', async () => {
    const { id, owner } = await createYouth();
    const first = await api.call(owner, 'PUT', `${grid(id)}/self-assessment`, { levels: { 'res-depenses': 2 } });
    expect(first.status).toBe(200);
    expect(first.body.template.version).toBe(1);
    await api.call(owner, 'PUT', `${grid(id)}/self-assessment`, { levels: { 'log-bail': 'pas_encore', 'sante-rdv': 4 } });
    const before = await partition(id);
    const retried = await api.call(owner, 'PUT', `${grid(id)}/self-assessment`, { levels: { 'log-bail': 'pas_encore', 'sante-rdv': 4 } });
    expect(retried.body.levels).toEqual({ 'res-depenses': 2, 'log-bail': 'pas_encore', 'sante-rdv': 4 });
    // Only the time of the last save moves.
    expect((await partition(id)).replace(/"updatedAt":"[^"]+"/g, '')).toBe(before.replace(/"updatedAt":"[^"]+"/g, ''));

    // Another device: same answers.
    const resumed = await api.call(owner, 'GET', `${grid(id)}/self-assessment`);
    expect(resumed.body.levels).toEqual({ 'res-depenses': 2, 'log-bail': 'pas_encore', 'sante-rdv': 4 });
    const cleared = await api.call(owner, 'PUT', `${grid(id)}/self-assessment`, { levels: { 'res-depenses': null } });
    expect(cleared.body.levels).toEqual({ 'log-bail': 'pas_encore', 'sante-rdv': 4 });
  });

  it('is never read by staff before it is sent, by any route, and sending it once makes it theirs to read', async () => {
    const { id, owner } = await createYouth();
    await api.call(owner, 'PUT', `${grid(id)}/self-assessment`, { levels: { 'res-depenses': 4, 'log-bail': 1 } });

    for (const staff of [people.referent, people.coordinateur, people.admin]) {
      expect((await api.call(staff, 'GET', `${grid(id)}/self-assessment`)).status).toBe(403);
      expect((await api.call(staff, 'GET', `${grid(id)}/evaluations`)).body.items).toEqual([]);
      const comparison = await api.call(staff, 'GET', `${grid(id)}/comparison`);
      expect(comparison.body.self).toBeNull();
      expect(comparison.body.items).toEqual([]);
      expect((await api.call(staff, 'GET', `${grid(id)}/progress`)).body.points).toEqual([]);
      expect((await api.call(staff, 'GET', `${grid(id)}/proposals`)).body.items).toEqual([]);
    }
    const adminExport = await api.call(people.admin, 'GET', `/api/youth/${id}/export`);
    expect(JSON.stringify(adminExport.body)).not.toContain('res-depenses');
    const ownExport = await api.call(owner, 'GET', `/api/youth/${id}/export`);
    expect(ownExport.body.grids.selfAssessmentInProgress.levels).toEqual({ 'res-depenses': 4, 'log-bail': 1 });

    const sent = await api.call(owner, 'POST', `${grid(id)}/self-assessment/send`, undefined, { 'idempotency-key': `send-${id}` });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ kind: 'self', assessedOn: '2026-11-24', levels: { 'res-depenses': 4, 'log-bail': 1 } });
    const replay = await api.call(owner, 'POST', `${grid(id)}/self-assessment/send`, undefined, { 'idempotency-key': `send-${id}` });
    expect(replay.body.id).toBe(sent.body.id);
    const again = await api.call(owner, 'POST', `${grid(id)}/self-assessment/send`);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('GRID_NOTHING_TO_SEND');

    const listed = await api.call(people.referent, 'GET', `${grid(id)}/evaluations`);
    expect(listed.body.items.map((item: { id: string }) => item.id)).toEqual([sent.body.id]);
    expect((await api.call(people.admin, 'GET', `/api/youth/${id}/export`)).body.grids.evaluations).toHaveLength(1);
    // The next self-assessment starts empty.
    expect((await api.call(owner, 'GET', `${grid(id)}/self-assessment`)).body.levels).toEqual({});
  });

  it('is refused when nothing was chosen, and before 16', async () => {
    const { id, owner } = await createYouth();
    expect((await api.call(owner, 'POST', `${grid(id)}/self-assessment/send`)).body.error.code).toBe('GRID_NOTHING_TO_SEND');
    const young = await createYouth(people.admin, { birthDate: '2011-01-01', careEndDate: null });
    const refused = await api.call(young.owner, 'PUT', `${grid(young.id)}/self-assessment`, { levels: { 'res-depenses': 2 } });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('GRID_TOO_YOUNG');
    const staff = await api.call(people.referent, 'POST', `${grid(young.id)}/evaluations`, {
      templateVersion: 1,
      assessedOn: '2026-11-20',
      levels: { 'res-depenses': 2 },
    });
    expect(staff.body.error.code).toBe('GRID_TOO_YOUNG');
  });
});

describe('bad input', () => {
  it('answers 400 in the error shape to unknown items, levels out of range and versions that do not exist, and stores nothing', async () => {
    const { id, owner } = await createYouth();
    await api.call(owner, 'PUT', `${grid(id)}/self-assessment`, { levels: { 'res-depenses': 2 } });
    const before = await partition(id);
    const refused = [
      await api.call(owner, 'PUT', `${grid(id)}/self-assessment`, { levels: { 'res-depenses': 3, inconnu: 2 } }),
      await api.call(owner, 'PUT', `${grid(id)}/self-assessment`, { levels: { 'res-depenses': 5 } }),
      await api.call(owner, 'PUT', `${grid(id)}/self-assessment`, { levels: { 'res-depenses': 0 } }),
      await api.call(owner, 'PUT', `${grid(id)}/self-assessment`, { levels: { 'res-depenses': 'jamais' } }),
      await api.call(people.referent, 'POST', `${grid(id)}/evaluations`, {
        templateVersion: 99,
        assessedOn: '2026-11-20',
        levels: { 'res-depenses': 2 },
      }),
      await api.call(people.referent, 'POST', `${grid(id)}/evaluations`, {
        templateVersion: 1,
        assessedOn: '2026-11-20',
        levels: { inconnu: 2 },
      }),
      await api.call(people.referent, 'POST', `${grid(id)}/evaluations`, {
        templateVersion: 1,
        assessedOn: '2027-01-01',
        levels: { 'res-depenses': 2 },
      }),
      await api.call(people.referent, 'POST', `${grid(id)}/proposals/accept`, { itemId: 'Pas un id', dueOn: '2027-01-01' }),
    ];
    expect(refused.map((response) => response.status)).toEqual([400, 400, 400, 400, 400, 400, 400, 400]);
    for (const response of refused) {
      expect(typeof response.body.error.message).toBe('string');
      expect(Array.isArray(response.body.error.details)).toBe(true);
    }
    expect(refused[0]?.body.error.details[0].path).toBe('json.levels.inconnu');
    expect(refused[4]?.body.error.details[0].path).toBe('json.templateVersion');
    expect(await partition(id)).toBe(before);
  });
});

describe('side by side, progress and audit', () => {
  it('puts both views per item and per need, highlights gaps of 2 or more, and audits every staff read', async () => {
    const { id, owner } = await createYouth();
    await api.call(owner, 'PUT', `${grid(id)}/self-assessment`, {
      levels: { 'res-depenses': 4, 'res-compte': 3, 'log-bail': 'pas_encore' },
    });
    const self = await api.call(owner, 'POST', `${grid(id)}/self-assessment/send`);
    const binome = await api.call(people.coordinateur, 'POST', `${grid(id)}/evaluations`, {
      templateVersion: 1,
      assessedOn: '2026-11-23',
      levels: { 'res-depenses': 1, 'res-compte': 2, 'log-bail': 1 },
      note: 'La famille d’accueil la trouve à l’aise avec son argent de poche.',
    });
    expect(binome.status).toBe(201);
    expect(binome.body).toMatchObject({ kind: 'binome', authorRole: 'coordinateur', authorName: 'Karim Haddad' });

    const comparison = await api.call(owner, 'GET', `${grid(id)}/comparison`);
    expect(comparison.body.self.id).toBe(self.body.id);
    expect(comparison.body.binome.id).toBe(binome.body.id);
    const byItem = Object.fromEntries(comparison.body.items.map((item: { itemId: string }) => [item.itemId, item]));
    expect(byItem['res-depenses']).toMatchObject({ self: 4, binome: 1, gap: 3, highlighted: true });
    expect(byItem['res-compte']).toMatchObject({ self: 3, binome: 2, gap: 1, highlighted: false });
    expect(byItem['log-bail']).toMatchObject({ self: 'pas_encore', binome: 1, gap: null, highlighted: false });
    expect(comparison.body.domains.find((entry: { domain: string }) => entry.domain === 'ressources')).toEqual({
      domain: 'ressources',
      self: 3.5,
      binome: 1.5,
    });
    const progress = await api.call(people.referent, 'GET', `${grid(id)}/progress`);
    expect(progress.body.points.map((point: { kind: string }) => point.kind)).toEqual(['binome', 'self']);
    expect(progress.body.points[1].scores.ressources).toBe(3.5);

    // The young person's own reads are not staff access; the binôme's are, and she sees them.
    const actions = await auditActions(id, owner);
    expect(actions.filter((action) => action === 'coordinateur:grid.write')).toHaveLength(1);
    expect(actions).toContain('referent:grid.read');
    expect(actions.some((action) => action.startsWith('jeune:'))).toBe(false);
  });
});

describe('proposals into the plan', () => {
  it('turns an accepted proposal into a plan action in a new version the young person signs, once, even when retried', async () => {
    const { id, owner } = await createYouth();
    await api.call(owner, 'PUT', `${grid(id)}/self-assessment`, { levels: { 'res-depenses': 4, 'sante-rdv': 1, 'ent-aide': 3 } });
    await api.call(owner, 'POST', `${grid(id)}/self-assessment/send`);
    await api.call(people.referent, 'POST', `${grid(id)}/evaluations`, {
      templateVersion: 1,
      assessedOn: '2026-11-24',
      levels: { 'res-depenses': 1, 'sante-rdv': 1, 'ent-aide': 3 },
    });
    const proposals = await api.call(people.referent, 'GET', `${grid(id)}/proposals`);
    expect(proposals.body.items.map((item: { itemId: string; reason: string }) => [item.itemId, item.reason])).toEqual([
      ['res-depenses', 'ecart'],
      ['sante-rdv', 'niveau_bas'],
    ]);

    // The plan covers the six needs, ressources as « pas de besoin » until the grid shows one.
    const housing = { id: 'logement', domain: 'logement', label: 'Un logement', planB: '', actions: [] };
    await api.call(people.referent, 'PUT', `/api/interviews/${id}/plan`, { version: 0, ...completePlan([housing]) });
    const accepted = await api.call(people.referent, 'POST', `${grid(id)}/proposals/accept`, {
      itemId: 'res-depenses',
      dueOn: '2027-02-28',
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.plan).toMatchObject({ version: 2, status: 'propose' });
    expect(accepted.body.plan.needsWithoutGoals.map((item: { need: string }) => item.need)).not.toContain('ressources');
    const goal = accepted.body.plan.goals.find((candidate: { domain: string }) => candidate.domain === 'ressources');
    expect(goal.actions).toEqual([
      expect.objectContaining({ label: 'Progresser sur : « Je sais ce que je dépense chaque mois »', who: 'jeune', dueOn: '2027-02-28' }),
    ]);

    const retried = await api.call(people.referent, 'POST', `${grid(id)}/proposals/accept`, {
      itemId: 'res-depenses',
      dueOn: '2027-02-28',
    });
    expect(retried.status).toBe(200);
    expect(retried.body.plan.version).toBe(2);

    const dismissed = await api.call(people.coordinateur, 'POST', `${grid(id)}/proposals/dismiss`, { itemId: 'sante-rdv' });
    expect(dismissed.body.status).toBe('ecartee');
    expect(
      (await api.call(people.coordinateur, 'POST', `${grid(id)}/proposals/accept`, { itemId: 'sante-rdv', dueOn: '2027-02-28' })).body.error
        .code,
    ).toBe('GRID_PROPOSAL_DECIDED');
    expect((await api.call(people.referent, 'POST', `${grid(id)}/proposals/dismiss`, { itemId: 'ent-aide' })).body.error.code).toBe(
      'GRID_PROPOSAL_UNAVAILABLE',
    );
    const after = await api.call(owner, 'GET', `${grid(id)}/proposals`);
    expect(after.body.items.map((item: { status: string }) => item.status)).toEqual(['acceptee', 'ecartee']);

    const signed = await api.call(owner, 'POST', `/api/interviews/${id}/plan/sign`, { version: 2 });
    expect(signed.status).toBe(200);
    expect(signed.body.status).toBe('signe');
  });

  it('starts a plan as a draft when the accepted proposal leaves other needs uncovered', async () => {
    const { id, owner } = await createYouth();
    await api.call(owner, 'PUT', `${grid(id)}/self-assessment`, { levels: { 'res-depenses': 4 } });
    await api.call(owner, 'POST', `${grid(id)}/self-assessment/send`);
    await api.call(people.referent, 'POST', `${grid(id)}/evaluations`, {
      templateVersion: 1,
      assessedOn: '2026-11-24',
      levels: { 'res-depenses': 1 },
    });
    const accepted = await api.call(people.referent, 'POST', `${grid(id)}/proposals/accept`, {
      itemId: 'res-depenses',
      dueOn: '2027-02-28',
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.plan).toMatchObject({ version: 1, status: 'brouillon' });
    expect((await api.call(owner, 'POST', `/api/interviews/${id}/plan/sign`, { version: 1 })).status).toBe(409);
  });
});

describe('template versions', () => {
  const admin: Caller = { sub: 'admin-2a', role: 'admin', departement: '2A', name: 'Admin Corse' };
  const referent: Caller = { sub: people.referent.sub, role: 'referent', departement: '2A' };

  it('publishes a draft as a new version; an old evaluation still displays with its own version', async () => {
    await api.registerStaff(referent, { ...people.coordinateur, departement: '2A' });
    const { id, owner } = await createYouth(admin, { referentId: referent.sub });
    await api.call(owner, 'PUT', `${grid(id)}/self-assessment`, { levels: { 'log-bail': 2, 'res-depenses': 3 } });
    const old = await api.call(owner, 'POST', `${grid(id)}/self-assessment/send`);
    expect(old.body.template.version).toBe(1);

    const draft = await api.call(admin, 'GET', '/api/grids/template/draft');
    expect(draft.body).toMatchObject({ baseVersion: 1, revision: 0 });
    const items = (draft.body.items as { id: string; domain: string; label: string }[])
      .filter((item) => item.id !== 'res-depenses')
      .map((item) => (item.id === 'log-bail' ? { ...item, label: 'Je sais lire un bail avant de le signer.' } : item));
    items.push({ id: 'ent-sport', domain: 'entourage', label: 'Je sais m’inscrire dans un club de sport.' });
    const saved = await api.call(admin, 'PUT', '/api/grids/template/draft', { items, revision: 0 });
    expect(saved.status).toBe(200);
    expect(saved.body.revision).toBe(1);
    const stale = await api.call(admin, 'PUT', '/api/grids/template/draft', { items, revision: 0 });
    expect(stale.status).toBe(409);
    const moved = await api.call(admin, 'PUT', '/api/grids/template/draft', {
      items: items.map((item) => (item.id === 'log-bail' ? { ...item, domain: 'sante' } : item)),
    });
    expect(moved.status).toBe(400);
    // Drafts are not in force: young people still get version 1.
    expect((await api.call(owner, 'GET', '/api/grids/template')).body.version).toBe(1);

    const published = await api.call(admin, 'POST', '/api/grids/template/publish', { baseVersion: 1, draftRevision: 1 });
    expect(published.status).toBe(201);
    expect(published.body.version).toBe(2);
    expect((await api.call(owner, 'GET', '/api/grids/template')).body.version).toBe(2);
    const v1 = await api.call(owner, 'GET', '/api/grids/template?version=1');
    expect(v1.body.items.find((item: { id: string }) => item.id === 'res-depenses')).toBeDefined();
    expect((await api.call(owner, 'GET', '/api/grids/template?version=7')).status).toBe(404);

    // The evaluation made before keeps version 1, its wording and its retired item.
    const listed = await api.call(referent, 'GET', `${grid(id)}/evaluations`);
    expect(listed.body.items[0].template.version).toBe(1);
    expect(listed.body.items[0].template.items.find((item: { id: string }) => item.id === 'log-bail').label).toBe(
      'Je sais ce qu’est un bail et un état des lieux.',
    );
    // A new self-assessment uses version 2, where the retired item is unknown.
    const next = await api.call(owner, 'PUT', `${grid(id)}/self-assessment`, { levels: { 'ent-sport': 3 } });
    expect(next.body.template.version).toBe(2);
    expect((await api.call(owner, 'PUT', `${grid(id)}/self-assessment`, { levels: { 'res-depenses': 3 } })).status).toBe(400);
    await api.call(owner, 'POST', `${grid(id)}/self-assessment/send`);
    const progress = await api.call(referent, 'GET', `${grid(id)}/progress`);
    expect(progress.body.points.map((point: { templateVersion: number }) => point.templateVersion)).toEqual([1, 2]);
  });

  it('lets one of two admins publishing at once win; the other gets 409 and nothing more is published', async () => {
    const other: Caller = { ...admin, sub: 'admin-2a-bis', name: 'Autre admin' };
    const current = (await api.call(admin, 'GET', '/api/grids/template')).body.version as number;
    const draft = (await api.call(admin, 'GET', '/api/grids/template/draft')).body;
    const body = { baseVersion: current, draftRevision: draft.revision };
    const answers = await Promise.all([
      api.call(admin, 'POST', '/api/grids/template/publish', body),
      api.call(other, 'POST', '/api/grids/template/publish', body),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
    expect(answers.find((answer) => answer.status === 409)?.body.error.code).toBe('VERSION_CONFLICT');
    expect((await api.call(admin, 'GET', '/api/grids/template')).body.version).toBe(current + 1);
  });

  it('answers 409, never 500, when the same version is written twice at the database', async () => {
    // Two publications that both passed their checks race on the same version key.
    const current = (await api.call(admin, 'GET', '/api/grids/template')).body.version as number;
    const answers = await Promise.all(Array.from({ length: 4 }, () => api.call(admin, 'POST', '/api/grids/template/publish')));
    expect(answers.every((answer) => answer.status === 201 || answer.status === 409)).toBe(true);
    const after = (await api.call(admin, 'GET', '/api/grids/template')).body.version as number;
    expect(after - current).toBe(answers.filter((answer) => answer.status === 201).length);
  });
});
