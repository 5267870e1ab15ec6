import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../functions/local/seed-demo.js';
import { logger } from '../../shared/http/logger.js';
import { answerFollowUp, type Credential, castBallot, requestCredential, vote } from '../support/ballot.js';
import { type Caller, type Harness, startHarness } from '../support/harness.js';
import { newYouth, people } from '../support/people.js';

let api: Harness;
beforeAll(async () => {
  api = await startHarness();
});
afterAll(() => api.close());

const organiser = people.organisateur;

interface Member {
  youthId: string;
  caller: Caller;
}

async function createMembers(committeeId: string, count: number): Promise<Member[]> {
  const members: Member[] = [];
  for (let index = 0; index < count; index += 1) {
    const body = newYouth();
    const youth = await api.call(people.admin, 'POST', '/api/youth', body);
    const added = await api.call(organiser, 'POST', `/api/committees/${committeeId}/members`, { youthId: youth.body.id });
    expect(added.status).toBe(201);
    members.push({ youthId: youth.body.id, caller: { sub: body.accountSub, role: 'jeune', departement: '62' } });
  }
  return members;
}

async function createCommittee(name = 'CTJ Arras') {
  const response = await api.call(organiser, 'POST', '/api/committees', { kind: 'CTJ', name, territory: 'Arrageois' });
  expect(response.status).toBe(201);
  return response.body.id as string;
}

function openWindow() {
  return { opensAt: new Date(Date.now() - 60_000).toISOString(), closesAt: new Date(Date.now() + 3_600_000).toISOString() };
}

const questions = [
  {
    id: 'transport',
    label: 'Comment venir aux réunions ?',
    kind: 'single',
    options: [
      { id: 'choix-velo', label: 'Vélo' },
      { id: 'choix-bus', label: 'Bus' },
      { id: 'choix-voiture', label: 'Covoiturage' },
    ],
  },
  {
    id: 'sujets',
    label: 'Sujets prioritaires',
    kind: 'multiple',
    options: [
      { id: 'sujet-logement', label: 'Logement' },
      { id: 'sujet-argent', label: 'Argent' },
    ],
  },
];

async function createConsultation(committeeId: string, overrides: Record<string, unknown> = {}) {
  const response = await api.call(organiser, 'POST', `/api/committees/${committeeId}/consultations`, {
    title: 'Nos réunions',
    questions,
    ...openWindow(),
    ...overrides,
  });
  expect(response.status).toBe(201);
  return response.body.id as string;
}

describe('committees and members', () => {
  it('lets an organisateur create a committee they then organise, and hides it from other organisateurs', async () => {
    const id = await createCommittee();
    const mine = await api.call(organiser, 'GET', '/api/committees');
    expect(mine.body.items.map((item: { id: string }) => item.id)).toContain(id);
    const other = { sub: 'orga-62-other', role: 'organisateur' as const, departement: '62' };
    expect((await api.call(other, 'GET', `/api/committees/${id}`)).status).toBe(404);
    expect((await api.call(people.admin, 'GET', `/api/committees/${id}`)).status).toBe(200);
    expect((await api.call(people.admin59, 'GET', `/api/committees/${id}`)).status).toBe(404);
    expect((await api.call(people.referent, 'POST', '/api/committees', { kind: 'CDJ', name: 'x' })).status).toBe(403);
  });

  it('adds young people of the same département only, once each', async () => {
    const committeeId = await createCommittee();
    const [member] = await createMembers(committeeId, 1);
    const again = await api.call(organiser, 'POST', `/api/committees/${committeeId}/members`, { youthId: member?.youthId });
    expect(again.status).toBe(409);
    const unknown = await api.call(organiser, 'POST', `/api/committees/${committeeId}/members`, { youthId: '01JD2Y3QK9V8N6M4R2T0W1X5Z7' });
    expect(unknown.status).toBe(404);
    const listed = await api.call(member?.caller ?? null, 'GET', '/api/committees');
    expect(listed.body.items.map((item: { id: string }) => item.id)).toEqual([committeeId]);
    // The young person sees in their audit log who put them in the committee.
    const audit = await api.call(member?.caller ?? null, 'GET', `/api/youth/${member?.youthId}/audit`);
    expect(audit.body.items[0]).toMatchObject({ actorSub: organiser.sub, action: 'committee.join' });
  });
});

