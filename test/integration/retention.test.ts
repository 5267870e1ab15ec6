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
