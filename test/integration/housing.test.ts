import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../shared/db/keys.js';
import { type Caller, type Harness, startHarness } from '../support/harness.js';
import { newYouth, people } from '../support/people.js';

let api: Harness;
// The alert depends on the day: the server's clock is fixed (care ends 2027-03-12, 108 days later).
const TODAY = new Date('2026-11-24T10:00:00Z');
let clock = TODAY;
beforeAll(async () => {
  api = await startHarness({ now: () => clock });
});
afterAll(() => api.close());

async function createYouth(overrides: Record<string, unknown> = {}) {
  const body = newYouth(overrides);
  const response = await api.call(people.admin, 'POST', '/api/youth', body);
  expect(response.status).toBe(201);
  return { id: response.body.id as string, owner: { ...people.youth, sub: body.accountSub } };
}

const base = (youthId: string) => `/api/housing/${youthId}`;
const project = {
  version: 0,
  wishedSolutionTypeIds: ['fjt', 'logement-social'],
  wishedArea: 'Arras',
  expectedDate: '2027-02-01',
  resources: [{ source: 'apprentissage', monthlyAmount: 850.5 }],
  household: 'seul',
  supportNeeded: 'Aide pour le dossier',
  aidsRequested: ['fsl', 'visale'],
};

async function partition(youthId: string) {
  const result = await api.store.db.send(
    new QueryCommand({
      TableName: api.store.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.youth('62', youthId) },
      ConsistentRead: true,
    }),
  );
  return JSON.stringify(result.Items ?? []);
}

async function move(youthId: string, application: { id: string; version: number }, to: string, caller: Caller = people.coordinateur) {
  const response = await api.call(caller, 'POST', `${base(youthId)}/applications/${application.id}/transitions`, {
    version: application.version,
    to,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body as { id: string; version: number; status: string };
}

/** What the file itself says (GET /api/youth/{id}): whether a housing solution is recorded. */
async function fileSummary(youthId: string): Promise<boolean> {
  return (await api.call(people.admin, 'GET', `/api/youth/${youthId}`)).body.hasHousingSolution;
}

let partnerId: string;
beforeAll(async () => {
  const created = await api.call(people.admin, 'POST', '/api/housing/partners', {
    name: 'FJT Les Tilleuls',
    solutionTypeId: 'fjt',
    territory: 'Arras',
    placesUnderAgreement: 6,
  });
  expect(created.status).toBe(201);
  partnerId = created.body.id;
});

describe('the housing project', () => {
  it('is saved as the young person types, and reaches the binôme only once shared', async () => {
    const { id, owner } = await createYouth();
    const first = await api.call(owner, 'PUT', `${base(id)}/project`, project);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ version: 1, sharedAt: null, startedOn: '2026-11-24' });
    const second = await api.call(owner, 'PUT', `${base(id)}/project`, { ...project, version: 1, wishedArea: 'Arras ou Lens' });
    expect(second.body.version).toBe(2);

    const beforeShare = await api.call(people.referent, 'GET', base(id));
    expect(beforeShare.status).toBe(200);
    expect(beforeShare.body.project).toBeNull();
    expect(beforeShare.body.projectPending).toBe(true);
    expect(JSON.stringify(beforeShare.body)).not.toContain('Arras');

    const overwrite = await api.call(people.referent, 'PUT', `${base(id)}/project`, { ...project, version: 2 });
    expect(overwrite.status).toBe(409);
    expect(overwrite.body.error.code).toBe('PROJECT_NOT_SHARED');

    expect((await api.call(owner, 'POST', `${base(id)}/project/share`)).status).toBe(200);
    const afterShare = await api.call(people.referent, 'GET', base(id));
    expect(afterShare.body.project).toMatchObject({ wishedArea: 'Arras ou Lens', aidsRequested: ['fsl', 'visale'] });

    const audit = await api.call(owner, 'GET', `/api/youth/${id}/audit`);
    expect(audit.body.items.filter((entry: { action: string }) => entry.action === 'housing.read')).toHaveLength(2);
  });

  it('refuses negative or absurd amounts, a date before the project, unknown types and a stale version, changing nothing', async () => {
    const { id, owner } = await createYouth();
    expect((await api.call(owner, 'PUT', `${base(id)}/project`, project)).status).toBe(200);
    const before = await partition(id);
    const attempts = [
      { ...project, version: 1, resources: [{ source: 'salaire', monthlyAmount: -10 }] },
      { ...project, version: 1, resources: [{ source: 'salaire', monthlyAmount: 1_000_000 }] },
      { ...project, version: 1, expectedDate: '2026-11-01' },
      { ...project, version: 1, wishedSolutionTypeIds: ['chateau'] },
    ];
    for (const body of attempts) {
      const response = await api.call(owner, 'PUT', `${base(id)}/project`, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error.code).toBe('VALIDATION_ERROR');
    }
    const stale = await api.call(owner, 'PUT', `${base(id)}/project`, { ...project, version: 0 });
    expect(stale.status).toBe(409);
    expect(await partition(id)).toBe(before);
  });

  it('marked not needed and shared, counts as a solution: the alert goes', async () => {
    const { id, owner } = await createYouth();
    expect((await api.call(people.referent, 'GET', base(id))).body.alert).toEqual({
      endsOn: '2027-03-12',
      basis: 'careEnd',
      daysLeft: 108,
    });
    await api.call(owner, 'PUT', `${base(id)}/project`, { ...project, notNeededReason: 'retour_en_famille' });
    expect((await api.call(owner, 'GET', base(id))).body.alert).not.toBeNull();
    // Unshared, it is not on the file either: staff cannot learn it from the file page.
    expect(await fileSummary(id)).toBe(false);
    await api.call(owner, 'POST', `${base(id)}/project/share`);
    const after = await api.call(people.referent, 'GET', base(id));
    expect(after.body).toMatchObject({ hasSolution: true, alert: null });
    expect(await fileSummary(id)).toBe(true);
    // Back to a project that needs housing: the file says so again.
    const back = await api.call(owner, 'PUT', `${base(id)}/project`, {
      ...project,
      version: after.body.project.version,
      notNeededReason: null,
    });
    expect(back.status).toBe(200);
    expect(await fileSummary(id)).toBe(false);
  });
});

