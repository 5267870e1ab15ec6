import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../shared/db/keys.js';
import { type Harness, startHarness } from '../support/harness.js';
import { newYouth, people } from '../support/people.js';

let api: Harness;
beforeAll(async () => {
  api = await startHarness();
});
afterAll(() => api.close());

async function createYouth(overrides: Record<string, unknown> = {}) {
  const response = await api.call(people.admin, 'POST', '/api/youth', newYouth(overrides));
  expect(response.status).toBe(201);
  return response.body as { id: string; version: number; accountSub: string };
}

async function auditOf(youthId: string) {
  const response = await api.call(people.admin, 'GET', `/api/youth/${youthId}/audit?limit=100`);
  return response.body.items as { actorSub: string; action: string; actorRole: string }[];
}

describe('creating a young person', () => {
  it('returns 201 with id, version and key dates, and records the creation', async () => {
    const response = await api.call(people.admin, 'POST', '/api/youth', newYouth({ birthDate: '2008-02-29', careEndDate: null }));
    expect(response.status).toBe(201);
    expect(response.body.id).toMatch(/^[0-9A-Z]{26}$/);
    expect(response.body.version).toBe(1);
    expect(response.body.keyDates).toEqual({
      age16: '2024-02-29',
      age17: '2025-03-01',
      age18: '2026-03-01',
      age21: '2029-03-01',
      careEnd: null,
    });
    expect((await auditOf(response.body.id)).some((entry) => entry.action === 'profile.create')).toBe(true);
  });

  it('records the admission to the ASE, and refuses one before birth or after today with 400, saving nothing', async () => {
    const created = await api.call(people.admin, 'POST', '/api/youth', newYouth({ birthDate: '2009-03-12', careStartDate: '2015-06-01' }));
    expect(created.status).toBe(201);
    expect(created.body.careStartDate).toBe('2015-06-01');
    const beforeBirth = await api.call(
      people.admin,
      'POST',
      '/api/youth',
      newYouth({ birthDate: '2009-03-12', careStartDate: '2009-03-11' }),
    );
    expect(beforeBirth.status).toBe(400);
    expect(beforeBirth.body.error.details).toEqual([{ path: 'json.careStartDate', message: expect.stringContaining('naissance') }]);
    const future = await api.call(people.admin, 'POST', '/api/youth', newYouth({ careStartDate: '2099-01-01', careEndDate: null }));
    expect(future.status).toBe(400);
    expect(future.body.error.details[0].message).toContain('futur');

    const patched = await api.call(people.referent, 'PATCH', `/api/youth/${created.body.id}`, { version: 1, careStartDate: '2099-01-01' });
    expect(patched.status).toBe(400);
    const afterEnd = await api.call(people.referent, 'PATCH', `/api/youth/${created.body.id}`, { version: 1, careEndDate: '2015-06-01' });
    expect(afterEnd.status).toBe(400);
    expect(afterEnd.body.error.details[0].path).toBe('json.careEndDate');
    const stored = await api.call(people.referent, 'GET', `/api/youth/${created.body.id}`);
    expect(stored.body).toMatchObject({ version: 1, careStartDate: '2015-06-01', careEndDate: '2027-03-12' });
  });

  it('is refused to a referent with 403', async () => {
    const response = await api.call(people.referent, 'POST', '/api/youth', newYouth());
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('FORBIDDEN');
  });

  it('refuses a login already linked to another file with 409', async () => {
    const first = await createYouth();
    const response = await api.call(people.admin, 'POST', '/api/youth', newYouth({ accountSub: first.accountSub }));
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('ACCOUNT_ALREADY_LINKED');
  });
});

