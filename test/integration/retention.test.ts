import { GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRetentionJob } from '../../functions/retention/job.js';
import { keys } from '../../shared/db/keys.js';
import { addDays, addYears, parisDate } from '../../shared/domain/calendar-date.js';
import { type Caller, type Harness, startHarness } from '../support/harness.js';
import { newYouth } from '../support/people.js';

let api: Harness;
beforeAll(async () => {
  api = await startHarness();
});
afterAll(() => api.close());

const today = parisDate(new Date());
/** Noon UTC on a Paris calendar day: the instant the job is told it is. */
const on = (day: string) => new Date(`${day}T12:00:00Z`);

/** A département of this test's own, with its binôme and admin. */
async function departementWithBinome(departement: string) {
  const admin: Caller = { sub: `admin-${departement}`, role: 'admin', departement };
  const referent: Caller = { sub: `ref-${departement}`, role: 'referent', departement };
  const coordinateur: Caller = { sub: `coord-${departement}`, role: 'coordinateur', departement };
  await api.registerStaff(admin, referent, coordinateur);
  const create = async (overrides: Record<string, unknown>) => {
    const body = newYouth({ referentId: referent.sub, coordinateurId: coordinateur.sub, ...overrides });
    const response = await api.call(admin, 'POST', '/api/youth', body);
    expect(response.status).toBe(201);
    const youth: Caller = { sub: body.accountSub, role: 'jeune', departement };
    return { id: response.body.id as string, youth };
  };
  return { admin, referent, coordinateur, create };
}

async function profile(departement: string, youthId: string) {
  const result = await api.store.db.send(
    new GetCommand({
      TableName: api.store.tableName,
      Key: { pk: keys.youth(departement, youthId), sk: keys.profileSk },
      ConsistentRead: true,
    }),
  );
  return result.Item ?? {};
}

async function itemsWithPrefix(departement: string, youthId: string, prefix: string) {
  const result = await api.store.db.send(
    new QueryCommand({
      TableName: api.store.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': keys.youth(departement, youthId), ':prefix': prefix },
      ConsistentRead: true,
    }),
  );
  return result.Items ?? [];
}

async function listIds(caller: Caller): Promise<string[]> {
  const response = await api.call(caller, 'GET', '/api/youth?limit=100');
  expect(response.status).toBe(200);
  return response.body.items.map((item: { id: string }) => item.id);
}

describe('the last contact from the young person', () => {
  it('is written when the young person opens Envol or their file, once a day, never by staff', async () => {
    // Prepare
    const { referent, create } = await departementWithBinome('975');
    const { id, youth } = await create({ careEndDate: '2025-01-31' });

    // Act: staff read the file; nothing counts as the young person's contact.
    expect((await api.call(referent, 'GET', `/api/youth/${id}`)).status).toBe(200);
    const afterStaff = await profile('975', id);
    // The young person opens Envol, then a page of their file.
    expect((await api.call(youth, 'GET', '/api/youth/me')).status).toBe(200);
    const afterSignIn = await profile('975', id);
    expect((await api.call(youth, 'GET', `/api/youth/${id}/journal`)).status).toBe(200);
    const afterPage = await profile('975', id);

    // Assess
    expect(afterStaff.lastContactOn ?? null).toBeNull();
    expect(afterSignIn.lastContactOn).toBe(today);
    // Once a day: the version (staff's optimistic lock) never moves for it.
    expect(afterPage.lastContactOn).toBe(today);
    expect(afterPage.version).toBe(afterStaff.version);
    // Staff never see the day of the young person's last visit.
    const read = await api.call(referent, 'GET', `/api/youth/${id}`);
    expect(read.body).not.toHaveProperty('lastContactOn');
    expect(read.body.fileState).toBe('actif');
  });
});

