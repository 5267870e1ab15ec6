import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../shared/db/keys.js';
import { type Caller, type Harness, startHarness } from '../support/harness.js';
import { newYouth } from '../support/people.js';

/**
 * The young person's requests about their data (RGPD arts. 15–21) against DynamoDB Local:
 * made from « Mon dossier » with a deadline a month later, shown to the binôme (« Mon suivi »)
 * and the admins (the département's list), answered by staff, read back by the young person.
 */
let api: Harness;
// 31 January, 10:00 in Paris: the answer is due on 28 February.
let clock = new Date('2026-01-31T09:00:00Z');
beforeAll(async () => {
  api = await startHarness({ now: () => clock });
});
afterAll(() => api.close());

const DEPARTEMENT = '972';
const admin: Caller = { sub: 'admin-972', role: 'admin', departement: DEPARTEMENT, name: 'Nadia Roussel' };
const referent: Caller = { sub: 'ref-972', role: 'referent', departement: DEPARTEMENT, name: 'Sophie Lefebvre' };
const coordinateur: Caller = { sub: 'coord-972', role: 'coordinateur', departement: DEPARTEMENT, name: 'Karim Haddad' };
const otherReferent: Caller = { sub: 'ref-972-b', role: 'referent', departement: DEPARTEMENT, name: 'Thomas Dubois' };
const admin59: Caller = { sub: 'admin-59', role: 'admin', departement: '59' };

async function createYouth() {
  const body = newYouth({ referentId: referent.sub, coordinateurId: coordinateur.sub });
  const response = await api.call(admin, 'POST', '/api/youth', body);
  expect(response.status).toBe(201);
  const youth: Caller = { sub: body.accountSub, role: 'jeune', departement: DEPARTEMENT };
  return { id: response.body.id as string, youth, lastName: body.lastName };
}

const requests = (youthId: string) => `/api/youth/${youthId}/rgpd-requests`;
const answer = (youthId: string, requestId: string) => `${requests(youthId)}/${requestId}/answer`;
const extension = (youthId: string, requestId: string) => `${requests(youthId)}/${requestId}/extension`;

async function auditActions(youthId: string): Promise<string[]> {
  const audit = await api.call(admin, 'GET', `/api/youth/${youthId}/audit?limit=100`);
  return (audit.body.items as { action: string; actorSub: string }[]).map((entry) => `${entry.actorSub} ${entry.action}`);
}

async function profile(youthId: string) {
  const result = await api.store.db.send(
    new GetCommand({
      TableName: api.store.tableName,
      Key: { pk: keys.youth(DEPARTEMENT, youthId), sk: keys.profileSk },
      ConsistentRead: true,
    }),
  );
  return result.Item ?? {};
}

beforeAll(async () => {
  await api.registerStaff(admin, referent, coordinateur, otherReferent);
});