describe('finding young people to add', () => {
  function uniqueLetters() {
    return Date.now()
      .toString(36)
      .replace(/\d/g, (digit) => 'abcdefghij'[Number(digit)] ?? 'a');
  }

  async function youthAudit(youthId: string) {
    const audit = await api.call(people.admin, 'GET', `/api/youth/${youthId}/audit?limit=100`);
    return audit.body.items as { action: string; actorSub: string }[];
  }

  it('finds young people of the département who are not members yet, by the start of their last name, accents and case ignored', async () => {
    const committeeId = await createCommittee();
    const lastName = `Évrard${uniqueLetters()}`;
    const youth = await api.call(people.admin, 'POST', '/api/youth', newYouth({ lastName, firstName: 'Maëlle' }));
    const query = encodeURIComponent(lastName.slice(0, 12).replace('É', 'e'));
    const found = await api.call(organiser, 'GET', `/api/committees/${committeeId}/candidates?q=${query}`);
    expect(found.status).toBe(200);
    expect(found.body.items).toEqual([{ youthId: youth.body.id, firstName: 'Maëlle', lastName }]);
    await api.call(organiser, 'POST', `/api/committees/${committeeId}/members`, { youthId: youth.body.id });
    const again = await api.call(organiser, 'GET', `/api/committees/${committeeId}/candidates?q=${encodeURIComponent(lastName)}`);
    expect(again.status).toBe(200);
    expect(again.body.items).toEqual([]);
  });

  it('still finds ten non-members when members come first in name order', async () => {
    const committeeId = await createCommittee();
    const family = `Duval${uniqueLetters()}`;
    const created: string[] = [];
    for (let index = 0; index < 13; index += 1) {
      const youth = await api.call(
        people.admin,
        'POST',
        '/api/youth',
        newYouth({ lastName: family, firstName: `P${'abcdefghijklm'[index]}` }),
      );
      created.push(youth.body.id);
    }
    // The three first in name order become members.
    for (const youthId of created.slice(0, 3)) await api.call(organiser, 'POST', `/api/committees/${committeeId}/members`, { youthId });
    const found = await api.call(organiser, 'GET', `/api/committees/${committeeId}/candidates?q=${family}`);
    expect(found.body.items.map((item: { youthId: string }) => item.youthId)).toEqual(created.slice(3, 13));
  });

  it('writes the search into « Qui a consulté mon dossier » of each young person it returns, and of no one else', async () => {
    const committeeId = await createCommittee();
    const family = `Roux${uniqueLetters()}`;
    const shown = await api.call(people.admin, 'POST', '/api/youth', newYouth({ lastName: family }));
    const member = await api.call(people.admin, 'POST', '/api/youth', newYouth({ lastName: `${family}a` }));
    await api.call(organiser, 'POST', `/api/committees/${committeeId}/members`, { youthId: member.body.id });
    const found = await api.call(organiser, 'GET', `/api/committees/${committeeId}/candidates?q=${family}`);
    expect(found.body.items.map((item: { youthId: string }) => item.youthId)).toEqual([shown.body.id]);
    expect((await youthAudit(shown.body.id)).filter((entry) => entry.action === 'committee.search')).toEqual([
      expect.objectContaining({ actorSub: organiser.sub }),
    ]);
    // The member was left out of the answer: nothing says the organiser saw them.
    expect((await youthAudit(member.body.id)).map((entry) => entry.action)).not.toContain('committee.search');
    // The young person reads it themself.
    const own = await api.call(
      { sub: shown.body.accountSub, role: 'jeune', departement: '62' },
      'GET',
      `/api/youth/${shown.body.id}/audit`,
    );
    expect(own.body.items.map((entry: { action: string }) => entry.action)).toContain('committee.search');
  });

  it('needs three letters, in the error shape, and never lists more than ten', async () => {
    const committeeId = await createCommittee();
    for (const query of ['m', 'Ma', "M'a", '- -', 'Ma%25']) {
      const refused = await api.call(organiser, 'GET', `/api/committees/${committeeId}/candidates?q=${query}`);
      expect(refused.status, query).toBe(400);
      expect(refused.body.error).toMatchObject({ code: 'VALIDATION_ERROR', details: [expect.objectContaining({ path: 'query.q' })] });
    }
    const many = await api.call(organiser, 'GET', `/api/committees/${committeeId}/candidates?q=Martin`);
    expect(many.status).toBe(200);
    expect(many.body.items.length).toBeLessThanOrEqual(10);
  });

  it('limits each organiser to 20 searches in ten minutes: then 429 in the error shape with Retry-After, others unaffected', async () => {
    const busy = { sub: `orga-62-busy-${uniqueLetters()}`, role: 'organisateur' as const, departement: '62' };
    const created = await api.call(busy, 'POST', '/api/committees', { kind: 'CTJ', name: 'CTJ Lens' });
    const path = `/api/committees/${created.body.id}/candidates?q=Zzz`;
    for (let index = 0; index < 20; index += 1) expect((await api.call(busy, 'GET', path)).status).toBe(200);
    const refused = await api.call(busy, 'GET', path);
    expect(refused.status).toBe(429);
    expect(refused.body.error).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      details: [expect.objectContaining({ retryAfterSeconds: expect.any(Number) })],
    });
    expect(refused.body.error.message).toMatch(/Réessayez/);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const committeeId = await createCommittee();
    expect((await api.call(organiser, 'GET', `/api/committees/${committeeId}/candidates?q=Zzz`)).status).toBe(200);
  });
});

