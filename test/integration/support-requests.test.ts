import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../support/harness.js';
import { newYouth, people } from '../support/people.js';

/**
 * Support from 18 to 21 against DynamoDB Local: the young person asks, an admin of the
 * département decides, the file's care end date follows, everything is kept and audited.
 */
let api: Harness;
beforeAll(async () => {
  // The rules count ages from today: the server's clock is fixed.
  api = await startHarness({ now: () => new Date('2026-11-24T10:00:00Z') });
});
afterAll(() => api.close());

// 18 on 2027-03-12, 21 on 2030-03-12; the school year under way then ends on 2030-08-31.
async function createYouth(overrides: Record<string, unknown> = {}) {
  const body = newYouth(overrides);
  const response = await api.call(people.admin, 'POST', '/api/youth', body);
  expect(response.status).toBe(201);
  return { id: response.body.id as string, owner: { ...people.youth, sub: body.accountSub } };
}

const requests = (youthId: string) => `/api/youth/${youthId}/support-requests`;
const decision = (youthId: string, requestId: string) => `${requests(youthId)}/${requestId}/decision`;
const grant = { outcome: 'accordee', startsOn: '2027-03-12', endsOn: '2028-03-11', conditions: 'Poursuivre le CAP cuisine' };

async function auditActions(youthId: string) {
  const audit = await api.call(people.admin, 'GET', `/api/youth/${youthId}/audit?limit=100`);
  return (audit.body.items as { action: string; actorSub: string }[]).map((entry) => `${entry.actorSub} ${entry.action}`);
}

describe('support requests', () => {
  it('takes the young person’s request from their own login, pending, without an audit entry', async () => {
    const { id, owner } = await createYouth();
    const created = await api.call(owner, 'POST', requests(id), { kind: 'premiere', message: 'Je veux finir mon CAP.' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      kind: 'premiere',
      message: 'Je veux finir mon CAP.',
      status: 'en_attente',
      requestedBy: { sub: owner.sub, role: 'jeune' },
      decisions: [],
    });
    const listed = await api.call(owner, 'GET', requests(id));
    expect(listed.body.items.map((request: { id: string }) => request.id)).toEqual([created.body.id]);
    expect((await auditActions(id)).filter((entry) => entry.includes('support'))).toEqual([]);
  });

  it('lets the binôme file a request with the young person, audited', async () => {
    const { id } = await createYouth();
    const created = await api.call(people.coordinateur, 'POST', requests(id), { kind: 'premiere' });
    expect(created.status).toBe(201);
    expect(created.body.requestedBy).toMatchObject({ sub: people.coordinateur.sub, role: 'coordinateur', name: 'Karim Haddad' });
    expect(await auditActions(id)).toContain(`${people.coordinateur.sub} support.request`);
  });

  it('refuses a renewal when nothing was granted, and a return while care goes on', async () => {
    const { id, owner } = await createYouth();
    const renewal = await api.call(owner, 'POST', requests(id), { kind: 'renouvellement' });
    expect(renewal.status).toBe(409);
    expect(renewal.body.error.code).toBe('SUPPORT_NOTHING_TO_RENEW');
    const back = await api.call(owner, 'POST', requests(id), { kind: 'retour' });
    expect(back.body.error.code).toBe('SUPPORT_RETURN_NOT_OPEN');
    expect((await api.call(owner, 'GET', requests(id))).body.items).toEqual([]);
  });

  it('takes a return after care ended, and none on or after the 21st birthday', async () => {
    const { id: leftCare, owner } = await createYouth({ birthDate: '2006-05-02', careEndDate: '2025-05-02' });
    expect((await api.call(owner, 'POST', requests(leftCare), { kind: 'retour' })).status).toBe(201);
    const { id: adult, owner: adultOwner } = await createYouth({ birthDate: '2005-11-24', careEndDate: '2023-11-24' });
    const late = await api.call(adultOwner, 'POST', requests(adult), { kind: 'retour' });
    expect(late.status).toBe(409);
    expect(late.body.error).toMatchObject({ code: 'SUPPORT_REQUEST_AFTER_21', message: expect.stringContaining('21 ans') });
  });

  it('replays an Idempotency-Key request without a second request', async () => {
    const { id, owner } = await createYouth();
    const headers = { 'idempotency-key': 'support-request-once' };
    const first = await api.call(owner, 'POST', requests(id), { kind: 'premiere' }, headers);
    const second = await api.call(owner, 'POST', requests(id), { kind: 'premiere' }, headers);
    expect(second.status).toBe(201);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(second.body.id).toBe(first.body.id);
    expect((await api.call(owner, 'GET', requests(id))).body.items).toHaveLength(1);
  });
});