describe('RGPD requests', () => {
  it('goes from the young person to the binôme and the admins with its deadline, is answered, and the young person reads the answer', async () => {
    // Prepare
    clock = new Date('2026-01-31T09:00:00Z');
    const { id, youth, lastName } = await createYouth();

    // Act: the young person asks for a rectification.
    const made = await api.call(youth, 'POST', requests(id), { kind: 'rectification', details: '  Mon nom est mal écrit.  ' });

    // Assess: stored with its month, counted as the young person's contact, not in their access log.
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      kind: 'rectification',
      details: 'Mon nom est mal écrit.',
      status: 'en_attente',
      receivedOn: '2026-01-31',
      dueOn: '2026-02-28',
      late: false,
      answers: [],
    });
    expect((await profile(id)).lastContactOn).toBe('2026-01-31');
    expect((await auditActions(id)).filter((entry) => entry.includes('rgpdRequest'))).toEqual([]);

    // The binôme sees it in « Mon suivi » with its due day (dates only).
    for (const member of [referent, coordinateur]) {
      const caseload = await api.call(member, 'GET', '/api/dashboard/caseload');
      expect(caseload.status).toBe(200);
      const line = caseload.body.items.find((item: { youthId: string }) => item.youthId === id);
      expect(line.rgpdRequests).toEqual([{ id: made.body.id, dueOn: '2026-02-28', late: false }]);
    }

    // An admin sees it in the département's list, and the young person's log says so.
    const listed = await api.call(admin, 'GET', '/api/dashboard/rgpd-requests');
    expect(listed.status).toBe(200);
    expect(listed.body.items).toContainEqual({
      youthId: id,
      firstName: 'Lina',
      lastName,
      requestId: made.body.id,
      kind: 'rectification',
      status: 'en_attente',
      receivedOn: '2026-01-31',
      dueOn: '2026-02-28',
      extended: false,
      late: false,
      archived: false,
    });
    expect(JSON.stringify(listed.body)).not.toContain('mal écrit');
    expect(await auditActions(id)).toContain(`${admin.sub} rgpdRequest.list`);

    // The referent reads it (audited) and answers it once the month has passed: late until then.
    clock = new Date('2026-03-02T09:00:00Z');
    const read = await api.call(referent, 'GET', requests(id));
    expect(read.status).toBe(200);
    expect(read.body.items).toMatchObject([{ id: made.body.id, late: true, details: 'Mon nom est mal écrit.' }]);
    const lateLine = (await api.call(coordinateur, 'GET', '/api/dashboard/caseload')).body.items.find(
      (item: { youthId: string }) => item.youthId === id,
    );
    expect(lateLine).toMatchObject({ late: true, rgpdRequests: [{ late: true }] });
    const accepted = await api.call(referent, 'POST', answer(id, made.body.id), { status: 'acceptee', text: 'Nous le corrigeons.' });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'acceptee', late: true, version: 2 });
    const done = await api.call(admin, 'POST', answer(id, made.body.id), { status: 'traitee', text: 'Ton nom est corrigé.' });
    expect(done.status).toBe(200);

    // The young person reads the status and both answers.
    const mine = await api.call(youth, 'GET', requests(id));
    expect(mine.body.items).toMatchObject([
      {
        status: 'traitee',
        late: false,
        answers: [
          { status: 'acceptee', text: 'Nous le corrigeons.', answeredByName: 'Sophie Lefebvre', answeredByRole: 'referent' },
          { status: 'traitee', text: 'Ton nom est corrigé.', answeredByName: 'Nadia Roussel', answeredByRole: 'admin' },
        ],
      },
    ]);
    // Done: it leaves « Mon suivi » and the admins' list; the audit log holds the reads and answers.
    const after = (await api.call(referent, 'GET', '/api/dashboard/caseload')).body.items.find(
      (item: { youthId: string }) => item.youthId === id,
    );
    expect(after.rgpdRequests).toEqual([]);
    const listedAfter = await api.call(admin, 'GET', '/api/dashboard/rgpd-requests');
    expect(listedAfter.body.items.some((item: { requestId: string }) => item.requestId === made.body.id)).toBe(false);
    expect(await auditActions(id)).toEqual(
      expect.arrayContaining([`${referent.sub} rgpdRequest.read`, `${referent.sub} rgpdRequest.answer`, `${admin.sub} rgpdRequest.answer`]),
    );
    // In the young person's RGPD export too.
    const exported = await api.call(youth, 'GET', `/api/youth/${id}/export`);
    expect(exported.body.rgpdRequests).toMatchObject([{ kind: 'rectification', status: 'traitee' }]);
  });

  it('hides a request from another referent and another département, and lets no staff make one', async () => {
    clock = new Date('2026-05-10T09:00:00Z');
    const { id, youth } = await createYouth();
    const made = await api.call(youth, 'POST', requests(id), { kind: 'opposition', details: 'Je ne veux plus de SMS.' });
    expect(made.status).toBe(201);

    for (const stranger of [otherReferent, admin59]) {
      expect((await api.call(stranger, 'GET', requests(id))).status).toBe(404);
      expect((await api.call(stranger, 'POST', answer(id, made.body.id), { status: 'traitee' })).status).toBe(404);
    }
    const byReferent = await api.call(referent, 'POST', requests(id), { kind: 'acces' });
    expect(byReferent.status).toBe(403);
    expect(byReferent.body.error.message).toContain('Seul le jeune');
    expect((await api.call(otherReferent, 'GET', '/api/dashboard/rgpd-requests')).status).toBe(403);
    // 59's admin lists 59's requests: none of 972's.
    const other = await api.call(admin59, 'GET', '/api/dashboard/rgpd-requests');
    expect(other.body.items.some((item: { youthId: string }) => item.youthId === id)).toBe(false);
    // Denied requests wrote nothing: the request is as it was.
    const mine = await api.call(youth, 'GET', requests(id));
    expect(mine.body.items).toMatchObject([{ status: 'en_attente', answers: [] }]);
  });

  it('extends the deadline by two months once, within the first month, with reasons the young person reads', async () => {
    // Prepare: a request of 30 November, due 30 December; the referent extends it on its last day.
    clock = new Date('2026-11-30T09:00:00Z');
    const { id, youth } = await createYouth();
    const made = await api.call(youth, 'POST', requests(id), { kind: 'acces' });
    const reasons = 'Tes données sont dans trois services : il nous faut plus de temps pour tout rassembler.';

    // Act
    clock = new Date('2026-12-30T20:00:00Z');
    const extended = await api.call(referent, 'POST', extension(id, made.body.id), { reasons: `  ${reasons} ` });

    // Assess: due three months after it was received, everywhere it is shown; audited; read by the young person.
    expect(extended.status).toBe(200);
    expect(extended.body).toMatchObject({
      status: 'en_attente',
      dueOn: '2027-02-28',
      late: false,
      extension: { reasons, initialDueOn: '2026-12-30', extendedByName: 'Sophie Lefebvre', extendedByRole: 'referent' },
      version: 2,
    });
    clock = new Date('2027-01-15T09:00:00Z');
    const line = (await api.call(coordinateur, 'GET', '/api/dashboard/caseload')).body.items.find(
      (item: { youthId: string }) => item.youthId === id,
    );
    expect(line.rgpdRequests).toEqual([{ id: made.body.id, dueOn: '2027-02-28', late: false }]);
    const listed = await api.call(admin, 'GET', '/api/dashboard/rgpd-requests');
    expect(listed.body.items.find((item: { requestId: string }) => item.requestId === made.body.id)).toMatchObject({
      dueOn: '2027-02-28',
      extended: true,
      late: false,
    });
    expect((await api.call(youth, 'GET', requests(id))).body.items).toMatchObject([{ dueOn: '2027-02-28', extension: { reasons } }]);
    expect(await auditActions(id)).toContain(`${referent.sub} rgpdRequest.extend`);

    // Once only: a second extension is refused and changes nothing.
    const twice = await api.call(admin, 'POST', extension(id, made.body.id), { reasons: 'Encore.' });
    expect(twice.status).toBe(409);
    expect(twice.body.error).toMatchObject({ code: 'RGPD_ALREADY_EXTENDED', message: expect.stringContaining('une seule prolongation') });
    expect((await api.call(youth, 'GET', requests(id))).body.items).toMatchObject([{ dueOn: '2027-02-28', extension: { reasons } }]);
  });

  it('refuses an extension after the first month, without reasons, on a closed request or from a stranger, saving nothing', async () => {
    clock = new Date('2026-05-10T09:00:00Z');
    const { id, youth } = await createYouth();
    const late = await api.call(youth, 'POST', requests(id), { kind: 'limitation' });
    const closed = await api.call(youth, 'POST', requests(id), { kind: 'opposition' });
    await api.call(admin, 'POST', answer(id, closed.body.id), { status: 'traitee' });

    const empty = await api.call(referent, 'POST', extension(id, late.body.id), { reasons: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.details).toContainEqual({
      path: 'json.reasons',
      message: 'Indiquez les motifs de la prolongation : le jeune les lit.',
    });
    const done = await api.call(referent, 'POST', extension(id, closed.body.id), { reasons: 'Trop de demandes.' });
    expect(done.status).toBe(409);
    expect(done.body.error.code).toBe('RGPD_REQUEST_CLOSED');
    for (const stranger of [otherReferent, admin59]) {
      expect((await api.call(stranger, 'POST', extension(id, late.body.id), { reasons: 'Trop de demandes.' })).status).toBe(404);
    }
    expect((await api.call(youth, 'POST', extension(id, late.body.id), { reasons: 'Je veux attendre.' })).status).toBe(403);

    clock = new Date('2026-06-11T09:00:00Z');
    const tooLate = await api.call(referent, 'POST', extension(id, late.body.id), { reasons: 'Trop de demandes.' });
    expect(tooLate.status).toBe(409);
    expect(tooLate.body.error).toMatchObject({ code: 'RGPD_EXTENSION_TOO_LATE', message: expect.stringContaining('premier mois') });
    expect((await api.call(youth, 'GET', requests(id))).body.items).toMatchObject([
      { id: late.body.id, dueOn: '2026-06-10', extension: null, late: true, version: 1 },
      { id: closed.body.id, extension: null },
    ]);
  });

  it('refuses a rectification that says nothing, a refusal without reasons and an answer after a final one, in French', async () => {
    clock = new Date('2026-05-10T09:00:00Z');
    const { id, youth } = await createYouth();
    const empty = await api.call(youth, 'POST', requests(id), { kind: 'rectification', details: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.details).toContainEqual({
      path: 'json.details',
      message: 'Pour une rectification, il faut dire ce qui est inexact.',
    });
    const unknown = await api.call(youth, 'POST', requests(id), { kind: 'tout_effacer' });
    expect(unknown.status).toBe(400);

    const made = await api.call(youth, 'POST', requests(id), { kind: 'effacement', details: 'Effacer mon dossier.' });
    const bare = await api.call(admin, 'POST', answer(id, made.body.id), { status: 'refusee' });
    expect(bare.status).toBe(400);
    expect(bare.body.error).toMatchObject({ code: 'RGPD_REFUSAL_WITHOUT_REASONS', message: expect.stringContaining('motivé') });
    const refused = await api.call(admin, 'POST', answer(id, made.body.id), {
      status: 'refusee',
      text: 'Le dossier relève d’une mission de service public (art. 17.3.b) : il est conservé, puis archivé.',
    });
    expect(refused.status).toBe(200);
    const again = await api.call(referent, 'POST', answer(id, made.body.id), { status: 'traitee' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('RGPD_REQUEST_CLOSED');
    const missing = await api.call(admin, 'POST', answer(id, '01JD2Y3QK9V8N6M4R2T0W1X5Z7'), { status: 'traitee' });
    expect(missing.status).toBe(404);
    expect((await api.call(youth, 'GET', requests(id))).body.items).toMatchObject([
      { status: 'refusee', answers: [{ status: 'refusee', text: expect.stringContaining('17.3.b') }] },
    ]);
  });

  it('replays an extension to a referent only while they may still answer: a former binôme member gets 404 and nothing of the request', async () => {
    // Prepare: the referent extends a request with a key, then the file is handed to another referent.
    clock = new Date('2026-05-10T09:00:00Z');
    const { id, youth } = await createYouth();
    const made = await api.call(youth, 'POST', requests(id), { kind: 'rectification', details: 'Mon adresse est fausse.' });
    const headers = { 'idempotency-key': `extension-${id}` };
    const body = { reasons: 'Il faut retrouver des pièces dans trois services.' };
    const first = await api.call(referent, 'POST', extension(id, made.body.id), body, headers);
    const replayedWhileInBinome = await api.call(referent, 'POST', extension(id, made.body.id), body, headers);
    const current = await api.call(admin, 'GET', `/api/youth/${id}`);
    const handed = await api.call(admin, 'PATCH', `/api/youth/${id}`, { referentId: otherReferent.sub, version: current.body.version });
    expect(handed.status).toBe(200);
    const byReferent = async () => (await auditActions(id)).filter((entry) => entry.startsWith(`${referent.sub} `));
    const auditBefore = await byReferent();

    // Act: the same request again, with the same key, by the referent who left the binôme.
    const replayedAfter = await api.call(referent, 'POST', extension(id, made.body.id), body, headers);

    // Assess: the first answer was replayed while she was in the binôme, refused once she left, with nothing of the young person's text.
    expect(first.status).toBe(200);
    expect(replayedWhileInBinome.status).toBe(200);
    expect(replayedWhileInBinome.headers.get('idempotent-replayed')).toBe('true');
    expect(replayedAfter.status).toBe(404);
    expect(replayedAfter.body.error.code).toBe('NOT_FOUND');
    expect(JSON.stringify(replayedAfter.body)).not.toContain('Mon adresse');
    expect(await byReferent()).toEqual(auditBefore);
  });

  it('replays an Idempotency-Key request without a second request', async () => {
    clock = new Date('2026-05-10T09:00:00Z');
    const { id, youth } = await createYouth();
    const headers = { 'idempotency-key': 'rgpd-request-once' };
    const first = await api.call(youth, 'POST', requests(id), { kind: 'limitation' }, headers);
    const second = await api.call(youth, 'POST', requests(id), { kind: 'limitation' }, headers);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body.id).toBe(first.body.id);
    expect((await api.call(youth, 'GET', requests(id))).body.items).toHaveLength(1);
  });
});
