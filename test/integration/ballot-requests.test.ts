import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { ulid } from 'ulid';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createCommitteesApp } from '../../functions/committees/app.js';
import type { Principal } from '../../shared/auth/principal.js';
import { createDocumentClient, createDynamoDbClient } from '../../shared/db/client.js';
import { committeeRepo } from '../../shared/db/committee-repo.js';
import { ephemeralCursorCodec } from '../../shared/db/cursor.js';
import { ensureTables } from '../../shared/db/ensure-table.js';
import type { Store } from '../../shared/db/store.js';
import { defaultBallotTableName } from '../../shared/db/table-definition.js';
import { youthRepo } from '../../shared/db/youth-repo.js';
import { Unauthenticated } from '../../shared/http/errors.js';
import { blind, finalize, fromBase64url, importBallotKey, prepareMessage, toBase64url } from '../../web/src/lib/blind-rsa.js';

/**
 * What whoever reads the database's requests would see (CloudTrail data events, a
 * debugging proxy): the committees app runs in the test's process over a DynamoDB client
 * with an SDK middleware that keeps every request as sent. After 50 members vote at once,
 * no request holds both a member and a choice, and no stored item does either; then, once
 * published, the same for their answers to what was done (the follow-up).
 */
const organiser: Principal = { sub: 'orga-rec', role: 'organisateur', departement: '62', name: null };
const admin: Principal = { sub: 'admin-rec', role: 'admin', departement: '62', name: null };
const OPTIONS = ['choix-rouge', 'choix-vert', 'choix-bleu'];
const recorded: string[] = [];
let store: Store;
let plainStore: Store;

beforeAll(async () => {
  const endpoint = inject('dynamoEndpoint');
  const tableName = `envol-rec-${ulid().toLowerCase()}`;
  const names = { tableName, ballotTableName: defaultBallotTableName(tableName) };
  await ensureTables(createDynamoDbClient({ endpoint }), names);
  const db = createDocumentClient({ endpoint });
  db.middlewareStack.add(
    (next) => async (args) => {
      const body = (args.request as { body?: unknown }).body;
      recorded.push(typeof body === 'string' ? body : JSON.stringify(args.input));
      return next(args);
    },
    { step: 'build', name: 'recordEveryRequest' },
  );
  store = { db, ...names, cursors: ephemeralCursorCodec() };
  plainStore = { db: createDocumentClient({ endpoint }), ...names, cursors: ephemeralCursorCodec() };
});
afterAll(() => undefined);

