import { DeleteCommand, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backfillPublicationsIndex } from '../../functions/retention/index-backfill.js';
import { runRetentionJob } from '../../functions/retention/job.js';
import { keys } from '../../shared/db/keys.js';
import { addDays, addYears, parisDate } from '../../shared/domain/calendar-date.js';
import { answerFollowUp, vote } from '../support/ballot.js';
import { type Caller, type Harness, startHarness } from '../support/harness.js';
import { newYouth, people } from '../support/people.js';

/**
 * A consultation's participation and follow-up markers name its members: the daily
 * retention job deletes them a year after the publication, by the publications' day index,
 * and keeps the anonymous ballots, answers and feedback.
 */
const DAY = 24 * 60 * 60 * 1000;
let clock = new Date();
let api: Harness;
beforeAll(async () => {
  api = await startHarness({ now: () => clock });
});
afterAll(() => api.close());

const organiser = people.organisateur;
const departement = '62';
/** Noon UTC on a Paris calendar day. */
const on = (day: string) => new Date(`${day}T12:00:00Z`);

async function boxItems(committeeId: string, consultationId: string) {
  const result = await api.store.db.send(
    new QueryCommand({
      TableName: api.store.ballotTableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.ballotBox(departement, committeeId, consultationId) },
      ConsistentRead: true,
    }),
  );
  return (result.Items ?? []).map((item) => String(item.sk).split('#')[0] ?? '');
}

const count = (kinds: string[], kind: string) => kinds.filter((found) => found === kind).length;

describe('the markers of a published consultation', () => {
  it('are deleted by the daily job a year after the publication, and nothing else; a second run deletes and writes nothing', async () => {
    // Prepare: five members vote (one with feedback), the results are published, all five answer a follow-up.
    clock = new Date();
    const committee = await api.call(organiser, 'POST', '/api/committees', { kind: 'CTJ', name: 'CTJ Lens' });
    const members: Caller[] = [];
    for (let index = 0; index < 5; index += 1) {
      const body = newYouth();
      const youth = await api.call(people.admin, 'POST', '/api/youth', body);
      expect((await api.call(organiser, 'POST', `/api/committees/${committee.body.id}/members`, { youthId: youth.body.id })).status).toBe(
        201,
      );
      members.push({ sub: body.accountSub, role: 'jeune', departement });
    }
    const consultation = await api.call(organiser, 'POST', `/api/committees/${committee.body.id}/consultations`, {
      title: 'Venir aux réunions',
      questions: [
        {
          id: 'transport',
          label: 'Comment venir ?',
          kind: 'single',
          options: [
            { id: 'bus', label: 'Bus' },
            { id: 'velo', label: 'Vélo' },
          ],
        },
      ],
      opensAt: new Date(clock.getTime() - 60_000).toISOString(),
      closesAt: new Date(clock.getTime() + DAY).toISOString(),
    });
    expect(consultation.status).toBe(201);
    const base = `/api/committees/${committee.body.id}/consultations/${consultation.body.id}`;
    for (const [index, member] of members.entries()) {
      const feedback = index === 0 ? { feedback: 'Plutôt le samedi' } : {};
      expect((await vote(api, member, base, { transport: 'bus' }, feedback)).status).toBe(201);
    }
    clock = new Date(clock.getTime() + 2 * DAY);
    const publishedOn = parisDate(clock);
    expect((await api.call(organiser, 'POST', `${base}/publish`)).status).toBe(200);
    // A second publish files nothing twice.
    expect((await api.call(organiser, 'POST', `${base}/publish`)).status).toBe(200);
    expect(
      (await api.call(organiser, 'PUT', `${base}/follow-ups/transport`, { status: 'realise', text: 'Tickets remboursés.' })).status,
    ).toBe(200);
    for (const member of members) expect((await answerFollowUp(api, member, base, 'transport', true)).status).toBe(201);
    // As if published before the index existed: the backfill files it under its publication day.
    const indexKey = { pk: keys.committee(departement, committee.body.id), sk: keys.markersIndexSk(consultation.body.id) };
    const filed = await api.store.db.send(new GetCommand({ TableName: api.store.tableName, Key: indexKey, ConsistentRead: true }));
    expect(filed.Item).toMatchObject({ publishedOn, gsi3pk: keys.departementPublications(departement) });
    await api.store.db.send(new DeleteCommand({ TableName: api.store.tableName, Key: indexKey }));
    expect(await backfillPublicationsIndex(api.store, departement)).toBeGreaterThanOrEqual(1);
    const refiled = await api.store.db.send(new GetCommand({ TableName: api.store.tableName, Key: indexKey, ConsistentRead: true }));
    expect(refiled.Item).toEqual(filed.Item);
    const before = await boxItems(committee.body.id, consultation.body.id);
    expect(count(before, 'PARTICIPATION')).toBe(5);
    expect(count(before, 'FUPART')).toBe(5);
    expect(count(before, 'FBCOUNT')).toBe(1);
    const anonymous = before.filter((kind) => !['PARTICIPATION', 'FUPART', 'FBCOUNT'].includes(kind)).sort();
    expect(count(anonymous, 'BALLOT')).toBe(5);
    expect(count(anonymous, 'FUANSWER')).toBe(5);
    expect(count(anonymous, 'FEEDBACK')).toBe(1);

    // Act: the day before the year is over, then the day it is, twice.
    const dayBefore = await runRetentionJob(api.store, on(addDays(addYears(publishedOn, 1), -1)), { departements: [departement] });
    const kept = await boxItems(committee.body.id, consultation.body.id);
    const first = await runRetentionJob(api.store, on(addYears(publishedOn, 1)), { departements: [departement] });
    const after = await boxItems(committee.body.id, consultation.body.id);
    const second = await runRetentionJob(api.store, on(addYears(publishedOn, 1)), { departements: [departement] });
    const afterSecond = await boxItems(committee.body.id, consultation.body.id);

    // Assess: nothing before the year; then the markers gone, ballots, answers, feedback and keys kept; the second run finds nothing.
    expect(dayBefore.departements[0]).toMatchObject({ ok: true, markersDeleted: 0 });
    expect(kept.sort()).toEqual([...before].sort());
    expect(first.departements[0]).toMatchObject({ ok: true, markersDeleted: 1 });
    expect(after.filter((kind) => ['PARTICIPATION', 'FUPART', 'FBCOUNT'].includes(kind))).toEqual([]);
    expect(after.sort()).toEqual(anonymous);
    expect(second.departements[0]).toMatchObject({ ok: true, markersDeleted: 0 });
    expect(afterSecond.sort()).toEqual(anonymous);
    // The backfill run again files nothing that was done: the next run still deletes nothing.
    await backfillPublicationsIndex(api.store, departement);
    const third = await runRetentionJob(api.store, on(addYears(publishedOn, 1)), { departements: [departement] });
    expect(third.departements[0]).toMatchObject({ ok: true, markersDeleted: 0 });
    // The results members read are still there.
    const results = await api.call(members[0] as Caller, 'GET', `${base}/results`);
    expect(results.status).toBe(200);
  });
});