describe('secret ballot', () => {
  const consultationPath = (committeeId: string, consultationId: string) =>
    `/api/committees/${committeeId}/consultations/${consultationId}`;

  it('gives each member one credential: the same request again gets the same one, another is refused with 409 ALREADY_VOTED', async () => {
    const committeeId = await createCommittee();
    const [member] = await createMembers(committeeId, 1);
    const caller = member?.caller as Caller;
    const path = consultationPath(committeeId, await createConsultation(committeeId));
    const key = (await api.call(caller, 'GET', path)).body.ballotKey;
    expect(key).toMatchObject({ suite: 'RSABSSA-SHA384-PSS-Randomized', publicKey: expect.any(String) });
    const blindedMessage = 'B'.repeat(342);
    // A phone may send an Idempotency-Key: for a credential, nothing is kept of it.
    const first = await api.call(caller, 'POST', `${path}/ballot-credential`, { blindedMessage }, { 'idempotency-key': 'ballot-key-123' });
    expect(first.status).toBe(201);
    const stored = await api.store.db.send(new ScanCommand({ TableName: api.store.tableName }));
    expect((stored.Items ?? []).filter((item) => String(item.pk).includes('ballot-key-123'))).toEqual([]);
    const again = await api.call(caller, 'POST', `${path}/ballot-credential`, { blindedMessage });
    expect(again.status).toBe(201);
    expect(again.body.blindSignature).toBe(first.body.blindSignature);
    const other = await requestCredential(api, caller, path);
    expect(other.response.status).toBe(409);
    expect(other.response.body.error.code).toBe('ALREADY_VOTED');
    expect((await api.call(caller, 'GET', path)).body).toMatchObject({ hasVoted: true, ballots: 0 });
  });

  it('counts a ballot cast with no identity once; the same again is recorded (200), other answers get 409, and a token is refused', async () => {
    const committeeId = await createCommittee();
    const [member] = await createMembers(committeeId, 1);
    const caller = member?.caller as Caller;
    const path = consultationPath(committeeId, await createConsultation(committeeId));
    const { credential } = await requestCredential(api, caller, path);
    if (!credential) throw new Error('no credential');
    const answers = { transport: 'choix-bus', sujets: ['sujet-argent', 'sujet-logement'] };

    const withToken = await api.call(caller, 'POST', `${path}/ballots`, { departement: '62', credential, answers });
    expect(withToken.status).toBe(400);
    expect(withToken.body.error.code).toBe('IDENTITY_NOT_ALLOWED');
    const withCookie = await api.call(null, 'POST', `${path}/ballots`, { departement: '62', credential, answers }, { cookie: 'session=1' });
    expect(withCookie.body.error.code).toBe('IDENTITY_NOT_ALLOWED');

    expect((await castBallot(api, path, '62', credential, answers)).status).toBe(201);
    const retried = await castBallot(api, path, '62', credential, { sujets: ['sujet-logement', 'sujet-argent'], transport: 'choix-bus' });
    expect(retried.status).toBe(200);
    expect(retried.body).toEqual({ accepted: true });
    const changed = await castBallot(api, path, '62', credential, { transport: 'choix-velo' });
    expect(changed.status).toBe(409);
    expect(changed.body.error.code).toBe('BALLOT_ALREADY_CAST');
    expect((await api.call(caller, 'GET', path)).body).toMatchObject({ hasVoted: true, ballots: 1 });
  });

  it('refuses forged credentials, another consultation’s, a wrong département and unknown options with 400, counting nothing', async () => {
    const committeeId = await createCommittee();
    const [member] = await createMembers(committeeId, 1);
    const caller = member?.caller as Caller;
    const path = consultationPath(committeeId, await createConsultation(committeeId));
    const otherPath = consultationPath(committeeId, await createConsultation(committeeId));
    const mine = (await requestCredential(api, caller, path)).credential as Credential;
    const elsewhere = (await requestCredential(api, caller, otherPath)).credential as Credential;
    const answers = { transport: 'choix-bus' };

    const forgedSignature = `${mine.signature.slice(0, 100)}${mine.signature[100] === 'A' ? 'B' : 'A'}${mine.signature.slice(101)}`;
    const refusals = [
      await castBallot(api, path, '62', elsewhere, answers),
      await castBallot(api, path, '62', { ...mine, signature: forgedSignature }, answers),
      await castBallot(api, path, '62', { ...mine, message: elsewhere.message }, answers),
      await castBallot(api, path, '62', mine, { transport: 'choix-fusee' }),
      await castBallot(api, path, '62', mine, { meteo: 'choix-bus' }),
    ];
    expect(refusals.map((response) => response.status)).toEqual([400, 400, 400, 400, 400]);
    expect(refusals.slice(0, 3).map((response) => response.body.error.code)).toEqual(Array(3).fill('INVALID_BALLOT_CREDENTIAL'));
    expect((await castBallot(api, path, '59', mine, answers)).status).toBe(404);
    expect((await api.call(caller, 'GET', path)).body.ballots).toBe(0);
    // Nothing was spent: the credential still counts once.
    expect((await castBallot(api, path, '62', mine, answers)).status).toBe(201);
  });

  it('refuses credentials before opening and after an early close with 409 CONSULTATION_CLOSED; a ballot counted in time is still recorded', async () => {
    const committeeId = await createCommittee();
    const [member, latecomer] = await createMembers(committeeId, 2);
    const future = consultationPath(
      committeeId,
      await createConsultation(committeeId, {
        opensAt: new Date(Date.now() + 3_600_000).toISOString(),
        closesAt: new Date(Date.now() + 7_200_000).toISOString(),
      }),
    );
    const early = await api.call(member?.caller ?? null, 'POST', `${future}/ballot-credential`, { blindedMessage: 'A'.repeat(342) });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('CONSULTATION_CLOSED');
    const path = consultationPath(committeeId, await createConsultation(committeeId));
    const counted = (await requestCredential(api, member?.caller as Caller, path)).credential as Credential;
    const unspent = (await requestCredential(api, latecomer?.caller as Caller, path)).credential as Credential;
    expect((await castBallot(api, path, '62', counted, { transport: 'choix-bus' })).status).toBe(201);
    expect((await api.call(organiser, 'POST', `${path}/close`)).status).toBe(200);

    const late = await castBallot(api, path, '62', unspent, { transport: 'choix-bus' });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('CONSULTATION_CLOSED');
    expect((await castBallot(api, path, '62', counted, { transport: 'choix-bus' })).status).toBe(200);
    const lateCredential = await api.call(latecomer?.caller ?? null, 'POST', `${path}/ballot-credential`, {
      blindedMessage: 'A'.repeat(342),
    });
    expect(lateCredential.body.error.code).toBe('CONSULTATION_CLOSED');
    expect((await api.call(organiser, 'GET', `${path}/results`)).body.ballots).toBe(1);
  });

  it('counts exactly the ballots accepted with 201 when the organiser closes while members cast, and none once the results are published', {
    timeout: 60_000,
  }, async () => {
    const committeeId = await createCommittee();
    const members = await createMembers(committeeId, 12);
    const path = consultationPath(committeeId, await createConsultation(committeeId));
    const publicKey = (await api.call(members[0]?.caller ?? null, 'GET', path)).body.ballotKey.publicKey;
    const credentials = await Promise.all(
      members.map(async (member) => (await requestCredential(api, member.caller, path, { publicKey })).credential as Credential),
    );
    const answers = { transport: 'choix-bus' };
    const early = credentials.slice(0, 6);
    const racing = credentials.slice(6);
    for (const credential of early) expect((await castBallot(api, path, '62', credential, answers)).status).toBe(201);

    // The close lands among six ballots: each is either counted (201) or refused as too late, never both, never lost.
    const [closed, ...casts] = await Promise.all([
      api.call(organiser, 'POST', `${path}/close`),
      ...racing.map((credential) => castBallot(api, path, '62', credential, answers)),
    ]);
    expect(closed?.status).toBe(200);
    const accepted = casts.filter((cast) => cast.status === 201).length;
    for (const cast of casts.filter((response) => response.status !== 201)) {
      expect(cast.status).toBe(409);
      expect(cast.body.error.code).toBe('CONSULTATION_CLOSED');
    }
    const results = await api.call(organiser, 'GET', `${path}/results`);
    expect(results.body.ballots).toBe(early.length + accepted);
    const transport = results.body.questions.find((question: { id: string }) => question.id === 'transport');
    expect(transport.options.find((option: { id: string }) => option.id === 'choix-bus').count).toBe(early.length + accepted);

    expect((await api.call(organiser, 'POST', `${path}/publish`)).status).toBe(200);
    const after = await Promise.all(racing.map((credential) => castBallot(api, path, '62', credential, { transport: 'choix-velo' })));
    // Counted in time, sent again with other answers: 409 as always; never counted in time: too late.
    expect(after.map((cast) => cast.body.error.code).sort()).toEqual(
      [...Array(accepted).fill('BALLOT_ALREADY_CAST'), ...Array(racing.length - accepted).fill('CONSULTATION_CLOSED')].sort(),
    );
    // No feedback was given: the published results are exactly those read at the close.
    expect((await api.call(organiser, 'GET', `${path}/results`)).body).toEqual(results.body);
  });

  it('answers 404 to a young person who is not a member and 403 to its organisateur when they ask for a credential', async () => {
    const committeeId = await createCommittee();
    const path = consultationPath(committeeId, await createConsultation(committeeId));
    const outsider = { sub: 'jeune-62-outsider', role: 'jeune' as const, departement: '62' };
    expect((await api.call(outsider, 'POST', `${path}/ballot-credential`, { blindedMessage: 'A'.repeat(342) })).status).toBe(404);
    expect((await api.call(organiser, 'POST', `${path}/ballot-credential`, { blindedMessage: 'A'.repeat(342) })).status).toBe(403);
  });

  it('gives one member asking 20 times at once one credential, and counts one credential cast 20 times at once once', async () => {
    const committeeId = await createCommittee();
    const [member] = await createMembers(committeeId, 1);
    const caller = member?.caller as Caller;
    const path = consultationPath(committeeId, await createConsultation(committeeId));
    const publicKey = (await api.call(caller, 'GET', path)).body.ballotKey.publicKey;
    const requests = await Promise.all(Array.from({ length: 20 }, () => requestCredential(api, caller, path, { publicKey })));
    const issued = requests.filter((request) => request.credential);
    expect(issued).toHaveLength(1);
    expect(requests.filter((request) => request.response.body?.error?.code === 'ALREADY_VOTED')).toHaveLength(19);

    const credential = issued[0]?.credential as Credential;
    const casts = await Promise.all(Array.from({ length: 20 }, () => castBallot(api, path, '62', credential, { transport: 'choix-velo' })));
    expect(casts.filter((response) => response.status === 201)).toHaveLength(1);
    expect(casts.filter((response) => response.status === 200)).toHaveLength(19);
    await api.call(organiser, 'POST', `${path}/close`);
    expect((await api.call(organiser, 'GET', `${path}/results`)).body).toMatchObject({ ballots: 1, withheld: true });
  });

  // A hundred concurrent requests: seconds alone, longer beside other test files on two cores.
  it('counts exactly one ballot per member when 50 members vote at once, each twice; no log line nor item links a member to a choice', {
    timeout: 120_000,
  }, async () => {
    const committeeId = await createCommittee('CDJ Pas-de-Calais');
    const members = await createMembers(committeeId, 50);
    const path = consultationPath(committeeId, await createConsultation(committeeId));
    const choices = ['choix-velo', 'choix-bus', 'choix-voiture'];

    const captured: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    logger.setLogLevel('INFO');
    process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      captured.push(String(chunk));
      return write(chunk as string, ...(rest as []));
    }) as typeof process.stdout.write;
    let responses: { status: number }[];
    try {
      responses = await Promise.all(
        members.flatMap((member, index) => {
          const answers = { transport: choices[index % 3] as string, sujets: ['sujet-logement'] };
          const feedback = `Avis numéro ${index}`;
          return [vote(api, member.caller, path, answers, { feedback }), vote(api, member.caller, path, answers, { feedback })];
        }),
      );
    } finally {
      process.stdout.write = write;
      logger.setLogLevel('WARN');
    }

    expect(responses.filter((response) => response.status === 201)).toHaveLength(50);
    expect(responses.filter((response) => response.status === 409)).toHaveLength(50);

    const sealed = await api.call(organiser, 'GET', `${path}/results`);
    expect(sealed.body).toEqual({ ballots: 50, withheld: true, reason: 'consultation_ouverte' });

    await api.call(organiser, 'POST', `${path}/close`);
    const results = await api.call(organiser, 'GET', `${path}/results`);
    expect(results.body.ballots).toBe(50);
    const transport = results.body.questions.find((question: { id: string }) => question.id === 'transport');
    expect(transport.options.reduce((sum: number, option: { count: number }) => sum + option.count, 0)).toBe(50);
    expect(transport.options.map((option: { count: number }) => option.count)).toEqual([17, 17, 16]);
    expect(results.body.feedback).toHaveLength(50);

    // No log line carries a member, a choice or a feedback text.
    const logs = captured.join('');
    expect(logs).toContain('"route":"/api/committees/:committeeId/consultations/:consultationId/ballots"');
    expect(logs).toContain('"route":"/api/committees/:committeeId/consultations/:consultationId/ballot-credential"');
    for (const secret of [
      'choix-',
      'sujet-',
      'Avis numéro',
      ...members.map((member) => member.youthId),
      ...members.map((member) => member.caller.sub),
    ]) {
      expect(logs).not.toContain(secret);
    }

    // Whoever reads the tables cannot link a member to a choice: no item holds both.
    const memberIds = members.flatMap((member) => [member.youthId, member.caller.sub]);
    const optionIds = questions.flatMap((question) => question.options.map((option) => option.id));
    for (const table of [api.store.tableName, api.store.ballotTableName]) {
      const scanned = await api.store.db.send(new ScanCommand({ TableName: table }));
      for (const item of scanned.Items ?? []) {
        const text = JSON.stringify(item);
        const mentionsMember = memberIds.some((id) => text.includes(id));
        const mentionsChoice = optionIds.some((id) => text.includes(id)) || text.includes('Avis numéro');
        expect(mentionsMember && mentionsChoice, text).toBe(false);
      }
    }
  });
});

