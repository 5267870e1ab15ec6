import { createHash, randomBytes } from 'node:crypto';
import { BatchWriteCommand, GetCommand, QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { strFromU8, unzipSync } from 'fflate';
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

describe('handing a file over to the archives départementales', () => {
  it('answers a self-describing ZIP, then erases the file once the package named by its SHA-256 is confirmed', async () => {
    // Prepare: a file of département 60, created today, archived, its intermediate period over.
    clock = new Date();
    const dep60 = {
      admin: { sub: 'admin-60', role: 'admin', departement: '60', name: 'Agathe Admin' },
      referent: { sub: 'ref-60', role: 'referent', departement: '60' },
      coordinateur: { sub: 'coord-60', role: 'coordinateur', departement: '60' },
    } satisfies Record<string, Caller>;
    await api.registerStaff(dep60.admin, dep60.referent, dep60.coordinateur);
    const body = newYouth({
      firstName: 'Maëlys',
      lastName: 'Varenne',
      birthDate: '2006-04-01',
      careEndDate: '2025-01-31',
      referentId: dep60.referent.sub,
      coordinateurId: dep60.coordinateur.sub,
    });
    const created = await api.call(dep60.admin, 'POST', '/api/youth', body);
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const youth: Caller = { sub: body.accountSub, role: 'jeune', departement: '60' };
    clock = new Date();
    expect((await api.call(youth, 'GET', '/api/youth/me')).status).toBe(200);
    expect(
      (await api.call(dep60.referent, 'POST', `/api/youth/${id}/journal`, { text: 'Premier rendez-vous', visibleToYouth: true })).status,
    ).toBe(201);
    const archivedOn = addYears(today, 2);
    expect((await runRetentionJob(api.store, on(archivedOn), { departements: ['60'] })).departements[0]).toMatchObject({ archived: 1 });
    const decisionDay = addYears(archivedOn, 10);
    const reference = 'Bordereau de versement AD60 n° 2038-7';

    // Act: too early, then on the first day the archives may take it.
    clock = on(addDays(decisionDay, -1));
    const early = await api.call(dep60.admin, 'POST', `/api/youth/${id}/archives-package`, { decisionReference: reference });
    clock = on(decisionDay);
    const response = await fetch(`${api.url}/api/youth/${id}/archives-package`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await api.tokenFor(dep60.admin)}`, 'content-type': 'application/json' },
      body: JSON.stringify({ decisionReference: reference }),
    });
    const zip = new Uint8Array(await response.arrayBuffer());

    // Assess: the package, unzipped: the data, the readable copy, the manifest and its checksums.
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('INTERMEDIATE_PERIOD_NOT_OVER');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).not.toMatch(/Varenne|Maëlys/i);
    const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
    expect(response.headers.get('x-package-sha256')).toBe(sha256(zip));
    const entries = unzipSync(zip);
    expect(Object.keys(entries).sort()).toEqual(['dossier.html', 'dossier.json', 'manifeste.json']);
    const data = JSON.parse(strFromU8(entries['dossier.json'] ?? new Uint8Array()));
    expect(data.youth).toMatchObject({ id, firstName: 'Maëlys', lastName: 'Varenne' });
    expect(data.journal.map((entry: { text: string }) => entry.text)).toEqual(['Premier rendez-vous']);
    // The package is traced in the file's access log, and the trace travels with it.
    expect(data.audit.map((entry: { action: string }) => entry.action)).toContain('archive.package');
    const html = strFromU8(entries['dossier.html'] ?? new Uint8Array());
    expect(html).toMatch(/^<!doctype html>\n<html lang="fr">/);
    expect(html).toContain('Maëlys Varenne');
    expect(html).toContain('Premier rendez-vous');
    const manifest = JSON.parse(strFromU8(entries['manifeste.json'] ?? new Uint8Array()));
    expect(manifest.decision).toMatchObject({
      outcome: 'verse_aux_archives',
      reference,
      carriedOutBy: { sub: dep60.admin.sub, name: dep60.admin.name },
      carriedOutAt: on(decisionDay).toISOString(),
    });
    expect(manifest.retention).toMatchObject({ archivedOn, intermediateUntil: addDays(decisionDay, -1) });
    for (const entry of manifest.entries) {
      const bytes = entries[entry.name] ?? new Uint8Array();
      expect(entry).toMatchObject({ sha256: sha256(bytes), bytes: bytes.length });
    }
    expect(manifest.entries.map((entry: { name: string }) => entry.name)).toEqual(['dossier.json', 'dossier.html']);

    // Nothing is erased by the package; the hand-over needs the package's own checksum and reference.
    expect(await itemsHolding([id])).not.toEqual([]);
    const wrongPackage = await api.call(dep60.admin, 'POST', `/api/youth/${id}/hand-over`, {
      decisionReference: reference,
      packageSha256: 'b'.repeat(64),
    });
    expect(wrongPackage.status).toBe(409);
    expect(wrongPackage.body.error.code).toBe('ARCHIVES_PACKAGE_UNKNOWN');
    const handedOver = await api.call(dep60.admin, 'POST', `/api/youth/${id}/hand-over`, {
      decisionReference: reference,
      packageSha256: sha256(zip),
    });
    expect(handedOver.status).toBe(200);
    expect(handedOver.body).toMatchObject({
      outcome: 'verse_aux_archives',
      packageSha256: sha256(zip),
      decidedBy: dep60.admin.sub,
      on: decisionDay,
    });
    expect(await itemsHolding([id, youth.sub, 'Maëlys', 'Varenne'])).toEqual([]);
    expect((await api.call(youth, 'GET', '/api/youth/me')).status).toBe(404);
  });

  it('writes no « archive.package » entry for a package refused as too large: nobody received it', async () => {
    // Prepare: an archived file of département 60 whose journal would make a package over 4 MB.
    clock = new Date();
    const admin: Caller = { sub: 'admin-60', role: 'admin', departement: '60', name: 'Agathe Admin' };
    await api.registerStaff(
      admin,
      { sub: 'ref-60', role: 'referent', departement: '60' },
      { sub: 'coord-60', role: 'coordinateur', departement: '60' },
    );
    const created = await api.call(
      admin,
      'POST',
      '/api/youth',
      newYouth({ birthDate: '2006-04-01', careEndDate: '2025-01-31', referentId: 'ref-60', coordinateurId: 'coord-60' }),
    );
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const archivedOn = addYears(today, 2);
    expect((await runRetentionJob(api.store, on(archivedOn), { departements: ['60'] })).departements[0]).toMatchObject({ archived: 1 });
    // Random text does not compress: 800 entries of 4,000 characters, in the package twice (data and readable copy).
    const entries = Array.from({ length: 800 }, (_, index) => ({
      pk: keys.youth('60', id),
      sk: keys.journalSk(`01J${String(index).padStart(23, '0')}`),
      type: 'journal',
      id: `01J${String(index).padStart(23, '0')}`,
      text: randomBytes(3_000).toString('base64'),
      visibleToYouth: true,
      authorSub: 'ref-60',
      authorName: null,
      authorRole: 'referent',
      createdAt: new Date().toISOString(),
    }));
    for (let start = 0; start < entries.length; start += 25) {
      const batch = entries.slice(start, start + 25).map((Item) => ({ PutRequest: { Item } }));
      await api.store.db.send(new BatchWriteCommand({ RequestItems: { [api.store.tableName]: batch } }));
    }
    clock = on(addYears(archivedOn, 10));

    // Act
    const refused = await api.call(admin, 'POST', `/api/youth/${id}/archives-package`, { decisionReference: 'Bordereau n° 12' });

    // Assess: refused, and neither the trace nor a package to hand over was kept.
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('ARCHIVES_PACKAGE_TOO_LARGE');
    const audit = await api.store.db.send(
      new QueryCommand({
        TableName: api.store.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': keys.youth('60', id), ':prefix': keys.auditPrefix },
      }),
    );
    expect((audit.Items ?? []).map((entry) => entry.action)).not.toContain('archive.package');
    const handOver = await api.call(admin, 'POST', `/api/youth/${id}/hand-over`, {
      decisionReference: 'Bordereau n° 12',
      packageSha256: 'a'.repeat(64),
    });
    expect(handOver.body.error.code).toBe('ARCHIVES_PACKAGE_UNKNOWN');
  }, 60_000);
});