describe('the daily retention job', () => {
  it('archives exactly the files due, and a second run archives and writes nothing again', async () => {
    // Prepare: in département 976, six files created today.
    const { admin, referent, coordinateur, create } = await departementWithBinome('976');
    const due = await create({ birthDate: '2006-05-02', careEndDate: '2025-01-31' });
    const cameBack = await create({ birthDate: '2006-05-03', careEndDate: '2025-01-31' });
    const inCare = await create({ birthDate: '2010-05-04', careEndDate: null });
    const supportPending = await create({ birthDate: '2006-06-01', careEndDate: '2024-06-01' });
    const careEndsLater = await create({ birthDate: '2010-05-06', careEndDate: '2029-08-31' });
    // The young person asks for support after 18 and waits for the decision.
    const asked = await api.call(supportPending.youth, 'POST', `/api/youth/${supportPending.id}/support-requests`, { kind: 'premiere' });
    expect(asked.status).toBe(201);
    // The young person came back a year from now (set as the contact write would have).
    const oneYearOn = addYears(today, 1);
    await api.store.db.send(
      new UpdateCommand({
        TableName: api.store.tableName,
        Key: { pk: keys.youth('976', cameBack.id), sk: keys.profileSk },
        UpdateExpression: 'SET lastContactOn = :day',
        ExpressionAttributeValues: { ':day': oneYearOn },
      }),
    );
    const calendarBefore = await itemsWithPrefix('976', due.id, keys.calendarPrefix);
    expect(calendarBefore.length).toBeGreaterThan(0);

    // Act: on the last day of the active period, then on the first day after it, twice.
    const firstDayDue = addYears(today, 2);
    const early = await runRetentionJob(api.store, on(addDays(firstDayDue, -1)), { departements: ['976'] });
    const first = await runRetentionJob(api.store, on(firstDayDue), { departements: ['976'] });
    const second = await runRetentionJob(api.store, on(firstDayDue), { departements: ['976'] });

    // Assess: the day before, nothing is due (the index read no file).
    expect(early.departements[0]).toMatchObject({ ok: true, due: 0, archived: 0 });
    // The index gave the three files whose period could be over; one came back, one waits for a decision.
    expect(first.departements[0]).toMatchObject({ ok: true, due: 3, archived: 1, kept: 1, held: 1, skipped: 0 });
    // The second run reads none of them again, and writes nothing.
    expect(second.departements[0]).toMatchObject({ ok: true, due: 0, archived: 0, kept: 0, held: 0 });

    expect(await profile('976', due.id)).toMatchObject({ fileState: 'archive_intermediaire', archivedOn: firstDayDue });
    expect(await itemsWithPrefix('976', due.id, keys.lifecyclePrefix)).toEqual([
      expect.objectContaining({ from: 'actif', to: 'archive_intermediaire', on: firstDayDue, by: 'retention' }),
    ]);
    expect(await itemsWithPrefix('976', due.id, keys.calendarPrefix)).toEqual([]);
    for (const kept of [cameBack, supportPending, inCare, careEndsLater]) {
      expect(await profile('976', kept.id)).toMatchObject({ fileState: 'actif' });
    }

    // Gone from the lists of the active base.
    for (const caller of [referent, coordinateur, admin]) {
      const ids = await listIds(caller);
      expect(ids).not.toContain(due.id);
      expect(ids).toContain(careEndsLater.id);
    }

    // The young person who came back is archived two years after that contact; the request still holds its file.
    const later = await runRetentionJob(api.store, on(addYears(oneYearOn, 2)), { departements: ['976'] });
    expect(later.departements[0]).toMatchObject({ ok: true, archived: 1, held: 1 });
    expect(await profile('976', cameBack.id)).toMatchObject({ fileState: 'archive_intermediaire', archivedOn: addYears(oneYearOn, 2) });
    expect(await profile('976', supportPending.id)).toMatchObject({ fileState: 'actif' });
  });
});