describe('applications', () => {
  it('the young person adds one, the binôme takes it to acceptée: history kept, alert gone', async () => {
    const { id, owner } = await createYouth();
    const created = await api.call(owner, 'POST', `${base(id)}/applications`, { partnerId, solutionTypeId: 'fjt', comment: 'Vu au salon' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'brouillon', partnerName: 'FJT Les Tilleuls', emergency: false, version: 1 });
    expect(created.body.number).toMatch(/^LOG-62-2026-\d{6}$/);

    expect(
      (await api.call(owner, 'POST', `${base(id)}/applications/${created.body.id}/transitions`, { version: 1, to: 'deposee' })).status,
    ).toBe(403);

    let application = created.body;
    for (const to of ['deposee', 'en_instruction', 'proposition', 'acceptee']) application = await move(id, application, to);
    const file = await api.call(owner, 'GET', base(id));
    expect(file.body.hasSolution).toBe(true);
    expect(file.body.alert).toBeNull();
    const [shown] = file.body.applications;
    expect(shown.status).toBe('acceptee');
    expect(shown.history.map((event: { to: string }) => event.to)).toEqual([
      'brouillon',
      'deposee',
      'en_instruction',
      'proposition',
      'acceptee',
    ]);
    expect(shown.history[1]).toMatchObject({ from: 'brouillon', on: '2026-11-24', byRole: 'coordinateur', byName: 'Karim Haddad' });
    expect(shown.nextStatuses).toEqual(['entree_dans_les_lieux', 'annulee']);
    expect(await fileSummary(id)).toBe(true);
    await move(id, application, 'annulee');
    expect(await fileSummary(id)).toBe(false);
  });

  it('answers 409 INVALID_TRANSITION to a move the workflow forbids, and changes nothing', async () => {
    const { id } = await createYouth();
    const created = await api.call(people.referent, 'POST', `${base(id)}/applications`, { partnerId, solutionTypeId: 'fjt' });
    const before = await partition(id);
    const response = await api.call(people.referent, 'POST', `${base(id)}/applications/${created.body.id}/transitions`, {
      version: 1,
      to: 'acceptee',
    });
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('INVALID_TRANSITION');
    expect(await partition(id)).toBe(before);
  });

  it('refuses a transition dated before the last change or in the future', async () => {
    const { id } = await createYouth();
    const created = await api.call(people.referent, 'POST', `${base(id)}/applications`, { solutionTypeId: 'logement-social' });
    const path = `${base(id)}/applications/${created.body.id}/transitions`;
    for (const on of ['2026-11-23', '2026-11-25']) {
      const response = await api.call(people.referent, 'POST', path, { version: 1, to: 'deposee', on });
      expect(response.status).toBe(400);
      expect(response.body.error.details[0].path).toBe('json.on');
    }
  });

  it('never counts emergency shelter as a solution', async () => {
    const { id } = await createYouth();
    const created = await api.call(people.referent, 'POST', `${base(id)}/applications`, { solutionTypeId: 'urgence' });
    expect(created.body.emergency).toBe(true);
    let application = created.body;
    for (const to of ['deposee', 'en_instruction', 'proposition', 'acceptee', 'entree_dans_les_lieux'])
      application = await move(id, application, to);
    const file = await api.call(people.referent, 'GET', base(id));
    expect(file.body.hasSolution).toBe(false);
    expect(file.body.alert.daysLeft).toBe(108);
    expect(await fileSummary(id)).toBe(false);
  });

  it('refuses an unknown partner or solution type with 400, without using a number', async () => {
    const { id } = await createYouth();
    const first = await api.call(people.referent, 'POST', `${base(id)}/applications`, { solutionTypeId: 'fjt' });
    const unknownPartner = await api.call(people.referent, 'POST', `${base(id)}/applications`, {
      partnerId: '01JD2Y3QK9V8N6M4R2T0W1X5Z7',
      solutionTypeId: 'fjt',
    });
    expect(unknownPartner.status).toBe(400);
    expect(unknownPartner.body.error.code).toBe('UNKNOWN_PARTNER');
    const unknownType = await api.call(people.referent, 'POST', `${base(id)}/applications`, { solutionTypeId: 'chateau' });
    expect(unknownType.status).toBe(400);
    expect(unknownType.body.error.code).toBe('UNKNOWN_SOLUTION_TYPE');
    const next = await api.call(people.referent, 'POST', `${base(id)}/applications`, { solutionTypeId: 'fjt' });
    const sequence = (number: string) => Number(number.split('-')[3]);
    expect(sequence(next.body.number)).toBe(sequence(first.body.number) + 1);
  });

  it('gives 20 applications created at once 20 distinct numbers', async () => {
    const { id } = await createYouth();
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => api.call(people.coordinateur, 'POST', `${base(id)}/applications`, { solutionTypeId: 'fjt' })),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(20).fill(201));
    expect(new Set(responses.map((response) => response.body.number)).size).toBe(20);
  });

  it('lets exactly one of two concurrent transitions win; the other gets 409', async () => {
    const { id } = await createYouth();
    const created = await api.call(people.referent, 'POST', `${base(id)}/applications`, { solutionTypeId: 'fjt' });
    const path = `${base(id)}/applications/${created.body.id}/transitions`;
    const results = await Promise.all([
      api.call(people.referent, 'POST', path, { version: 1, to: 'deposee' }),
      api.call(people.coordinateur, 'POST', path, { version: 1, to: 'annulee' }),
    ]);
    expect(results.map((response) => response.status).sort()).toEqual([200, 409]);
    const file = await api.call(people.referent, 'GET', base(id));
    expect(file.body.applications[0].history).toHaveLength(2);
  });
});

