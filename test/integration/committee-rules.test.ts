import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vote } from '../support/ballot.js';
import { type Caller, type Harness, startHarness } from '../support/harness.js';
import { newYouth } from '../support/people.js';

/**
 * A département's own committee rules (anonymity floor, feedback per member) and the
 * feedback limit. Each test uses a département of its own: settings are per département.
 */
let api: Harness;
beforeAll(async () => {
  api = await startHarness();
});
afterAll(() => api.close());

const question = {
  id: 'q',
  label: 'Samedi ?',
  kind: 'single',
  options: [
    { id: 'oui', label: 'Oui' },
    { id: 'non', label: 'Non' },
  ],
};

function departementPeople(departement: string) {
  return {
    admin: { sub: `admin-${departement}`, role: 'admin', departement } as Caller,
    organiser: { sub: `orga-${departement}`, role: 'organisateur', departement } as Caller,
    referent: { sub: `ref-${departement}`, role: 'referent', departement } as Caller,
    coordinateur: { sub: `coord-${departement}`, role: 'coordinateur', departement } as Caller,
  };
}

async function committeeWithMembers(departement: string, size: number) {
  const { admin, organiser, referent, coordinateur } = departementPeople(departement);
  await api.registerStaff(admin, organiser, referent, coordinateur);
  const committee = await api.call(organiser, 'POST', '/api/committees', { kind: 'CDJ', name: 'CDJ' });
  const members: Caller[] = [];
  for (let index = 0; index < size; index += 1) {
    const body = newYouth({ referentId: referent.sub, coordinateurId: coordinateur.sub });
    const youth = await api.call(admin, 'POST', '/api/youth', body);
    expect(youth.status).toBe(201);
    await api.call(organiser, 'POST', `/api/committees/${committee.body.id}/members`, { youthId: youth.body.id });
    members.push({ sub: body.accountSub, role: 'jeune', departement });
  }
  return { committeeId: committee.body.id as string, members };
}

function consultationBody(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Les réunions',
    questions: [question],
    opensAt: new Date(Date.now() - 60_000).toISOString(),
    closesAt: new Date(Date.now() + 3_600_000).toISOString(),
    ...overrides,
  };
}

describe('a département’s anonymity floor', () => {
  it('is 5 until an admin raises it; it can never be set lower, and only an admin sets it', async () => {
    const { admin, organiser } = departementPeople('14');
    expect((await api.call(organiser, 'GET', '/api/committees/settings')).body).toEqual({ anonymityFloor: 5, feedbackPerMember: 3 });
    for (const anonymityFloor of [4, 2, 0]) {
      const lowered = await api.call(admin, 'PUT', '/api/committees/settings', { anonymityFloor, feedbackPerMember: 3 });
      expect(lowered.status).toBe(400);
      expect(lowered.body.error.details[0]).toMatchObject({ path: 'json.anonymityFloor' });
    }
    expect((await api.call(organiser, 'PUT', '/api/committees/settings', { anonymityFloor: 8, feedbackPerMember: 3 })).status).toBe(403);
    expect((await api.call(admin, 'GET', '/api/committees/settings')).body.anonymityFloor).toBe(5);
    expect((await api.call(admin, 'PUT', '/api/committees/settings', { anonymityFloor: 8, feedbackPerMember: 3 })).status).toBe(200);
    expect((await api.call(organiser, 'GET', '/api/committees/settings')).body.anonymityFloor).toBe(8);
  });

  it('applies a raised floor to new consultations: the default threshold, no lower one, and the organiser’s warning', async () => {
    const { admin, organiser } = departementPeople('15');
    await api.call(admin, 'PUT', '/api/committees/settings', { anonymityFloor: 7, feedbackPerMember: 3 });
    const { committeeId } = await committeeWithMembers('15', 6);
    const created = await api.call(organiser, 'POST', `/api/committees/${committeeId}/consultations`, consultationBody());
    expect(created.status).toBe(201);
    expect(created.body.minBallots).toBe(7);
    // Six members, a floor of 7: the organiser is told.
    expect(created.body.warnings).toEqual([
      expect.objectContaining({ code: 'COMMITTEE_BELOW_THRESHOLD', message: expect.stringContaining('7 votes') }),
    ]);
    const lower = await api.call(organiser, 'POST', `/api/committees/${committeeId}/consultations`, consultationBody({ minBallots: 5 }));
    expect(lower.status).toBe(400);
    expect(lower.body.error.details[0]).toMatchObject({ path: 'json.minBallots', message: expect.stringContaining('7 votes') });
    const higher = await api.call(organiser, 'POST', `/api/committees/${committeeId}/consultations`, consultationBody({ minBallots: 9 }));
    expect(higher.body.minBallots).toBe(9);
    // Another département keeps Envol's floor.
    const other = await committeeWithMembers('16', 0);
    const elsewhere = await api.call(
      departementPeople('16').organiser,
      'POST',
      `/api/committees/${other.committeeId}/consultations`,
      consultationBody(),
    );
    expect(elsewhere.body.minBallots).toBe(5);
  });
});