describe('reading a file', () => {
  it('lets the referent of the binôme read it and writes an audit entry', async () => {
    const youth = await createYouth();
    const response = await api.call(people.referent, 'GET', `/api/youth/${youth.id}`);
    expect(response.status).toBe(200);
    expect(response.body.keyDates.age18).toBe('2027-03-12');
    const audit = await auditOf(youth.id);
    expect(audit.find((entry) => entry.actorSub === people.referent.sub)).toMatchObject({ action: 'profile.read', actorRole: 'referent' });
  });

  it.each([
    ['a referent outside the binôme', people.otherReferent],
    ['a coordinateur outside the binôme', people.otherCoordinateur],
    ['another young person', people.otherYouth],
    ['an organisateur', people.organisateur],
    ['an admin of another département', people.admin59],
    ['the same referent id in another département', people.referent59SameSub],
  ])('answers 404 to %s and writes no audit entry', async (_label, caller) => {
    const youth = await createYouth();
    const before = await auditOf(youth.id);
    const response = await api.call(caller, 'GET', `/api/youth/${youth.id}`);
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('NOT_FOUND');
    const after = await auditOf(youth.id);
    // Only the admin's own reads of the audit were added.
    expect(after.filter((entry) => entry.actorSub === caller.sub)).toHaveLength(0);
    expect(after.length).toBe(before.length + 1);
  });

  it('gives the young person their own file at /me, without auditing them', async () => {
    const youth = await createYouth({ accountSub: people.youth.sub.concat('-me') });
    const me = { ...people.youth, sub: youth.accountSub };
    const response = await api.call(me, 'GET', '/api/youth/me');
    expect(response.status).toBe(200);
    expect(response.body.id).toBe(youth.id);
    expect((await auditOf(youth.id)).some((entry) => entry.actorSub === me.sub)).toBe(false);
  });
});