describe('results, publication and follow-ups', () => {
  it('keeps the real closing time when an organiser closes an ended consultation', async () => {
    const committeeId = await createCommittee();
    const closesAt = new Date(Date.now() - 60_000).toISOString();
    const consultationId = await createConsultation(committeeId, { opensAt: new Date(Date.now() - 3_600_000).toISOString(), closesAt });
    const closed = await api.call(organiser, 'POST', `/api/committees/${committeeId}/consultations/${consultationId}/close`);
    expect(closed.body).toMatchObject({ status: 'fermee', closedAt: null, closesAt });
  });

  it.each([2, 4])('refuses a threshold of %i: never below 5 ballots', async (minBallots) => {
    const committeeId = await createCommittee();
    const response = await api.call(organiser, 'POST', `/api/committees/${committeeId}/consultations`, {
      title: 'Seuil trop bas',
      questions,
      ...openWindow(),
      minBallots,
    });
    expect(response.status).toBe(400);
    expect(response.body.error.details[0].path).toBe('json.minBallots');
  });

  it('warns the organiser when the committee has fewer members than the threshold, and not otherwise', async () => {
    const small = await createCommittee();
    await createMembers(small, 3);
    const warned = await api.call(organiser, 'POST', `/api/committees/${small}/consultations`, {
      title: 'Petit',
      questions,
      ...openWindow(),
    });
    expect(warned.status).toBe(201);
    expect(warned.body.warnings).toEqual([
      expect.objectContaining({ code: 'COMMITTEE_BELOW_THRESHOLD', message: expect.stringMatching(/3 membres.*5/) }),
    ]);

    const large = await createCommittee();
    await createMembers(large, 5);
    const fine = await api.call(organiser, 'POST', `/api/committees/${large}/consultations`, {
      title: 'Grand',
      questions,
      ...openWindow(),
    });
    expect(fine.body.warnings).toEqual([]);
  });

  it('withholds results below the threshold, even after closing, and refuses to publish them', async () => {
    const committeeId = await createCommittee();
    const members = await createMembers(committeeId, 3);
    const consultationId = await createConsultation(committeeId);
    const base = `/api/committees/${committeeId}/consultations/${consultationId}`;
    for (const member of members) expect((await vote(api, member.caller, base, { transport: 'choix-bus' })).status).toBe(201);
    await api.call(organiser, 'POST', `${base}/close`);
    const results = await api.call(organiser, 'GET', `${base}/results`);
    expect(results.body).toEqual({ ballots: 3, withheld: true, reason: 'seuil_non_atteint' });
    const publish = await api.call(organiser, 'POST', `${base}/publish`);
    expect(publish.status).toBe(409);
    expect(publish.body.error.code).toBe('RESULTS_WITHHELD');
  });

  it('shows members the published results and the follow-ups, and counts their anonymous answers', async () => {
    const committeeId = await createCommittee();
    const members = await createMembers(committeeId, 5);
    const consultationId = await createConsultation(committeeId, { minBallots: 5 });
    const base = `/api/committees/${committeeId}/consultations/${consultationId}`;
    const firstMember = members[0]?.caller;
    if (!firstMember) throw new Error('no member');
    for (const member of members) expect((await vote(api, member.caller, base, { transport: 'choix-velo' })).status).toBe(201);
    expect((await api.call(firstMember, 'POST', `${base}/feedback`, { text: 'Merci' })).status).toBe(201);
    await api.call(organiser, 'POST', `${base}/close`);

    expect((await api.call(firstMember, 'GET', `${base}/results`)).status).toBe(403);
    expect((await api.call(organiser, 'PUT', `${base}/follow-ups/transport`, { status: 'en_cours', text: 'x' })).status).toBe(409);
    const published = await api.call(organiser, 'POST', `${base}/publish`);
    expect(published.body.status).toBe('publiee');

    const seen = await api.call(firstMember, 'GET', `${base}/results`);
    expect(seen.body.questions[0].options[0]).toEqual({ id: 'choix-velo', count: 5 });
    expect(seen.body.feedback).toEqual(['Merci']);

    const followUp = await api.call(organiser, 'PUT', `${base}/follow-ups/transport`, {
      status: 'realise',
      text: 'Des tickets de bus sont remboursés depuis janvier.',
    });
    expect(followUp.status).toBe(200);
    // In two steps, as a ballot: a credential for the member, then the answer with no identity.
    expect((await answerFollowUp(api, firstMember, base, 'transport', true)).status).toBe(201);
    const twice = await answerFollowUp(api, firstMember, base, 'transport', false);
    expect(twice.body.error.code).toBe('ALREADY_ANSWERED');
    if (!members[1]) throw new Error('no second member');
    expect((await answerFollowUp(api, members[1].caller, base, 'transport', false)).status).toBe(201);

    // Two answers, under the threshold of 5: how many, not how.
    const consultation = await api.call(firstMember, 'GET', base);
    expect(consultation.body.followUps).toEqual([
      expect.objectContaining({ questionId: 'transport', status: 'realise', answersCount: 2, answersQuestion: null, hasAnswered: true }),
    ]);
    const third = await api.call(members[2]?.caller ?? null, 'GET', base);
    expect(third.body.followUps[0].hasAnswered).toBe(false);
    for (const member of members.slice(2)) expect((await answerFollowUp(api, member.caller, base, 'transport', true)).status).toBe(201);
    // Five answers, but the window is still open: how many, never how (see committee-follow-ups.test.ts).
    const counted = await api.call(organiser, 'GET', base);
    expect(counted.body.followUps[0]).toMatchObject({ answersCount: 5, answersQuestion: null, answersOpen: true });
    expect(counted.body.followUps[0]).not.toHaveProperty('hasAnswered');
  });
});

describe('the demo data', () => {
  it('publishes no result below 5 ballots, and its committee can reach the threshold', async () => {
    await seedDemo(api.store, new Date(), { withActivity: true });
    const nadia = { sub: 'admin-62-nadia', role: 'admin' as const, departement: '62' };
    const committees = await api.call(nadia, 'GET', '/api/committees');
    const demo = committees.body.items.filter((committee: { organiserSub: string }) => committee.organiserSub === 'orga-62-claire');
    expect(demo.length).toBeGreaterThan(0);
    for (const committee of demo) {
      expect(committee.memberCount).toBeGreaterThanOrEqual(5);
      const consultations = await api.call(nadia, 'GET', `/api/committees/${committee.id}/consultations`);
      for (const consultation of consultations.body.items) {
        expect(consultation.minBallots).toBeGreaterThanOrEqual(5);
        if (consultation.status === 'publiee') expect(consultation.ballots).toBeGreaterThanOrEqual(consultation.minBallots);
      }
    }
  });
});
