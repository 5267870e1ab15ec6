import { GetCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRetentionJob } from '../../functions/retention/job.js';
import { keys } from '../../shared/db/keys.js';
import { addDays, addYears, parisDate } from '../../shared/domain/calendar-date.js';
import { requestCredential } from '../support/ballot.js';
import { type Caller, type Harness, startHarness } from '../support/harness.js';
import { newYouth } from '../support/people.js';

let clock = new Date();
let api: Harness;
beforeAll(async () => {
  api = await startHarness({ now: () => clock });
});
afterAll(() => api.close());

const today = parisDate(new Date());
/** Noon UTC on a Paris calendar day. */
const on = (day: string) => new Date(`${day}T12:00:00Z`);

const departement = '59';
const admin: Caller = { sub: 'admin-59', role: 'admin', departement, name: 'Aline Admin' };
const referent: Caller = { sub: 'ref-59', role: 'referent', departement, name: 'Rémi Référent' };
const coordinateur: Caller = { sub: 'coord-59', role: 'coordinateur', departement, name: 'Colette Coord' };
const organiser: Caller = { sub: 'orga-59', role: 'organisateur', departement, name: 'Odile Orga' };

const person = { firstName: 'Zélie', lastName: 'Quennec-Brasseur', email: 'zelie.quennec@example.fr', phone: '06 98 76 54 32' };

/** Lower case, no accents: how names are also kept in sort keys. */
const fold = (value: string) =>
  value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

async function scanAll(tableName: string): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await api.store.db.send(new ScanCommand({ TableName: tableName, ExclusiveStartKey: start, ConsistentRead: true }));
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

/** Every item of both tables of the harness that holds one of `needles` anywhere (keys, attributes, nested), folded. */
async function itemsHolding(needles: readonly string[]): Promise<Record<string, unknown>[]> {
  const folded = needles.map(fold);
  const items = [...(await scanAll(api.store.tableName)), ...(await scanAll(api.store.ballotTableName))];
  return items.filter((item) => {
    const text = fold(JSON.stringify(item));
    return folded.some((needle) => text.includes(needle));
  });
}

async function createFile(overrides: Record<string, unknown>) {
  const body = newYouth({
    referentId: referent.sub,
    coordinateurId: coordinateur.sub,
    birthDate: '2006-05-02',
    careEndDate: '2025-01-31',
    ...overrides,
  });
  const response = await api.call(admin, 'POST', '/api/youth', body);
  expect(response.status).toBe(201);
  return { id: response.body.id as string, youth: { sub: body.accountSub, role: 'jeune', departement } satisfies Caller };
}

