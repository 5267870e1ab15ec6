import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../support/harness.js';
import { newYouth, people } from '../support/people.js';

let api: Harness;
beforeAll(async () => {
  api = await startHarness({ now: () => new Date('2026-11-24T10:00:00Z') });
});
afterAll(() => api.close());

async function createYouth(overrides: Record<string, unknown> = {}) {
  const body = newYouth(overrides);
  const response = await api.call(people.admin, 'POST', '/api/youth', body);
  expect(response.status).toBe(201);
  return { id: response.body.id as string, owner: { ...people.youth, sub: body.accountSub } };
}

const awa = { name: 'Awa Diallo', relation: 'Ma tante', phone: '06 12 34 56 78' };

describe('personne de confiance', () => {
  it('is chosen by the young person from their file, without an audit entry, and read by the binôme', async () => {
    const { id, owner } = await createYouth();
    const set = await api.call(owner, 'PUT', `/api/youth/${id}/trusted-person`, { version: 1, trustedPerson: awa });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ version: 2, trustedPerson: awa });
    const audit = await api.call(owner, 'GET', `/api/youth/${id}/audit`);
    expect(audit.body.items.some((entry: { actorSub: string }) => entry.actorSub === owner.sub)).toBe(false);
    expect((await api.call(people.referent, 'GET', `/api/youth/${id}`)).body.trustedPerson).toEqual(awa);

    const cleared = await api.call(owner, 'PUT', `/api/youth/${id}/trusted-person`, { version: 2, trustedPerson: null });
    expect(cleared.body.trustedPerson).toBeNull();
  });

  it('refuses a stale version, a bad phone number and a stranger, changing nothing', async () => {
    const { id, owner } = await createYouth();
    expect((await api.call(owner, 'PUT', `/api/youth/${id}/trusted-person`, { version: 3, trustedPerson: awa })).status).toBe(409);
    const badPhone = await api.call(owner, 'PUT', `/api/youth/${id}/trusted-person`, {
      version: 1,
      trustedPerson: { ...awa, phone: 'appelle-moi' },
    });
    expect(badPhone.status).toBe(400);
    expect(
      (await api.call(people.otherReferent, 'PUT', `/api/youth/${id}/trusted-person`, { version: 1, trustedPerson: awa })).status,
    ).toBe(404);
    expect((await api.call(people.admin59, 'PUT', `/api/youth/${id}/trusted-person`, { version: 1, trustedPerson: awa })).status).toBe(404);
    const stored = await api.call(owner, 'GET', '/api/youth/me');
    expect(stored.body).toMatchObject({ version: 1, trustedPerson: null });
  });

  it('is recorded by the binôme with an audit entry', async () => {
    const { id, owner } = await createYouth();
    expect((await api.call(people.coordinateur, 'PUT', `/api/youth/${id}/trusted-person`, { version: 1, trustedPerson: awa })).status).toBe(
      200,
    );
    const audit = await api.call(owner, 'GET', `/api/youth/${id}/audit`);
    expect(audit.body.items.map((entry: { actorSub: string; action: string }) => `${entry.actorSub} ${entry.action}`)).toContain(
      `${people.coordinateur.sub} profile.update`,
    );
  });
});

describe('situation at the end of care', () => {
  const situation = { housing: 'sans_solution', resources: 'aucune', activity: 'sans_activite', healthCover: 'partielle' };

  it('is recorded by staff once the end of care is known, with inconnu as a category', async () => {
    const { id } = await createYouth({ careEndDate: '2026-10-01' });
    const saved = await api.call(people.referent, 'PATCH', `/api/youth/${id}`, { version: 1, exitSituation: situation });
    expect(saved.status).toBe(200);
    expect(saved.body.exitSituation).toEqual(situation);
    const unknown = { housing: 'inconnu', resources: 'inconnu', activity: 'inconnu', healthCover: 'inconnu' };
    expect((await api.call(people.referent, 'PATCH', `/api/youth/${id}`, { version: 2, exitSituation: unknown })).status).toBe(200);
  });

  it('is refused without an end of care, or with an unknown category, saving nothing', async () => {
    const { id } = await createYouth({ careEndDate: null });
    const noEnd = await api.call(people.referent, 'PATCH', `/api/youth/${id}`, { version: 1, exitSituation: situation });
    expect(noEnd.status).toBe(400);
    expect(noEnd.body.error.details[0].path).toBe('json.exitSituation');
    const withEnd = await createYouth({ careEndDate: '2026-10-01' });
    const wrong = await api.call(people.referent, 'PATCH', `/api/youth/${withEnd.id}`, {
      version: 1,
      exitSituation: { ...situation, housing: 'hotel' },
    });
    expect(wrong.status).toBe(400);
    expect((await api.call(people.referent, 'GET', `/api/youth/${withEnd.id}`)).body).toMatchObject({ version: 1, exitSituation: null });
  });
});
