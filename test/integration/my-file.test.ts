import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addYears, parisDate } from '../../shared/domain/calendar-date.js';
import { checkInWindow } from '../../shared/domain/check-ins.js';
import { vote } from '../support/ballot.js';
import { type CountingProxy, startCountingProxy } from '../support/counting-proxy.js';
import { type Caller, type Harness, startHarness } from '../support/harness.js';
import { newYouth, people } from '../support/people.js';
import { completePlan } from '../support/plan-body.js';

let api: Harness;
let proxy: CountingProxy;
beforeAll(async () => {
  api = await startHarness({
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

async function newYoungPerson(overrides: Record<string, unknown> = {}): Promise<{ id: string; caller: Caller }> {
  const body = newYouth(overrides);
  const created = await api.call(people.admin, 'POST', '/api/youth', body);
  expect(created.status).toBe(201);
  return { id: created.body.id, caller: { sub: body.accountSub, role: 'jeune', departement: '62', name: 'Lina Martin' } };
}

const kinds = (toDo: { kind: string }[]) => toDo.map((item) => item.kind);

describe('GET /api/youth/me: « À faire maintenant » and the binôme', () => {
  it('lists what waits for a new young person, then the plan to sign first and the entretien with its date', async () => {
    const { id, caller } = await newYoungPerson();
    const first = await api.call(caller, 'GET', '/api/youth/me');
    expect(first.status).toBe(200);
    // No date yet: prepare the entretien; no self-assessment ever sent: fill one; care ends
    // within the housing alert's 180 days with no project: start one.
    expect(first.body.toDo).toEqual([
      { kind: 'entretien', scheduledOn: null, answered: 0, preparationShared: false },
      { kind: 'self_assessment_fill', lastSentOn: null },
      { kind: 'housing_start', endsOn: '2027-03-12' },
    ]);

    const on = addDays(parisDate(new Date()), 20);
    expect(
      (await api.call(people.referent, 'POST', `/api/interviews/${id}/interviews`, { kind: 'entretien17', scheduledOn: on })).status,
    ).toBe(201);
    const plan = completePlan([{ id: 'g1', domain: 'logement', label: 'Un logement', planB: 'FJT', actions: [] }]);
    expect((await api.call(people.referent, 'PUT', `/api/interviews/${id}/plan`, { version: 0, ...plan })).status).toBe(200);
    const saved = await api.call(caller, 'PUT', `/api/interviews/${id}/preparation/answers`, {
      answers: { 'logement-actuel': 'En foyer' },
    });
    expect(saved.status).toBeLessThan(300);

    const second = await api.call(caller, 'GET', '/api/youth/me');
    expect(kinds(second.body.toDo)).toEqual(['plan_to_sign', 'entretien', 'self_assessment_fill', 'housing_start']);
    expect(second.body.toDo[1]).toEqual({ kind: 'entretien', scheduledOn: on, answered: 1, preparationShared: false });

    // Signed: the plan no longer waits.
    const read = await api.call(caller, 'GET', `/api/interviews/${id}/plan`);
    expect((await api.call(caller, 'POST', `/api/interviews/${id}/plan/sign`, { version: read.body.version })).status).toBe(200);
    expect(kinds((await api.call(caller, 'GET', '/api/youth/me')).body.toDo)).toEqual([
      'entretien',
      'self_assessment_fill',
      'housing_start',
    ]);
  });

  it('names the binôme (names and roles only) and how to reach them, from the département’s settings', async () => {
    const { caller } = await newYoungPerson();
    const settings = await api.call(people.admin, 'GET', '/api/dashboard/settings');
    const put = await api.call(people.admin, 'PUT', '/api/dashboard/settings', {
      ...settings.body,
      binomePhoneNumber: '03 21 21 00 00',
      binomeHours: 'du lundi au vendredi, de 9 h à 17 h',
      outOfHoursNumber: '03 21 21 62 62',
    });
    expect(put.status).toBe(200);
    const me = await api.call(caller, 'GET', '/api/youth/me');
    expect(me.body.binome).toEqual({
      members: [
        { role: 'referent', firstName: 'Sophie', lastName: 'Lefebvre', civility: null },
        { role: 'coordinateur', firstName: 'Karim', lastName: 'Haddad', civility: null },
      ],
      secondMemberLabel: settings.body.secondMemberLabel,
      phoneNumber: '03 21 21 00 00',
      hours: 'du lundi au vendredi, de 9 h à 17 h',
      outOfHoursNumber: '03 21 21 62 62',
    });
    // Nothing else of the directory: no caseload, date in post or login.
    expect(JSON.stringify(me.body.binome)).not.toMatch(/otherCaseload|startedOn|ref-62-a|coord-62-a/);
  });

  it('costs the same DynamoDB requests with 25 journal entries as with none', async () => {
    const quiet = await newYoungPerson();
    const busy = await newYoungPerson();
    for (let index = 0; index < 25; index += 1) {
      await api.call(people.referent, 'POST', `/api/youth/${busy.id}/journal`, { text: `Message ${index}`, visibleToYouth: true });
    }
    const count = async (caller: Caller) => {
      proxy.reset();
      expect((await api.call(caller, 'GET', '/api/youth/me')).status).toBe(200);
      return proxy.counts();
    };
    // The first opening of the day also writes the young person's contact (retention), once.
    expect(await count(quiet.caller)).toEqual({ GetItem: 11, Query: 4, UpdateItem: 1 });
    const none = await count(quiet.caller);
    expect(none).toEqual({ GetItem: 11, Query: 4 });
    expect(await count(busy.caller)).toEqual({ ...none, UpdateItem: 1 });
    expect(await count(busy.caller)).toEqual(none);
  });
});

describe('GET /api/youth/me: the check-in of 19', () => {
  it('asks a young adult who turned 19 ten days ago for it, and no longer once they decline', async () => {
    const birthDate = addDays(addYears(parisDate(new Date()), -19), -10);
    const { caller } = await newYoungPerson({ birthDate, careEndDate: null });
    const before = await api.call(caller, 'GET', '/api/youth/me');
    expect(before.body.toDo).toContainEqual({ kind: 'check_in', age: 19, closesOn: checkInWindow(birthDate, 19).closesOn });
    expect((await api.call(caller, 'POST', '/api/dashboard/check-in', { age: 19, consent: false })).status).toBe(201);
    const after = await api.call(caller, 'GET', '/api/youth/me');
    expect(kinds(after.body.toDo)).not.toContain('check_in');
  });
});

describe('GET /api/committees/votes-waiting', () => {
  it('lists the open consultations the young person has not voted in, and drops one once voted', async () => {
    const organiser: Caller = people.organisateur;
    const committee = await api.call(organiser, 'POST', '/api/committees', { kind: 'CTJ', name: 'CTJ Arras' });
    const { id, caller } = await newYoungPerson();
    expect((await api.call(organiser, 'POST', `/api/committees/${committee.body.id}/members`, { youthId: id })).status).toBe(201);
    const window = (fromMs: number, toMs: number) => ({
      opensAt: new Date(Date.now() + fromMs).toISOString(),
      closesAt: new Date(Date.now() + toMs).toISOString(),
    });
    const question = {
      id: 'q',
      label: 'Quand ?',
      kind: 'single',
      options: [
        { id: 'samedi', label: 'Samedi' },
        { id: 'mercredi', label: 'Mercredi' },
      ],
    };
    const consult = async (title: string, times: { opensAt: string; closesAt: string }) => {
      const created = await api.call(organiser, 'POST', `/api/committees/${committee.body.id}/consultations`, {
        title,
        questions: [question],
        ...times,
      });
      expect(created.status).toBe(201);
      return created.body.id as string;
    };
    const later = await consult('Plus tard', window(-60_000, 7_200_000));
    const sooner = await consult('Bientôt fini', window(-60_000, 3_600_000));
    await consult('Pas encore ouverte', window(3_600_000, 7_200_000));

    const waiting = await api.call(caller, 'GET', '/api/committees/votes-waiting');
    expect(waiting.status).toBe(200);
    expect(waiting.body.items.map((item: { consultationId: string }) => item.consultationId)).toEqual([sooner, later]);
    expect(waiting.body.items[0]).toMatchObject({ kind: 'vote', committeeId: committee.body.id, title: 'Bientôt fini' });

    const voted = await vote(api, caller, `/api/committees/${committee.body.id}/consultations/${sooner}`, { q: 'samedi' });
    expect(voted.status).toBe(201);
    const after = await api.call(caller, 'GET', '/api/committees/votes-waiting');
    expect(after.body.items.map((item: { consultationId: string }) => item.consultationId)).toEqual([later]);

    // Someone who is in no committee has nothing waiting.
    const alone = await newYoungPerson();
    expect((await api.call(alone.caller, 'GET', '/api/committees/votes-waiting')).body).toEqual({ items: [] });
  });
});
