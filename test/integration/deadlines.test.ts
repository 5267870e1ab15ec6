import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAlertsJob } from '../../functions/alerts/job.js';
import { keys } from '../../shared/db/keys.js';
import { addDays, addYears, parisDate } from '../../shared/domain/calendar-date.js';
import { type Caller, type Harness, startHarness } from '../support/harness.js';
import { newYouth, people } from '../support/people.js';

let api: Harness;
beforeAll(async () => {
  api = await startHarness();
});
afterAll(() => api.close());

type Line = { youthId: string; kind: string; dueOn: string; done: boolean };

async function createYouth(overrides: Record<string, unknown> = {}, admin: Caller = people.admin) {
  const response = await api.call(admin, 'POST', '/api/youth', newYouth(overrides));
  expect(response.status).toBe(201);
  return response.body as { id: string; version: number };
}

/** Every line of a month for `caller`, following pages. */
async function month(caller: Caller, value: string): Promise<Line[]> {
  const lines: Line[] = [];
  let cursor: string | null = null;
  do {
    const query: string = `?month=${value}&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const response = await api.call(caller, 'GET', `/api/dashboard/calendar${query}`);
    expect(response.status).toBe(200);
    lines.push(...response.body.items);
    cursor = response.body.cursor;
  } while (cursor);
  return lines;
}

const of = (lines: Line[], youthId: string) =>
  lines
    .filter((line) => line.youthId === youthId)
    .map((line) => line.kind)
    .sort();

describe('the deadlines calendar', () => {
  it('shows each deadline in its month, to the binôme and the département’s admin, by date', async () => {
    const youth = await createYouth({ birthDate: '2009-03-12', careEndDate: '2027-03-20' });

    const march2027 = await month(people.referent, '2027-03');
    expect(of(march2027, youth.id)).toEqual(['age18', 'careEnd']);
    expect(of(await month(people.coordinateur, '2026-03'), youth.id)).toEqual(['entretien17']);
    expect(of(await month(people.admin, '2027-09'), youth.id)).toEqual(['suivi']);
    expect(of(await month(people.otherReferent, '2027-03'), youth.id)).toEqual([]);
    expect(of(await month(people.admin59, '2027-03'), youth.id)).toEqual([]);
    const dates = march2027.map((line) => line.dueOn);
    expect(dates).toEqual([...dates].sort());
  });

  it('follows a date change in the same write: birth date, end of care, interview held, change of binôme', async () => {
    // Prepare
    const youth = await createYouth({ birthDate: '2009-05-10', careEndDate: null });
    expect(of(await month(people.referent, '2027-05'), youth.id)).toEqual(['age18']);

    // Act: the birth date was wrong, and care will end in 2028.
    const patched = await api.call(people.referent, 'PATCH', `/api/youth/${youth.id}`, {
      version: youth.version,
      birthDate: '2009-07-02',
      careEndDate: '2028-01-31',
    });
    expect(patched.status).toBe(200);

    // Assess
    expect(of(await month(people.referent, '2027-05'), youth.id)).toEqual([]);
    expect(of(await month(people.referent, '2027-07'), youth.id)).toEqual(['age18']);
    expect(of(await month(people.referent, '2026-07'), youth.id)).toEqual(['entretien17']);
    expect(of(await month(people.referent, '2028-01'), youth.id)).toEqual(['careEnd']);
    expect(of(await month(people.referent, '2028-07'), youth.id)).toEqual(['suivi']);

    // The entretien is held: it stays in its month, done.
    const interview = await api.call(people.referent, 'POST', `/api/interviews/${youth.id}/interviews`, { kind: 'entretien17' });
    expect(interview.status).toBe(201);
    const held = await api.call(people.referent, 'PATCH', `/api/interviews/${youth.id}/interviews/${interview.body.id}`, {
      version: interview.body.version,
      heldOn: '2026-06-20',
      participants: [{ kind: 'jeune', name: 'Lina Martin' }],
    });
    expect(held.status).toBe(200);
    expect((await month(people.referent, '2026-07')).find((line) => line.youthId === youth.id)).toMatchObject({
      kind: 'entretien17',
      done: true,
    });

    // A new referent: the calendar moves with the file.
    const assigned = await api.call(people.admin, 'PATCH', `/api/youth/${youth.id}`, {
      version: patched.body.version,
      referentId: people.otherReferent.sub,
    });
    expect(assigned.status).toBe(200);
    expect(of(await month(people.referent, '2027-07'), youth.id)).toEqual([]);
    expect(of(await month(people.otherReferent, '2027-07'), youth.id)).toEqual(['age18']);
  });

  it('refuses a malformed month with a French message, and the calendar to young people and organisers', async () => {
    const bad = await api.call(people.referent, 'GET', '/api/dashboard/calendar?month=2027-13');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/[a-zé]/);
    expect((await api.call(people.youth, 'GET', '/api/dashboard/calendar?month=2027-01')).status).toBe(403);
    expect((await api.call(people.organisateur, 'GET', '/api/dashboard/calendar?month=2027-01')).status).toBe(403);
  });
});

describe('the daily deadline alerts job', () => {
  const now = new Date();
  const today = parisDate(now);

  /** A file whose entretien was due three days ago, and one who turns 18 in ten days, in département `departement`. */
  async function dueFiles(departement: string) {
    const admin: Caller = { sub: `admin-${departement}`, role: 'admin', departement };
    const referent: Caller = { sub: `ref-${departement}`, role: 'referent', departement };
    const coordinateur: Caller = { sub: `coord-${departement}`, role: 'coordinateur', departement };
    await api.registerStaff(admin, referent, coordinateur);
    const binome = { referentId: referent.sub, coordinateurId: coordinateur.sub, careEndDate: null };
    const late = await createYouth({ ...binome, birthDate: addYears(addDays(today, -3), -17) }, admin);
    const soon = await createYouth({ ...binome, birthDate: addYears(addDays(today, 10), -18) }, admin);
    return { late, soon, referent, coordinateur };
  }

  async function storedAlerts(departement: string, youthId: string) {
    const result = await api.store.db.send(
      new QueryCommand({
        TableName: api.store.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': keys.youth(departement, youthId), ':prefix': keys.deadlineAlertPrefix },
        ConsistentRead: true,
      }),
    );
    return result.Items ?? [];
  }

  it('writes each alert once when run twice at once, and nothing on a third run', async () => {
    // Prepare
    const { late, soon, referent } = await dueFiles('2A');

    // Act
    const [first, second] = await Promise.all([
      runAlertsJob(api.store, now, { departements: ['2A'] }),
      runAlertsJob(api.store, now, { departements: ['2A'] }),
    ]);
    const third = await runAlertsJob(api.store, now, { departements: ['2A'] });

    // Assess
    const [a, b, c] = [first, second, third].map((run) => run.departements[0]);
    // Only the two files due were read again, not the département.
    expect(a).toMatchObject({ ok: true, youngPeople: 2, due: 2 });
    expect((a?.created ?? 0) + (b?.created ?? 0)).toBe(2);
    expect(c).toMatchObject({ ok: true, due: 2, created: 0, existing: 2 });
    const lateBirth = addYears(addDays(today, -3), -17);
    expect((await storedAlerts('2A', late.id)).map((item) => item.id)).toEqual([`entretien17_${addYears(lateBirth, 17)}_en_retard`]);
    expect((await storedAlerts('2A', soon.id)).map((item) => item.id)).toEqual([`age18_${addDays(today, 10)}_bientot`]);

    // They show in « Mon suivi », and one acknowledgement takes each out of it.
    const caseload = await api.call(referent, 'GET', '/api/dashboard/caseload');
    const lineOf = (youthId: string) => caseload.body.items.find((item: { youthId: string }) => item.youthId === youthId);
    expect(lineOf(soon.id).alerts).toEqual([
      expect.objectContaining({ kind: 'age18', dueOn: addDays(today, 10), stage: 'bientot', raisedOn: today }),
    ]);
    expect(lineOf(late.id).alerts).toEqual([expect.objectContaining({ kind: 'entretien17', stage: 'en_retard' })]);
    const alertId = lineOf(soon.id).alerts[0].id;
    const acknowledged = await api.call(referent, 'POST', `/api/dashboard/alerts/${soon.id}/${alertId}/acknowledge`);
    expect(acknowledged.status).toBe(200);
    expect(acknowledged.body).toMatchObject({ id: alertId, acknowledgedAt: expect.any(String) });
    expect((await api.call(referent, 'POST', `/api/dashboard/alerts/${soon.id}/${alertId}/acknowledge`)).status).toBe(409);
    const after = await api.call(referent, 'GET', '/api/dashboard/caseload');
    expect(after.body.items.find((item: { youthId: string }) => item.youthId === soon.id).alerts).toEqual([]);
    // The file keeps it, taken in hand; a fourth run does not raise it again.
    const list = await api.call(referent, 'GET', `/api/dashboard/alerts/${soon.id}`);
    expect(list.body.items).toEqual([expect.objectContaining({ id: alertId, acknowledgedAt: expect.any(String) })]);
    // The acknowledgement answered the alert as the file now lists it, nothing more or less.
    expect(list.body.items).toEqual([acknowledged.body]);
    expect((await runAlertsJob(api.store, now, { departements: ['2A'] })).departements[0]?.created).toBe(0);
  });

  it('goes on with the other départements when one fails, and says which', async () => {
    // Prepare: 2B's calendar holds an item the job cannot read.
    await dueFiles('2B');
    await dueFiles('971');
    await api.store.db.send(
      new PutCommand({
        TableName: api.store.tableName,
        Item: {
          pk: keys.youth('2B', 'BROKEN'),
          sk: keys.calendarSk('age18'),
          gsi3pk: keys.departementCalendar('2B', today.slice(0, 7)),
          gsi3sk: `${today}#BROKEN#age18`,
          kind: 'not-a-kind',
        },
      }),
    );

    // Act: every registered département, as the schedule runs it.
    const run = await runAlertsJob(api.store, now);

    // Assess
    const byCode = Object.fromEntries(run.departements.map((result) => [result.departement, result]));
    expect(byCode['2B']?.ok).toBe(false);
    expect(byCode['971']).toMatchObject({ ok: true, due: 2, created: 2 });
    expect(byCode['62']?.ok).toBe(true);
  });
});