describe('decisions', () => {
  it('grants support: the care end date follows, in the history, audited, seen by the young person', async () => {
    const { id, owner } = await createYouth();
    const request = (await api.call(owner, 'POST', requests(id), { kind: 'premiere' })).body;
    const decided = await api.call(people.admin, 'POST', decision(id, request.id), grant);
    expect(decided.status).toBe(201);
    expect(decided.body.status).toBe('accordee');
    expect(decided.body.decisions).toEqual([
      expect.objectContaining({
        outcome: 'accordee',
        startsOn: '2027-03-12',
        endsOn: '2028-03-11',
        conditions: 'Poursuivre le CAP cuisine',
        reasons: null,
        decidedOn: '2026-11-24',
        contestBy: null,
        decidedBy: { sub: people.admin.sub, role: 'admin', name: 'Nadia Roussel' },
      }),
    ]);

    const file = await api.call(people.referent, 'GET', `/api/youth/${id}`);
    expect(file.body.careEndDate).toBe('2028-03-11');
    expect(file.body.version).toBe(2);
    expect(await auditActions(id)).toContain(`${people.admin.sub} support.decide`);

    const seen = await api.call(owner, 'GET', requests(id));
    expect(seen.body.items[0].decisions[0]).toMatchObject({ outcome: 'accordee', endsOn: '2028-03-11' });
    const exported = await api.call(owner, 'GET', `/api/youth/${id}/export`);
    expect(exported.body.supportRequests[0].decisions[0].id).toBe(decided.body.decisions[0].id);
  });

  it('renews a granted support: the newest grant is in force, the first stays in the history', async () => {
    const { id, owner } = await createYouth();
    const first = (await api.call(owner, 'POST', requests(id), { kind: 'premiere' })).body;
    await api.call(people.admin, 'POST', decision(id, first.id), grant);
    const renewal = await api.call(owner, 'POST', requests(id), { kind: 'renouvellement' });
    expect(renewal.status).toBe(201);
    const extended = await api.call(people.admin, 'POST', decision(id, renewal.body.id), {
      outcome: 'accordee',
      startsOn: '2028-03-12',
      endsOn: '2030-08-31',
      schoolYearExtension: true,
    });
    expect(extended.status).toBe(201);
    expect((await api.call(people.referent, 'GET', `/api/youth/${id}`)).body.careEndDate).toBe('2030-08-31');
    const history = (await api.call(people.referent, 'GET', requests(id))).body.items;
    expect(history.map((request: { kind: string; status: string }) => `${request.kind} ${request.status}`)).toEqual([
      'premiere accordee',
      'renouvellement accordee',
    ]);
    const again = await api.call(people.admin, 'POST', decision(id, first.id), grant);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('SUPPORT_ALREADY_GRANTED');
  });

  it('answers 400 to an end after the 21st birthday without the extension, or after the school year, and keeps nothing', async () => {
    const { id, owner } = await createYouth();
    const request = (await api.call(owner, 'POST', requests(id), { kind: 'premiere' })).body;
    const late = await api.call(people.admin, 'POST', decision(id, request.id), { ...grant, endsOn: '2030-03-13' });
    expect(late.status).toBe(400);
    expect(late.body.error.code).toBe('SUPPORT_AFTER_21');
    expect(late.body.error.details).toEqual([expect.objectContaining({ path: 'json.endsOn' })]);
    const tooLate = await api.call(people.admin, 'POST', decision(id, request.id), {
      ...grant,
      endsOn: '2030-09-01',
      schoolYearExtension: true,
    });
    expect(tooLate.body.error.code).toBe('SUPPORT_AFTER_SCHOOL_YEAR');
    expect((await api.call(owner, 'GET', requests(id))).body.items[0]).toMatchObject({ status: 'en_attente', decisions: [] });
    expect((await api.call(people.referent, 'GET', `/api/youth/${id}`)).body.careEndDate).toBe('2027-03-12');
  });

  it('refuses with reasons and the date to contest by; a refusal without reasons is a 400', async () => {
    const { id, owner } = await createYouth();
    const request = (await api.call(owner, 'POST', requests(id), { kind: 'premiere' })).body;
    const unmotivated = await api.call(people.admin, 'POST', decision(id, request.id), { outcome: 'refusee', reasons: '  ' });
    expect(unmotivated.status).toBe(400);
    expect(unmotivated.body.error.code).toBe('SUPPORT_REFUSAL_WITHOUT_REASONS');
    const refused = await api.call(people.admin, 'POST', decision(id, request.id), {
      outcome: 'refusee',
      reasons: 'Ressources et soutien familial suffisants.',
    });
    expect(refused.status).toBe(201);
    expect(refused.body.decisions[0]).toMatchObject({ outcome: 'refusee', contestBy: '2027-01-24', endsOn: null });
    expect((await api.call(people.referent, 'GET', `/api/youth/${id}`)).body.careEndDate).toBe('2027-03-12');
    // After a recours gracieux the same request is decided again; both decisions are kept.
    const reversed = await api.call(people.admin, 'POST', decision(id, request.id), grant);
    expect(reversed.status).toBe(201);
    expect(reversed.body.decisions.map((item: { outcome: string }) => item.outcome)).toEqual(['refusee', 'accordee']);
  });

  it('answers 404 to a referent outside the binôme and to another département, and writes nothing', async () => {
    const { id, owner } = await createYouth();
    const request = (await api.call(owner, 'POST', requests(id), { kind: 'premiere' })).body;
    expect((await api.call(people.otherReferent, 'GET', requests(id))).status).toBe(404);
    expect((await api.call(people.otherReferent, 'POST', requests(id), { kind: 'premiere' })).status).toBe(404);
    expect((await api.call(people.admin59, 'GET', requests(id))).status).toBe(404);
    expect((await api.call(people.admin59, 'POST', decision(id, request.id), grant)).status).toBe(404);
    expect((await api.call(people.referent59SameSub, 'GET', requests(id))).status).toBe(404);
    expect((await api.call(people.referent, 'POST', decision(id, request.id), grant)).status).toBe(403);
    expect((await api.call(people.admin, 'POST', decision(id, '01JD2Y3QK9V8N6M4R2T0W1X5Z7'), grant)).status).toBe(404);
    expect((await api.call(owner, 'GET', requests(id))).body.items).toHaveLength(1);
    expect((await api.call(owner, 'GET', requests(id))).body.items[0].decisions).toEqual([]);
    expect(await auditActions(id)).not.toContain(`${people.admin59.sub} support.read`);
  });

  it('lets one of two simultaneous decisions win; the other is a 409 and writes nothing', async () => {
    const { id, owner } = await createYouth();
    const request = (await api.call(owner, 'POST', requests(id), { kind: 'premiere' })).body;
    const answers = await Promise.all([
      api.call(people.admin, 'POST', decision(id, request.id), grant),
      api.call(people.admin, 'POST', decision(id, request.id), { ...grant, endsOn: '2029-03-11' }),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
    const stored = (await api.call(owner, 'GET', requests(id))).body.items[0];
    expect(stored.decisions).toHaveLength(1);
    const winner = answers.find((answer) => answer.status === 201)?.body.decisions[0].endsOn;
    expect((await api.call(people.referent, 'GET', `/api/youth/${id}`)).body.careEndDate).toBe(winner);
  });

  it('answers 404 to a request id of another young person’s file', async () => {
    const first = await createYouth();
    const second = await createYouth();
    const request = (await api.call(first.owner, 'POST', requests(first.id), { kind: 'premiere' })).body;
    expect((await api.call(people.admin, 'POST', decision(second.id, request.id), grant)).status).toBe(404);
    expect((await api.call(first.owner, 'GET', requests(first.id))).body.items[0].status).toBe('en_attente');
  });

  it('writes a staff read of the requests to the audit log, and not the young person’s own', async () => {
    const { id, owner } = await createYouth();
    await api.call(owner, 'GET', requests(id));
    await api.call(people.referent, 'GET', requests(id));
    expect((await auditActions(id)).filter((entry) => entry.endsWith('support.read'))).toEqual([`${people.referent.sub} support.read`]);
  });
});
