import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { youthRepo } from '../../shared/db/youth-repo.js';
import { type ApiResponse, type Caller, type Harness, startHarness } from '../support/harness.js';
import { newYouth, people } from '../support/people.js';

let api: Harness;
let run = 0;
beforeAll(async () => {
  api = await startHarness();
});
afterAll(() => api.close());

/** A new staff body with a unique `sub`. */
function newStaff(overrides: Record<string, unknown> = {}) {
  run += 1;
  return { sub: `staff-${run}-${Date.now()}`, firstName: 'Léa', lastName: `Morel${run}`, role: 'referent', ...overrides };
}

describe('the staff directory', () => {
  it('adds an account once: 201 with its details, then 409, and a referent may not add one (403)', async () => {
    // Prepare
    const body = newStaff({ territory: 'Arrageois', startedOn: '2026-03-01', otherCaseload: 18 });
    // Act
    const created = await api.call(people.admin, 'POST', '/api/staff', body);
    const again = await api.call(people.admin, 'POST', '/api/staff', { ...body, firstName: 'Autre' });
    const byReferent = await api.call(people.referent, 'POST', '/api/staff', newStaff());
    // Assess
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      sub: body.sub,
      role: 'referent',
      territory: 'Arrageois',
      startedOn: '2026-03-01',
      otherCaseload: 18,
      version: 1,
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('STAFF_ALREADY_REGISTERED');
    expect(byReferent.status).toBe(403);
  });

  it('lists one role by name, in pages, and never another département’s staff', async () => {
    const tag = `Dir${Date.now()}`;
    for (const lastName of ['Zola', 'Abel', 'Martin']) {
      expect(
        (await api.call(people.admin, 'POST', '/api/staff', newStaff({ role: 'coordinateur', lastName: `${tag}${lastName}` }))).status,
      ).toBe(201);
    }
    expect((await api.call(people.admin59, 'POST', '/api/staff', newStaff({ role: 'coordinateur', lastName: `${tag}Nord` }))).status).toBe(
      201,
    );

    const names: string[] = [];
    let cursor: string | null = null;
    do {
      const page: ApiResponse<{ items: { lastName: string; role: string }[]; cursor: string | null }> = await api.call(
        people.admin,
        'GET',
        `/api/staff?role=coordinateur&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      names.push(...page.body.items.map((item) => (item.role === 'coordinateur' ? item.lastName : 'wrong role')));
      cursor = page.body.cursor;
    } while (cursor);
    expect(names.filter((name) => name.startsWith(tag))).toEqual([`${tag}Abel`, `${tag}Martin`, `${tag}Zola`]);
    expect(names).not.toContain('wrong role');
  });

  it('changes an account with the version read (a stale one is 409) and answers 404 for an unknown account', async () => {
    const body = newStaff();
    await api.call(people.admin, 'POST', '/api/staff', body);
    const changed = await api.call(people.admin, 'PATCH', `/api/staff/${body.sub}`, { version: 1, otherCaseload: 25, lastName: 'Renard' });
    const stale = await api.call(people.admin, 'PATCH', `/api/staff/${body.sub}`, { version: 1, otherCaseload: 3 });
    const unknown = await api.call(people.admin, 'PATCH', '/api/staff/nobody-here', { version: 1, otherCaseload: 3 });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ otherCaseload: 25, lastName: 'Renard', version: 2 });
    expect(stale.status).toBe(409);
    expect(unknown.status).toBe(404);
    const listed = await api.call(people.admin, 'GET', '/api/staff?role=referent&limit=100');
    expect(listed.body.items.find((item: { sub: string }) => item.sub === body.sub)).toMatchObject({ otherCaseload: 25, version: 2 });
    // The whole directory (no role asked) holds it too, with every role.
    const all = await api.call(people.admin, 'GET', '/api/staff?limit=100');
    expect(all.status).toBe(200);
    expect(all.body.items.map((item: { sub: string }) => item.sub)).toEqual(
      expect.arrayContaining([body.sub, people.coordinateur.sub, people.admin.sub]),
    );
  });
});

describe('a file’s binôme comes from the directory', () => {
  it('refuses a referent id nobody has, or staff of the wrong role, with 400 naming the field, and creates nothing', async () => {
    const body = newYouth({ referentId: 'ref-typo' });
    const typo = await api.call(people.admin, 'POST', '/api/youth', body);
    const swapped = await api.call(people.admin, 'POST', '/api/youth', {
      ...body,
      referentId: people.coordinateur.sub,
      coordinateurId: people.referent.sub,
    });
    expect(typo.status).toBe(400);
    expect(typo.body.error).toMatchObject({ code: 'UNKNOWN_STAFF', details: [{ path: 'json.referentId', message: expect.any(String) }] });
    expect(swapped.status).toBe(400);
    expect(swapped.body.error.details.map((detail: { path: string }) => detail.path)).toEqual(['json.referentId', 'json.coordinateurId']);
    // Nothing was written: the same account can still be linked to a file.
    expect((await api.call(people.admin, 'POST', '/api/youth', { ...body, referentId: people.referent.sub })).status).toBe(201);
  });

  it('refuses a change of binôme to someone outside the directory (400), the file unchanged', async () => {
    const youth = (await api.call(people.admin, 'POST', '/api/youth', newYouth())).body;
    const refused = await api.call(people.admin, 'PATCH', `/api/youth/${youth.id}`, { version: 1, coordinateurId: 'coord-typo' });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('UNKNOWN_STAFF');
    expect((await api.call(people.admin, 'GET', `/api/youth/${youth.id}`)).body).toMatchObject({
      version: 1,
      coordinateurId: people.coordinateur.sub,
    });
  });

  it('keeps a file made before the directory working: its other fields change without checking its old ids', async () => {
    const admin = { sub: people.admin.sub, role: 'admin' as const, departement: '62', name: null };
    const old = await youthRepo.create(
      api.store,
      admin,
      newYouth({ referentId: 'ref-from-before', coordinateurId: people.coordinateur.sub }),
      new Date(),
    );
    const edited = await api.call(people.coordinateur, 'PATCH', `/api/youth/${old.id}`, { version: 1, careEndDate: '2027-06-30' });
    expect(edited.status).toBe(200);
    expect(edited.body.referentId).toBe('ref-from-before');
  });
});

describe('an admin reassigns a binôme', () => {
  it('takes effect at once: the former referent gets 404, the new one opens the file and has it in their caseload', async () => {
    // Prepare
    const youthBody = newYouth();
    const youth = (await api.call(people.admin, 'POST', '/api/youth', youthBody)).body;
    expect((await api.call(people.referent, 'GET', `/api/youth/${youth.id}`)).status).toBe(200);
    // Act
    const moved = await api.call(people.admin, 'PATCH', `/api/youth/${youth.id}`, {
      version: youth.version,
      referentId: people.otherReferent.sub,
    });
    // Assess
    expect(moved.status).toBe(200);
    expect((await api.call(people.referent, 'GET', `/api/youth/${youth.id}`)).status).toBe(404);
    expect(
      (await api.call(people.referent, 'POST', `/api/youth/${youth.id}/journal`, { text: 'Note', visibleToYouth: false })).status,
    ).toBe(404);
    expect((await api.call(people.otherReferent, 'GET', `/api/youth/${youth.id}`)).status).toBe(200);
    const caseloadIds = async (caller: Caller) =>
      ((await api.call(caller, 'GET', '/api/youth?limit=100')).body.items as { id: string }[]).map((item) => item.id);
    expect(await caseloadIds(people.otherReferent)).toContain(youth.id);
    expect(await caseloadIds(people.referent)).not.toContain(youth.id);
  });

  it('is written to the young person’s « Qui a consulté mon dossier » as a change of binôme', async () => {
    const youthBody = newYouth();
    const youth = (await api.call(people.admin, 'POST', '/api/youth', youthBody)).body;
    await api.call(people.admin, 'PATCH', `/api/youth/${youth.id}`, { version: 1, coordinateurId: people.otherCoordinateur.sub });
    const self: Caller = { sub: youthBody.accountSub, role: 'jeune', departement: '62' };
    const audit = await api.call(self, 'GET', `/api/youth/${youth.id}/audit?limit=100`);
    expect(audit.status).toBe(200);
    expect(audit.body.items).toContainEqual(expect.objectContaining({ actorSub: people.admin.sub, action: 'binome.assign' }));
    expect(audit.body.items.map((entry: { action: string }) => entry.action)).not.toContain('profile.update');
  });
});

describe('the département’s dashboard settings', () => {
  it('names the binôme’s second member « Coordonnateur ASE en mission locale » until an admin sets another label', async () => {
    expect((await api.call(people.youth, 'GET', '/api/dashboard/settings')).body).toEqual({
      secondMemberLabel: 'Coordonnateur ASE en mission locale',
      caseloadCap: 30,
      firstYearCaseloadCap: 25,
      outOfHoursNumber: null,
      binomeHours: null,
      binomePhoneNumber: null,
    });
    expect((await api.call(people.referent, 'PUT', '/api/dashboard/settings', { secondMemberLabel: 'Éducateur PJJ' })).status).toBe(403);
    const saved = await api.call(people.admin, 'PUT', '/api/dashboard/settings', { secondMemberLabel: 'Conseiller en insertion' });
    expect(saved.status).toBe(200);
    expect((await api.call(people.youth, 'GET', '/api/dashboard/settings')).body.secondMemberLabel).toBe('Conseiller en insertion');
    expect((await api.call(people.admin59, 'GET', '/api/dashboard/settings')).body.secondMemberLabel).toBe(
      'Coordonnateur ASE en mission locale',
    );
    expect((await api.call(people.admin, 'PUT', '/api/dashboard/settings', { secondMemberLabel: '' })).status).toBe(400);
  });
});