describe('the requests of a secret ballot', () => {
  it('never carry a member and a choice together, nor does any item, when 50 members vote at once', { timeout: 180_000 }, async () => {
    const now = new Date();
    // Set-up through the repositories, on a client that records nothing.
    const committee = await committeeRepo.create(plainStore, organiser, { kind: 'CTJ', name: 'CTJ enregistré' }, now);
    const members = await Promise.all(
      Array.from({ length: 50 }, async (_, index) => {
        const youth = await youthRepo.create(
          plainStore,
          admin,
          {
            firstName: 'Membre',
            lastName: `Rec${index}`,
            birthDate: '2008-01-01',
            accountSub: `jeune-rec-${index}-${ulid()}`,
            referentId: 'r',
            coordinateurId: 'c',
          },
          now,
        );
        await committeeRepo.addMember(plainStore, organiser, committee, youth, now);
        return youth;
      }),
    );
    const consultation = await committeeRepo.createConsultation(
      plainStore,
      committee,
      {
        title: 'Couleurs',
        questions: [{ id: 'couleur', label: 'Quelle couleur ?', kind: 'single', options: OPTIONS.map((id) => ({ id, label: id })) }],
        opensAt: new Date(now.getTime() - 60_000).toISOString(),
        closesAt: new Date(now.getTime() + 3_600_000).toISOString(),
      },
      now,
    );

    // The app as a Lambda runs it, on the recording client; "Bearer <sub>" names the caller.
    const principals = new Map<string, Principal>(
      members.map((youth) => [youth.accountSub, { sub: youth.accountSub, role: 'jeune', departement: '62', name: null } as Principal]),
    );
    const app = createCommitteesApp({
      store,
      now: () => new Date(),
      verifyToken: async (header) => {
        const principal = principals.get(header?.replace('Bearer ', '') ?? '');
        if (!principal) throw new Unauthenticated();
        return principal;
      },
    });
    const path = `/api/committees/${committee.id}/consultations/${consultation.id}`;
    const json = (body: unknown) => ({ 'content-type': 'application/json', body: JSON.stringify(body) });
    recorded.length = 0;

    const statuses = await Promise.all(
      members.map(async (youth, index) => {
        const auth = { authorization: `Bearer ${youth.accountSub}` };
        const view = (await (await app.request(path, { headers: auth })).json()) as { ballotKey: { publicKey: string } };
        const key = await importBallotKey(view.ballotKey.publicKey);
        const prepared = prepareMessage();
        const { blindedMessage, inverse } = await blind(key, prepared);
        const { body, ...type } = json({ blindedMessage: toBase64url(blindedMessage) });
        const issued = await app.request(`${path}/ballot-credential`, { method: 'POST', headers: { ...auth, ...type }, body });
        const { blindSignature } = (await issued.json()) as { blindSignature: string };
        const signature = await finalize(key, prepared, fromBase64url(blindSignature), inverse);
        const cast = json({
          departement: '62',
          credential: { message: toBase64url(prepared), signature: toBase64url(signature) },
          answers: { couleur: OPTIONS[index % 3] },
        });
        const response = await app.request(`${path}/ballots`, {
          method: 'POST',
          headers: { 'content-type': cast['content-type'] },
          body: cast.body,
        });
        return [issued.status, response.status];
      }),
    );
    expect(statuses.every(([issued, cast]) => issued === 201 && cast === 201)).toBe(true);

    const memberIds = members.flatMap((youth) => [youth.id, youth.accountSub]);
    expect(recorded.length).toBeGreaterThanOrEqual(100);
    // The requests did carry members (the credential markers) and choices (the ballots), never together.
    expect(recorded.some((request) => memberIds.some((id) => request.includes(id)))).toBe(true);
    expect(recorded.some((request) => OPTIONS.some((option) => request.includes(option)))).toBe(true);
    for (const request of recorded) {
      const member = memberIds.some((id) => request.includes(id));
      const choice = OPTIONS.some((option) => request.includes(option));
      expect(member && choice, request.slice(0, 300)).toBe(false);
    }

    // Then what was done: the organiser closes, publishes and gives a follow-up, and the
    // 50 members say at once, in two steps, whether it answers their question.
    const organiserAuth = { authorization: `Bearer ${organiser.sub}` };
    principals.set(organiser.sub, organiser);
    await committeeRepo.close(plainStore, '62', committee.id, consultation.id, new Date());
    expect((await app.request(`${path}/publish`, { method: 'POST', headers: organiserAuth })).status).toBe(200);
    const given = json({ status: 'realise', text: 'Une couleur choisie.' });
    const followUpPut = await app.request(`${path}/follow-ups/couleur`, {
      method: 'PUT',
      headers: { ...organiserAuth, 'content-type': given['content-type'] },
      body: given.body,
    });
    expect(followUpPut.status).toBe(200);
    recorded.length = 0;
    const answerStatuses = await Promise.all(
      members.map(async (youth, index) => {
        const auth = { authorization: `Bearer ${youth.accountSub}` };
        const view = (await (await app.request(path, { headers: auth })).json()) as { followUps: { answerKey: { publicKey: string } }[] };
        const key = await importBallotKey(view.followUps[0]?.answerKey.publicKey ?? '');
        const prepared = prepareMessage();
        const { blindedMessage, inverse } = await blind(key, prepared);
        const { body, ...type } = json({ blindedMessage: toBase64url(blindedMessage) });
        const issued = await app.request(`${path}/follow-ups/couleur/answer-credential`, {
          method: 'POST',
          headers: { ...auth, ...type },
          body,
        });
        const { blindSignature } = (await issued.json()) as { blindSignature: string };
        const signature = await finalize(key, prepared, fromBase64url(blindSignature), inverse);
        const cast = json({
          departement: '62',
          credential: { message: toBase64url(prepared), signature: toBase64url(signature) },
          answersMyQuestion: index % 2 === 0,
        });
        const response = await app.request(`${path}/follow-ups/couleur/answers`, {
          method: 'POST',
          headers: { 'content-type': cast['content-type'] },
          body: cast.body,
        });
        return [issued.status, response.status];
      }),
    );
    expect(answerStatuses.every(([issued, cast]) => issued === 201 && cast === 201)).toBe(true);
    // What carries a follow-up answer in a request or an item: the answer attribute, or its key.
    const ANSWER_MARKS = ['answersMyQuestion', 'FUANSWER#', 'FUTALLY#'];
    expect(recorded.some((request) => ANSWER_MARKS.some((mark) => request.includes(mark)))).toBe(true);
    expect(recorded.some((request) => memberIds.some((id) => request.includes(id)))).toBe(true);
    for (const request of recorded) {
      const member = memberIds.some((id) => request.includes(id));
      const answer = ANSWER_MARKS.some((mark) => request.includes(mark));
      expect(member && answer, request.slice(0, 300)).toBe(false);
    }

    for (const table of [store.tableName, store.ballotTableName]) {
      const items = (await plainStore.db.send(new ScanCommand({ TableName: table }))).Items ?? [];
      for (const item of items) {
        const text = JSON.stringify(item);
        const member = memberIds.some((id) => text.includes(id));
        expect(member && OPTIONS.some((option) => text.includes(option)), text).toBe(false);
        expect(member && ANSWER_MARKS.some((mark) => text.includes(mark)), text).toBe(false);
      }
    }
    const tallied = (await (await app.request(path, { headers: organiserAuth })).json()) as { followUps: { answersCount: number }[] };
    expect(tallied.followUps[0]?.answersCount).toBe(50);
  });
});