describe('a file in the intermediate archive', () => {
  it('is invisible to its binôme, read-only to the young person, opened by an admin only with a reason the young person reads', async () => {
    // Prepare: a file archived by the job two years from now.
    const { admin, referent, coordinateur, create } = await departementWithBinome('974');
    const { id, youth } = await create({ birthDate: '2006-05-02', careEndDate: '2025-01-31' });
    expect((await api.call(referent, 'POST', `/api/youth/${id}/journal`, { text: 'Bonne route !', visibleToYouth: true })).status).toBe(
      201,
    );
    const run = await runRetentionJob(api.store, on(addYears(today, 2)), { departements: ['974'] });
    expect(run.departements[0]?.archived).toBe(1);

    // Assess: the binôme no longer knows it, anywhere.
    for (const caller of [referent, coordinateur]) {
      expect((await api.call(caller, 'GET', `/api/youth/${id}`)).status).toBe(404);
      expect((await api.call(caller, 'GET', `/api/youth/${id}/journal`)).status).toBe(404);
      expect(await listIds(caller)).not.toContain(id);
      const caseload = await api.call(caller, 'GET', '/api/dashboard/caseload');
      expect(caseload.status).toBe(200);
      expect(JSON.stringify(caseload.body)).not.toContain(id);
    }

    // The young person still signs in, reads and exports it, but writes nothing to it.
    const mine = await api.call(youth, 'GET', '/api/youth/me');
    expect(mine.status).toBe(200);
    expect(mine.body.fileState).toBe('archive_intermediaire');
    const journal = await api.call(youth, 'GET', `/api/youth/${id}/journal`);
    expect(journal.body.items.map((entry: { text: string }) => entry.text)).toEqual(['Bonne route !']);
    expect((await api.call(youth, 'GET', `/api/youth/${id}/export`)).status).toBe(200);
    const write = await api.call(youth, 'POST', `/api/youth/${id}/journal`, { text: 'Coucou', visibleToYouth: true });
    expect(write.status).toBe(403);
    expect(write.body.error.code).toBe('FILE_ARCHIVED');

    // An admin sees it in the archive's list, but opens it only with a reason.
    const archived = await api.call(admin, 'GET', '/api/youth/archived');
    expect(archived.body.items).toEqual([
      expect.objectContaining({
        id,
        archivedOn: addYears(today, 2),
        intermediateUntil: addDays(addYears(today, 12), -1),
        decisionDue: false,
      }),
    ]);
    expect(await listIds(admin)).not.toContain(id);
    const plainRead = await api.call(admin, 'GET', `/api/youth/${id}`);
    expect(plainRead.status).toBe(403);
    expect(plainRead.body.error.code).toBe('FILE_ARCHIVED');
    expect((await api.call(admin, 'POST', `/api/youth/${id}/archive/open`, {})).status).toBe(400);
    expect((await api.call(admin, 'POST', `/api/youth/${id}/archive/open`, { reason: 'Juge' })).status).toBe(400);
    expect((await api.call(referent, 'POST', `/api/youth/${id}/archive/open`, { reason: 'Demande du juge des enfants' })).status).toBe(404);
    const auditBefore = await api.call(youth, 'GET', `/api/youth/${id}/audit?limit=100`);
    expect(auditBefore.body.items.some((entry: { action: string }) => entry.action === 'archive.open')).toBe(false);
    const opened = await api.call(admin, 'POST', `/api/youth/${id}/archive/open`, { reason: 'Demande du juge des enfants du 12 mars' });
    expect(opened.status).toBe(200);
    expect(opened.body.file.journal.map((entry: { text: string }) => entry.text)).toEqual(['Bonne route !']);

    // The young person reads who opened it and why.
    const audit = await api.call(youth, 'GET', `/api/youth/${id}/audit?limit=100`);
    expect(audit.body.items[0]).toMatchObject({
      action: 'archive.open',
      actorSub: admin.sub,
      reason: 'Demande du juge des enfants du 12 mars',
    });
  });

  it('keeps no copy of an opened archived file under an Idempotency-Key: the same request again is another opening, audited again', async () => {
    // Prepare
    const { admin, create } = await departementWithBinome('971');
    const { id, youth } = await create({ birthDate: '2006-05-02', careEndDate: '2025-01-31' });
    await runRetentionJob(api.store, on(addYears(today, 2)), { departements: ['971'] });
    const headers = { 'idempotency-key': `open-archived-${id}` };
    const body = { reason: 'Demande du juge des enfants du 12 mars' };

    // Act
    const first = await api.call(admin, 'POST', `/api/youth/${id}/archive/open`, body, headers);
    const again = await api.call(admin, 'POST', `/api/youth/${id}/archive/open`, body, headers);

    // Assess: two openings, each read afresh and in the young person's log; the admin's records hold nothing of the file.
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBeNull();
    const audit = await api.call(youth, 'GET', `/api/youth/${id}/audit?limit=100`);
    expect(audit.body.items.filter((entry: { action: string }) => entry.action === 'archive.open')).toHaveLength(2);
    const records = await api.store.db.send(
      new QueryCommand({
        TableName: api.store.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.idempotency('971', admin.sub) },
        ConsistentRead: true,
      }),
    );
    expect(JSON.stringify(records.Items ?? [])).not.toContain(id);
  });

  it('comes back to its binôme when the young person reopens it, and an admin reopens it only with a reason', async () => {
    // Prepare
    const { admin, referent, create } = await departementWithBinome('973');
    const first = await create({ birthDate: '2006-05-02', careEndDate: '2025-01-31' });
    const second = await create({ birthDate: '2006-05-03', careEndDate: '2025-01-31' });
    const returning = await create({ birthDate: '2006-05-04', careEndDate: '2025-01-31' });
    const inTrouble = await create({ birthDate: '2006-05-05', careEndDate: '2025-01-31' });
    await runRetentionJob(api.store, on(addYears(today, 2)), { departements: ['973'] });

    // Act
    const byYouth = await api.call(first.youth, 'POST', `/api/youth/${first.id}/reopen`, {});
    const adminWithout = await api.call(admin, 'POST', `/api/youth/${second.id}/reopen`, {});
    const byAdmin = await api.call(admin, 'POST', `/api/youth/${second.id}/reopen`, { reason: 'Le jeune revient vers le service' });
    const again = await api.call(admin, 'POST', `/api/youth/${second.id}/reopen`, { reason: 'Le jeune revient vers le service' });
    // A young person who asks to come back under the support from 18 to 21 reopens their file by it.
    const comeBack = await api.call(returning.youth, 'POST', `/api/youth/${returning.id}/support-requests`, { kind: 'retour' });
    // A young person in trouble is never refused help because their file was archived: asking reopens it.
    const help = await api.call(inTrouble.youth, 'POST', '/api/dashboard/help', { reason: 'pas_ou_dormir' });

    // Assess
    expect(byYouth.status).toBe(200);
    expect(byYouth.body.fileState).toBe('actif');
    expect(adminWithout.status).toBe(400);
    expect(byAdmin.status).toBe(200);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('FILE_NOT_ARCHIVED');
    expect(comeBack.status).toBe(201);
    expect(await profile('973', returning.id)).toMatchObject({ fileState: 'actif', reopenedOn: today });
    expect((await api.call(referent, 'GET', `/api/youth/${returning.id}/support-requests`)).body.items).toHaveLength(1);
    expect(help.status).toBe(201);
    expect(await profile('973', inTrouble.id)).toMatchObject({ fileState: 'actif', reopenedOn: today });
    const alerts = await api.call(referent, 'GET', `/api/dashboard/help/${inTrouble.id}`);
    expect(alerts.body.items).toEqual([expect.objectContaining({ reason: 'pas_ou_dormir', acknowledgedAt: null })]);
    expect((await api.call(referent, 'GET', `/api/youth/${first.id}`)).status).toBe(200);
    expect(await listIds(referent)).toEqual(expect.arrayContaining([first.id, second.id]));
    expect((await itemsWithPrefix('973', first.id, keys.calendarPrefix)).length).toBeGreaterThan(0);
    const audit = await api.call(second.youth, 'GET', `/api/youth/${second.id}/audit?limit=100`);
    expect(audit.body.items[0]).toMatchObject({ action: 'archive.reopen', reason: 'Le jeune revient vers le service' });
    // Reopened today, the files are filed again as active from today.
    expect(await profile('973', first.id)).toMatchObject({ fileState: 'actif', reopenedOn: today });
    expect(await itemsWithPrefix('973', first.id, keys.retentionSk)).toEqual([
      expect.objectContaining({ state: 'actif', sinceOn: today, gsi3pk: keys.departementRetention('973', 'actif') }),
    ]);
    const next = await runRetentionJob(api.store, on(addDays(addYears(today, 2), -1)), { departements: ['973'] });
    expect(next.departements[0]).toMatchObject({ due: 0, archived: 0 });
  });
});