describe('the summary on the file (the alert on the file page)', () => {
  it('follows two applications moved at once, and opening the file reads no housing data', async () => {
    const { id, owner } = await createYouth();
    const [first, second] = await Promise.all(
      ['fjt', 'logement-social'].map(async (solutionTypeId) => {
        let application = (await api.call(people.referent, 'POST', `${base(id)}/applications`, { solutionTypeId })).body;
        for (const to of ['deposee', 'en_instruction', 'proposition']) application = await move(id, application, to, people.referent);
        return application;
      }),
    );
    if (!first || !second) throw new Error('two applications expected');
    // Both accepted at the same moment: each transaction adds its own id, neither undoes the other.
    const [firstAccepted] = await Promise.all([move(id, first, 'acceptee'), move(id, second, 'acceptee')]);
    await move(id, firstAccepted, 'annulee');
    expect(await fileSummary(id)).toBe(true);

    const counts = async () => {
      const items: { action: string }[] = (await api.call(owner, 'GET', `/api/youth/${id}/audit?limit=100`)).body.items;
      return {
        files: items.filter((entry) => entry.action === 'profile.read').length,
        housing: items.filter((entry) => entry.action === 'housing.read').length,
      };
    };
    const before = await counts();
    const opened = await api.call(people.coordinateur, 'GET', `/api/youth/${id}`);
    expect(opened.body.hasHousingSolution).toBe(true);
    expect(await counts()).toEqual({ files: before.files + 1, housing: before.housing });
  });
});