describe('free feedback', () => {
  it('takes 3 texts per member and consultation, ballot feedback included, then 409; other members keep theirs', async () => {
    const { committeeId, members } = await committeeWithMembers('17', 2);
    const [first, second] = members as [Caller, Caller];
    const consultation = await api.call(
      departementPeople('17').organiser,
      'POST',
      `/api/committees/${committeeId}/consultations`,
      consultationBody(),
    );
    const base = `/api/committees/${committeeId}/consultations/${consultation.body.id}`;
    expect((await api.call(first, 'GET', base)).body.feedbackLeft).toBe(3);
    expect((await api.call(first, 'POST', `${base}/feedback`, { text: 'Avis un' })).status).toBe(201);
    expect((await vote(api, first, base, { q: 'oui' }, { feedback: 'Avis deux' })).status).toBe(201);
    expect((await api.call(first, 'POST', `${base}/feedback`, { text: 'Avis trois' })).status).toBe(201);
    expect((await api.call(first, 'GET', base)).body.feedbackLeft).toBe(0);
    const fourth = await api.call(first, 'POST', `${base}/feedback`, { text: 'Avis quatre' });
    expect(fourth.status).toBe(409);
    expect(fourth.body.error).toMatchObject({ code: 'FEEDBACK_LIMIT_REACHED', message: expect.stringContaining('3 avis') });
    expect((await api.call(second, 'POST', `${base}/feedback`, { text: 'Autre membre' })).status).toBe(201);
    expect((await api.call(second, 'GET', base)).body.feedbackLeft).toBe(2);
    // A vote whose feedback is over the limit is refused whole: no credential given, no vote counted.
    const { members: more, committeeId: otherCommittee } = await committeeWithMembers('17', 1);
    const other = await api.call(
      departementPeople('17').organiser,
      'POST',
      `/api/committees/${otherCommittee}/consultations`,
      consultationBody(),
    );
    const otherBase = `/api/committees/${otherCommittee}/consultations/${other.body.id}`;
    const voter = more[0] as Caller;
    for (const text of ['a', 'b', 'c']) await api.call(voter, 'POST', `${otherBase}/feedback`, { text });
    const ballot = await vote(api, voter, otherBase, { q: 'non' }, { feedback: 'd' });
    expect(ballot.body.error.code).toBe('FEEDBACK_LIMIT_REACHED');
    expect((await api.call(voter, 'GET', otherBase)).body).toMatchObject({ hasVoted: false, ballots: 0 });
  });

  it('accepts exactly the limit when one member sends many at once', async () => {
    const { admin, organiser } = departementPeople('18');
    await api.call(admin, 'PUT', '/api/committees/settings', { anonymityFloor: 5, feedbackPerMember: 2 });
    const { committeeId, members } = await committeeWithMembers('18', 1);
    const consultation = await api.call(organiser, 'POST', `/api/committees/${committeeId}/consultations`, consultationBody());
    const base = `/api/committees/${committeeId}/consultations/${consultation.body.id}`;
    const sent = await Promise.all(
      Array.from({ length: 6 }, (_, index) => api.call(members[0] as Caller, 'POST', `${base}/feedback`, { text: `Avis ${index}` })),
    );
    expect(sent.filter((response) => response.status === 201)).toHaveLength(2);
    expect(sent.filter((response) => response.status === 409)).toHaveLength(4);
  });

  it('stores nothing that links a member to a text: the count holds a member and a number, the text no member and no time', async () => {
    const { committeeId, members } = await committeeWithMembers('19', 1);
    const member = members[0] as Caller;
    const consultation = await api.call(
      departementPeople('19').organiser,
      'POST',
      `/api/committees/${committeeId}/consultations`,
      consultationBody(),
    );
    const base = `/api/committees/${committeeId}/consultations/${consultation.body.id}`;
    await api.call(member, 'POST', `${base}/feedback`, { text: 'Un avis très personnel' });
    const youthId = (await api.call(member, 'GET', '/api/youth/me')).body.id as string;
    const scanned = await api.store.db.send(new ScanCommand({ TableName: api.store.ballotTableName }));
    const items = (scanned.Items ?? []).filter((item) => String(item.pk).includes(consultation.body.id));
    const texts = items.filter((item) => item.type === 'feedback');
    expect(texts).toHaveLength(1);
    expect(Object.keys(texts[0] ?? {}).sort()).toEqual(['pk', 'sk', 'text', 'type']);
    expect(JSON.stringify(texts[0])).not.toContain(youthId);
    const counts = items.filter((item) => item.type === 'feedbackCount');
    expect(counts).toEqual([{ pk: expect.any(String), sk: `FBCOUNT#${youthId}`, type: 'feedbackCount', count: 1 }]);
    for (const item of items) {
      const text = JSON.stringify(item);
      expect(text.includes(youthId) && text.includes('Un avis'), text).toBe(false);
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    }
  });
});