describe('destroying a file at the end of its intermediate period', () => {
  it('leaves no item of the person in any table, only a record without personal data, and is refused before its time', async () => {
    // Prepare: a file used for real (contact, messages, a note, an interview, an alert, channels, a committee and a vote), and another one.
    await api.registerStaff(admin, referent, coordinateur, organiser);
    const { id, youth } = await createFile({ firstName: person.firstName, lastName: person.lastName });
    const other = await createFile({ firstName: 'Yanis', lastName: 'Autre', birthDate: '2006-05-03' });
    expect((await api.call(youth, 'GET', '/api/youth/me')).status).toBe(200);
    const message = await api.call(
      youth,
      'POST',
      `/api/youth/${id}/journal`,
      { text: 'Bonjour, c’est Zélie', visibleToYouth: true },
      { 'idempotency-key': 'zelie-message-1' },
    );
    expect(message.status).toBe(201);
    expect((await api.call(referent, 'POST', `/api/youth/${id}/journal`, { text: 'Note du référent', visibleToYouth: false })).status).toBe(
      201,
    );
    expect(
      (await api.call(referent, 'POST', `/api/interviews/${id}/interviews`, { kind: 'entretien17', scheduledOn: '2024-12-15' })).status,
    ).toBe(201);
    expect((await api.call(youth, 'POST', '/api/dashboard/help', { reason: 'pas_ou_dormir' })).status).toBe(201);
    expect((await api.call(youth, 'POST', '/api/reminders/me/email', { email: person.email })).status).toBe(201);
    expect((await api.call(youth, 'POST', '/api/reminders/me/phone', { phone: person.phone })).status).toBe(201);
    expect((await api.call(referent, 'GET', `/api/youth/${id}`)).status).toBe(200);
    const committee = await api.call(organiser, 'POST', '/api/committees', { kind: 'CTJ', name: 'CTJ Littoral', territory: 'Littoral' });
    expect(committee.status).toBe(201);
    const committeeId = committee.body.id as string;
    for (const memberId of [id, other.id]) {
      expect((await api.call(organiser, 'POST', `/api/committees/${committeeId}/members`, { youthId: memberId })).status).toBe(201);
    }
    const consultation = await api.call(organiser, 'POST', `/api/committees/${committeeId}/consultations`, {
      title: 'Nos réunions',
      questions: [
        {
          id: 'horaire',
          label: 'Quand ?',
          kind: 'single',
          options: [
            { id: 'soir', label: 'Le soir' },
            { id: 'samedi', label: 'Le samedi' },
          ],
        },
      ],
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(consultation.status).toBe(201);
    const consultationPath = `/api/committees/${committeeId}/consultations/${consultation.body.id}`;
    const { response: credential } = await requestCredential(api, youth, consultationPath, { feedback: 'Plutôt le samedi' });
    expect(credential.status).toBe(201);
    const needles = [id, youth.sub, person.firstName, person.lastName, person.email, '698765432'];
    for (const needle of needles) expect(await itemsHolding([needle]), needle).not.toEqual([]);
    const ballotMarkers = (await scanAll(api.store.ballotTableName)).filter((item) => String(item.sk).endsWith(id));
    expect(ballotMarkers.map((item) => String(item.sk).split('#')[0]).sort()).toEqual(['FBCOUNT', 'PARTICIPATION']);

    // Both files leave the active base two years after the last contact.
    const archivedOn = addYears(today, 2);
    const run = await runRetentionJob(api.store, on(archivedOn), { departements: [departement] });
    expect(run.departements[0]).toMatchObject({ ok: true, archived: 2 });
    const decisionDay = addYears(archivedOn, 10);
    const reference = { decisionReference: 'Visa AD59 n° 2038-114' };

    // Act and assess: refused on its last day in the intermediate archive, with a name in the reference, on an active file, by anyone but an admin.
    clock = on(addDays(decisionDay, -1));
    const early = await api.call(admin, 'POST', `/api/youth/${id}/destroy`, reference);
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('INTERMEDIATE_PERIOD_NOT_OVER');
    clock = on(decisionDay);
    const named = await api.call(admin, 'POST', `/api/youth/${id}/destroy`, { decisionReference: 'Élimination dossier QUENNEC' });
    expect(named.status).toBe(400);
    expect(named.body.error.details[0].path).toBe('json.decisionReference');
    expect((await api.call(youth, 'POST', `/api/youth/${id}/destroy`, reference)).status).toBe(403);
    expect((await api.call(referent, 'POST', `/api/youth/${id}/destroy`, reference)).status).toBe(404);
    const otherDepartement = await api.call({ ...admin, departement: '62' }, 'POST', `/api/youth/${id}/destroy`, reference);
    expect(otherDepartement.status).toBe(404);
    expect(await itemsHolding([id])).not.toEqual([]);

    const destroyed = await api.call(admin, 'POST', `/api/youth/${id}/destroy`, reference);
    expect(destroyed.status).toBe(200);
    expect(destroyed.body).toMatchObject({
      outcome: 'detruit',
      fileKind: 'accompagnement_autonomie_ase_16_21',
      decisionReference: 'Visa AD59 n° 2038-114',
      decidedBy: admin.sub,
      on: decisionDay,
      packageSha256: null,
    });

    // Nothing of the person in any table: not their id, login, names, address or number.
    expect(await itemsHolding(needles)).toEqual([]);
    // The record is what is left: it says what, when, by whom and under which decision.
    const record = await api.store.db.send(
      new GetCommand({
        TableName: api.store.tableName,
        Key: { pk: keys.retentionDecisions(departement), sk: keys.retentionDecisionSk(decisionDay, destroyed.body.id) },
      }),
    );
    expect(record.Item).toMatchObject({ type: 'retentionDecision', outcome: 'detruit', decidedBy: admin.sub });
    // Gone for everyone, for good; the other file, its membership and the committee are untouched.
    expect((await api.call(youth, 'GET', '/api/youth/me')).status).toBe(404);
    expect((await api.call(admin, 'GET', `/api/youth/${id}`)).status).toBe(404);
    expect((await api.call(admin, 'POST', `/api/youth/${id}/destroy`, reference)).status).toBe(404);
    expect((await api.call(admin, 'POST', `/api/youth/${id}/reopen`, { reason: 'Le jeune revient vers le service' })).status).toBe(404);
    const archived = await api.call(admin, 'GET', '/api/youth/archived?limit=100');
    expect(archived.body.items.map((item: { id: string }) => item.id)).toEqual([other.id]);
    const members = await api.call(organiser, 'GET', `/api/committees/${committeeId}/members`);
    expect(members.body.items.map((item: { youthId: string }) => item.youthId)).toEqual([other.id]);
    expect((await api.call(organiser, 'GET', `/api/committees/${committeeId}`)).body.memberCount).toBe(1);
  });
});
