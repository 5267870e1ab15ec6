import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../shared/db/keys.js';
import { type CountingProxy, startCountingProxy } from '../support/counting-proxy.js';
import { type Caller, type Harness, startHarness } from '../support/harness.js';
import { newYouth, people } from '../support/people.js';
import { completePlan } from '../support/plan-body.js';

// Every date below is read against this day (Paris).
const NOW = new Date('2026-11-29T10:00:00Z');

let api: Harness;
let proxy: CountingProxy;
beforeAll(async () => {
  api = await startHarness({
    now: () => NOW,
    serverDynamoEndpoint: async (endpoint) => {
      proxy = await startCountingProxy(endpoint);
      return proxy.endpoint;
    },
  });
});
afterAll(async () => {
  await api.close();
  await proxy.close();
});

let run = 0;
/** A referent of the directory in their first year in post, following `otherCaseload` children outside Envol. */
async function newReferent(otherCaseload: number): Promise<Caller> {
  run += 1;
  const referent: Caller = { sub: `ref-caseload-${run}-${Date.now()}`, role: 'referent', departement: '62', name: 'Léa Morel' };
  const created = await api.call(people.admin, 'POST', '/api/staff', {
    sub: referent.sub,
    firstName: 'Léa',
    lastName: 'Morel',
    role: 'referent',
    startedOn: '2026-03-01',
    otherCaseload,
  });
  expect(created.status).toBe(201);
  return referent;
}

async function createYouth(referent: Caller, overrides: Record<string, unknown>) {
  const response = await api.call(people.admin, 'POST', '/api/youth', newYouth({ referentId: referent.sub, ...overrides }));
  expect(response.status).toBe(201);
  return response.body.id as string;
}

/** The DynamoDB requests one GET of the caseload sends, by operation. */
async function requestsOfOneCaseload(caller: Caller) {
  proxy.reset();
  const response = await api.call(caller, 'GET', '/api/dashboard/caseload');
  expect(response.status).toBe(200);
  return { counts: proxy.counts(), total: proxy.total(), body: response.body };
}

describe('« Mon suivi »: the caseload by urgency', () => {
  it('costs the same bounded requests for 30 young people as for 3: 4 GetItem, 1 Query, 1 BatchGetItem', async () => {
    // Prepare: a referent with 30 young people, another with 3.
    const busy = await newReferent(2);
    for (let index = 0; index < 30; index += 1) await createYouth(busy, { birthDate: `2010-0${(index % 9) + 1}-1${index % 10}` });
    const light = await newReferent(0);
    for (let index = 0; index < 3; index += 1) await createYouth(light, { birthDate: '2010-05-10' });
    // Act
    const thirty = await requestsOfOneCaseload(busy);
    const three = await requestsOfOneCaseload(light);
    // Assess
    expect(thirty.body.items).toHaveLength(30);
    expect(thirty.counts).toEqual({ GetItem: 4, Query: 1, BatchGetItem: 1 });
    expect(thirty.total).toBe(6);
    expect(three.total).toBe(thirty.total);
  });

  it('puts the late first, then the nearest date; counts outside situations against the first-year cap', async () => {
    const referent = await newReferent(20);
    const calm = await createYouth(referent, { lastName: 'Calme', birthDate: '2010-09-01', careEndDate: null });
    const lateEntretien = await createYouth(referent, { lastName: 'Retard', birthDate: '2009-11-01', careEndDate: null });
    const soon = await createYouth(referent, { lastName: 'Bientot', birthDate: '2010-01-05', careEndDate: null });
    const held = await createYouth(referent, { lastName: 'Tenu', birthDate: '2009-12-20', careEndDate: null });
    // Tenu's entretien was held: his next date is his 18th birthday, after everyone else's.
    const interview = await api.call(referent, 'POST', `/api/interviews/${held}/interviews`, {
      kind: 'entretien17',
      scheduledOn: '2026-11-20',
    });
    expect(
      (
        await api.call(referent, 'PATCH', `/api/interviews/${held}/interviews/${interview.body.id}`, {
          version: 1,
          heldOn: '2026-11-20',
          participants: [{ kind: 'jeune', name: 'Tenu' }],
        })
      ).status,
    ).toBe(200);
    // Calme has a plan action two days late and a journal entry.
    const action = { id: 'a1', label: 'Dossier CAF', who: 'jeune', dueOn: '2026-11-27', status: 'a_faire' };
    const plan = completePlan([{ id: 'g1', domain: 'logement', label: 'Un logement', planB: 'FJT', actions: [action] }]);
    expect((await api.call(referent, 'PUT', `/api/interviews/${calm}/plan`, { version: 0, ...plan })).status).toBe(200);
    expect((await api.call(referent, 'POST', `/api/youth/${calm}/journal`, { text: 'Appel', visibleToYouth: false })).status).toBe(201);

    const { body } = await requestsOfOneCaseload(referent);

    expect(body.items.map((item: { youthId: string }) => item.youthId)).toEqual([lateEntretien, calm, soon, held]);
    expect(body.items[0]).toMatchObject({ late: true, nextDeadline: { kind: 'entretien17', dueOn: '2026-11-01', late: true } });
    expect(body.items[1]).toMatchObject({ late: true, lateActions: 1, lastJournalAt: expect.any(String) });
    expect(body.items[3].nextDeadline).toEqual({ kind: 'age18', dueOn: '2027-12-20', late: false });
    expect(body.count).toEqual({ inEnvol: 4, outside: 20, total: 24, cap: 25, firstYear: true, overCap: false });
  });

  it('fills in a file from before the summary once, then costs the bounded requests again', async () => {
    const referent = await newReferent(0);
    const youthId = await createYouth(referent, { birthDate: '2010-02-01' });
    const interview = await api.call(referent, 'POST', `/api/interviews/${youthId}/interviews`, {
      kind: 'entretien17',
      scheduledOn: '2026-12-01',
    });
    expect(interview.status).toBe(201);
    // As a file stored before this version: no summary item.
    await api.store.db.send(
      new DeleteCommand({ TableName: api.store.tableName, Key: { pk: keys.youth('62', youthId), sk: keys.caseloadFactsSk } }),
    );

    const first = await requestsOfOneCaseload(referent);
    const second = await requestsOfOneCaseload(referent);

    expect(first.body.items[0].nextDeadline).toEqual({ kind: 'entretien17', dueOn: '2027-02-01', late: false });
    expect(first.total).toBeGreaterThan(6);
    expect(second.total).toBe(6);
    expect(second.body.items).toEqual(first.body.items);
  });

  it('has no cap for a coordinateur, and is refused to admins and young people (403)', async () => {
    const coordinateur = { ...people.coordinateur };
    const response = await api.call(coordinateur, 'GET', '/api/dashboard/caseload');
    expect(response.status).toBe(200);
    expect(response.body.count.cap).toBeNull();
    expect((await api.call(people.admin, 'GET', '/api/dashboard/caseload')).status).toBe(403);
    expect((await api.call(people.youth, 'GET', '/api/dashboard/caseload')).status).toBe(403);
  });
});