describe('the queue', () => {
  it('lists a status oldest first, page by page with an opaque cursor; the binôme sees only their young people', async () => {
    const mine = await createYouth();
    const theirs = await createYouth({ referentId: people.otherReferent.sub, coordinateurId: people.otherCoordinateur.sub });
    const numbers: string[] = [];
    // Created on three days before every other application of this file, newest first in code order.
    for (const [day, youth, caller] of [
      ['2026-11-20', mine, people.referent],
      ['2026-11-21', theirs, people.otherReferent],
      ['2026-11-22', mine, people.coordinateur],
    ] as const) {
      clock = new Date(`${day}T09:00:00Z`);
      const created = await api.call(caller, 'POST', `${base(youth.id)}/applications`, { solutionTypeId: 'fjt' });
      expect(created.status).toBe(201);
      numbers.push(created.body.number);
    }
    clock = TODAY;

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `?status=brouillon&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page = await api.call(people.admin, 'GET', `/api/housing/queue${query}`);
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((item: { application: { number: string } }) => item.application.number));
      cursor = page.body.cursor;
    } while (cursor);
    expect(seen.slice(0, 3)).toEqual(numbers);
    expect(new Set(seen).size).toBe(seen.length);

    const referentQueue = await api.call(people.otherReferent, 'GET', '/api/housing/queue?status=brouillon');
    expect(referentQueue.body.items.map((item: { youthId: string }) => item.youthId)).toEqual([theirs.id]);
    expect(referentQueue.body.items[0].alert).toMatchObject({ basis: 'careEnd' });
    const coordinateurQueue = await api.call(people.coordinateur, 'GET', '/api/housing/queue?status=brouillon');
    expect(coordinateurQueue.body.items.map((item: { youthId: string }) => item.youthId)).not.toContain(theirs.id);

    const tampered = await api.call(people.admin, 'GET', '/api/housing/queue?status=brouillon&cursor=eyJwayI6IkQjNTkifQ');
    expect(tampered.status).toBe(400);
    expect((await api.call(people.youth, 'GET', '/api/housing/queue')).status).toBe(403);
  });

  it('filters by partner and writes each young person shown to their audit log', async () => {
    const { id, owner } = await createYouth();
    await api.call(people.referent, 'POST', `${base(id)}/applications`, { partnerId, solutionTypeId: 'fjt' });
    const page = await api.call(people.coordinateur, 'GET', `/api/housing/queue?status=brouillon&partnerId=${partnerId}&limit=100`);
    expect(page.status).toBe(200);
    expect(page.body.items.length).toBeGreaterThan(0);
    expect(page.body.items.every((item: { application: { partnerId: string } }) => item.application.partnerId === partnerId)).toBe(true);
    const audit = await api.call(owner, 'GET', `/api/youth/${id}/audit`);
    expect(
      audit.body.items.some(
        (entry: { action: string; actorRole: string }) => entry.action === 'housing.queue' && entry.actorRole === 'coordinateur',
      ),
    ).toBe(true);
  });
});

describe('partners and settings', () => {
  it('are kept by admins only, with a known solution type', async () => {
    expect((await api.call(people.referent, 'POST', '/api/housing/partners', { name: 'X', solutionTypeId: 'fjt' })).status).toBe(403);
    const unknown = await api.call(people.admin, 'POST', '/api/housing/partners', { name: 'X', solutionTypeId: 'chateau' });
    expect(unknown.status).toBe(400);
    const list = await api.call(people.youth, 'GET', '/api/housing/partners');
    expect(list.body.items.map((partner: { name: string }) => partner.name)).toContain('FJT Les Tilleuls');
    expect((await api.call(people.admin59, 'GET', '/api/housing/partners')).body.items).toEqual([]);
  });

  it('start with the seeded solution types and a 180-day alert', async () => {
    const settings = await api.call(people.referent, 'GET', '/api/housing/settings');
    expect(settings.body.alertDays).toBe(180);
    expect(settings.body.solutionTypes.find((type: { id: string }) => type.id === 'urgence')).toMatchObject({ emergency: true });
  });
});

describe('RGPD export', () => {
  it('holds the project and the applications', async () => {
    const { id, owner } = await createYouth();
    await api.call(owner, 'PUT', `${base(id)}/project`, project);
    await api.call(owner, 'POST', `${base(id)}/applications`, { partnerId, solutionTypeId: 'fjt' });
    const mine = await api.call(owner, 'GET', `/api/youth/${id}/export`);
    expect(mine.body.housing.project).toMatchObject({ wishedArea: 'Arras' });
    expect(mine.body.housing.applications).toHaveLength(1);
    const admin = await api.call(people.admin, 'GET', `/api/youth/${id}/export`);
    expect(admin.body.housing.project).toBeNull();
    expect(admin.body.housing.applications).toHaveLength(1);
  });
});