describe('updating a file', () => {
  it('applies a change carrying the current version', async () => {
    const youth = await createYouth();
    const response = await api.call(people.coordinateur, 'PATCH', `/api/youth/${youth.id}`, { version: 1, careEndDate: '2028-03-12' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ version: 2, careEndDate: '2028-03-12' });
    expect(response.body.keyDates.careEnd).toBe('2028-03-12');
    expect((await auditOf(youth.id)).some((entry) => entry.action === 'profile.update')).toBe(true);
  });

  it('answers 409 to a stale version and overwrites nothing', async () => {
    const youth = await createYouth();
    await api.call(people.referent, 'PATCH', `/api/youth/${youth.id}`, { version: 1, firstName: 'Inès' });
    const stale = await api.call(people.coordinateur, 'PATCH', `/api/youth/${youth.id}`, { version: 1, firstName: 'Zoé' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('VERSION_CONFLICT');
    const stored = await api.store.db.send(
      new GetCommand({ TableName: api.store.tableName, Key: { pk: keys.youth('62', youth.id), sk: keys.profileSk } }),
    );
    expect(stored.Item).toMatchObject({ firstName: 'Inès', version: 2 });
  });

  it('lets exactly one of many concurrent updates with the same version win', async () => {
    const youth = await createYouth();
    const names = Array.from({ length: 8 }, (_, index) => `Prénom${index}`);
    const responses = await Promise.all(
      names.map((firstName) => api.call(people.referent, 'PATCH', `/api/youth/${youth.id}`, { version: 1, firstName })),
    );
    const winners = responses.filter((response) => response.status === 200);
    expect(winners).toHaveLength(1);
    expect(responses.filter((response) => response.status === 409)).toHaveLength(names.length - 1);
    const current = await api.call(people.referent, 'GET', `/api/youth/${youth.id}`);
    expect(current.body.firstName).toBe(winners[0]?.body.firstName);
    expect(current.body.version).toBe(2);
  });

  it('moves the file to the new referent’s caseload', async () => {
    const youth = await createYouth();
    await api.call(people.admin, 'PATCH', `/api/youth/${youth.id}`, { version: 1, referentId: people.otherReferent.sub });
    expect((await api.call(people.referent, 'GET', `/api/youth/${youth.id}`)).status).toBe(404);
    expect((await api.call(people.otherReferent, 'GET', `/api/youth/${youth.id}`)).status).toBe(200);
  });

  it('is refused to the young person with 403', async () => {
    const youth = await createYouth();
    const response = await api.call({ ...people.youth, sub: youth.accountSub }, 'PATCH', `/api/youth/${youth.id}`, {
      version: 1,
      firstName: 'X',
    });
    expect(response.status).toBe(403);
  });
});

describe('changing the binôme', () => {
  async function storedProfile(youthId: string) {
    const stored = await api.store.db.send(
      new GetCommand({ TableName: api.store.tableName, Key: { pk: keys.youth('62', youthId), sk: keys.profileSk } }),
    );
    return stored.Item;
  }

  it.each([
    ['the coordinateur', people.coordinateur, { referentId: people.otherReferent.sub }],
    ['the coordinateur', people.coordinateur, { coordinateurId: people.otherCoordinateur.sub }],
    ['the referent', people.referent, { coordinateurId: people.otherCoordinateur.sub, firstName: 'Inès' }],
  ])('is refused to %s with 403 and a clear message, and changes nothing', async (_label, caller, change) => {
    const youth = await createYouth();
    const response = await api.call(caller, 'PATCH', `/api/youth/${youth.id}`, { version: 1, ...change });
    expect(response.status).toBe(403);
    expect(response.body.error.message).toMatch(/administrateur/);
    expect(await storedProfile(youth.id)).toMatchObject({
      version: 1,
      firstName: 'Lina',
      referentId: people.referent.sub,
      coordinateurId: people.coordinateur.sub,
    });
    expect((await auditOf(youth.id)).some((entry) => entry.action === 'profile.update')).toBe(false);
  });

  it('lets a member of the binôme send the binôme unchanged with other changes', async () => {
    const youth = await createYouth();
    const response = await api.call(people.referent, 'PATCH', `/api/youth/${youth.id}`, {
      version: 1,
      referentId: people.referent.sub,
      coordinateurId: people.coordinateur.sub,
      firstName: 'Inès',
    });
    expect(response.status).toBe(200);
    expect(response.body.firstName).toBe('Inès');
  });
});

describe('dates of a file', () => {
  it.each([
    ['a birth date before 1900', { birthDate: '1899-12-31' }],
    ['a birth date in the future', { birthDate: '2999-01-01', careEndDate: null }],
    ['a care end date far beyond the key dates', { careEndDate: '9999-12-31' }],
  ])('refuses %s at creation with 400', async (_label, dates) => {
    const response = await api.call(people.admin, 'POST', '/api/youth', newYouth(dates));
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('VALIDATION_ERROR');
  });

  it.each([
    ['a birth date before 1900', { birthDate: '1899-12-31' }],
    ['a birth date in the future', { birthDate: '2999-01-01' }],
    ['a care end before the stored birth date, sent alone', { careEndDate: '2000-01-01' }],
    ['a birth date after the stored care end, sent alone', { birthDate: '2027-06-01' }],
    ['a birth date whose 21st birthday leaves YYYY-MM-DD', { birthDate: '9990-01-01' }],
  ])('refuses %s in a PATCH with 400 and changes nothing', async (_label, dates) => {
    const youth = await createYouth();
    const response = await api.call(people.admin, 'PATCH', `/api/youth/${youth.id}`, { version: 1, ...dates });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('VALIDATION_ERROR');
    const current = await api.call(people.admin, 'GET', `/api/youth/${youth.id}`);
    expect(current.body).toMatchObject({ version: 1, birthDate: '2009-03-12', careEndDate: '2027-03-12' });
  });
});

describe('caseload', () => {
  it('lists only the caller’s binôme files, in pages with an opaque cursor', async () => {
    const coordinateur = { sub: `coord-page-${Date.now()}`, role: 'coordinateur' as const, departement: '62' };
    await api.registerStaff(coordinateur);
    for (const lastName of ['Durand', 'Bernard', 'Caron']) await createYouth({ lastName, coordinateurId: coordinateur.sub });
    await createYouth({ lastName: 'Autre' });

    const first = await api.call(coordinateur, 'GET', '/api/youth?limit=2');
    expect(first.status).toBe(200);
    expect(first.body.items.map((item: { lastName: string }) => item.lastName)).toEqual(['Bernard', 'Caron']);
    expect(first.body.cursor).toEqual(expect.any(String));
    const second = await api.call(coordinateur, 'GET', `/api/youth?limit=2&cursor=${first.body.cursor}`);
    expect(second.body.items.map((item: { lastName: string }) => item.lastName)).toEqual(['Durand']);
    expect(second.body.cursor).toBeNull();
  });

  it('refuses a cursor made for someone else’s caseload', async () => {
    const forged = Buffer.from(JSON.stringify({ gsi1pk: 'D#62#REF#ref-62-b', gsi1sk: 'a', pk: 'x', sk: 'y' })).toString('base64url');
    const response = await api.call(people.referent, 'GET', `/api/youth?cursor=${forged}`);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('INVALID_CURSOR');
  });

  it('is refused to a young person with 403', async () => {
    expect((await api.call(people.youth, 'GET', '/api/youth')).status).toBe(403);
  });
});
