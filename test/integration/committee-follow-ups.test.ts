import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerFollowUp, castFollowUpAnswer, requestAnswerCredential, vote } from '../support/ballot.js';
import { type Caller, type Harness, startHarness } from '../support/harness.js';
import { newYouth, people } from '../support/people.js';

/**
 * What members say of a follow-up, against a clock the test moves: yes / no counts never
 * show while answers still come in, so that polling cannot tell how each answer went.
 */
const DAY = 24 * 60 * 60 * 1000;
let clock = new Date();
let api: Harness;
beforeAll(async () => {
  api = await startHarness({ now: () => clock });
});
afterAll(() => api.close());

const organiser = people.organisateur;
const question = {
  id: 'transport',
  label: 'Comment venir ?',
  kind: 'single',
  options: [
    { id: 'bus', label: 'Bus' },
    { id: 'velo', label: 'Vélo' },
  ],
};

/** A committee of `size` members with a published consultation they all voted in. */
async function publishedConsultation(size: number) {
  clock = new Date();
  const committee = await api.call(organiser, 'POST', '/api/committees', { kind: 'CTJ', name: 'CTJ Béthune' });
  const members: Caller[] = [];
  for (let index = 0; index < size; index += 1) {
    const body = newYouth();
    const youth = await api.call(people.admin, 'POST', '/api/youth', body);
    await api.call(organiser, 'POST', `/api/committees/${committee.body.id}/members`, { youthId: youth.body.id });
    members.push({ sub: body.accountSub, role: 'jeune', departement: '62' });
  }
  const consultation = await api.call(organiser, 'POST', `/api/committees/${committee.body.id}/consultations`, {
    title: 'Venir aux réunions',
    questions: [question],
    opensAt: new Date(clock.getTime() - 60_000).toISOString(),
    closesAt: new Date(clock.getTime() + DAY).toISOString(),
  });
  const base = `/api/committees/${committee.body.id}/consultations/${consultation.body.id}`;
  for (const member of members) await vote(api, member, base, { transport: 'bus' });
  clock = new Date(clock.getTime() + 2 * DAY);
  expect((await api.call(organiser, 'POST', `${base}/publish`)).status).toBe(200);
  return { base, members };
}

async function followUpSeenBy(caller: Caller, base: string) {
  return (await api.call(caller, 'GET', base)).body.followUps[0];
}

describe('answers to a follow-up', () => {
  it('shows how many answered but never yes / no while answers are open, then the counts once the 14 days have passed', async () => {
    const { base, members } = await publishedConsultation(6);
    const given = await api.call(organiser, 'PUT', `${base}/follow-ups/transport`, { status: 'realise', text: 'Tickets remboursés.' });
    expect(given.status).toBe(200);
    const closesAt = new Date(clock.getTime() + 14 * DAY).toISOString();
    expect(given.body.followUps[0]).toMatchObject({ answersCloseAt: closesAt, answersOpen: true });

    for (const [index, member] of members.entries()) {
      expect((await answerFollowUp(api, member, base, 'transport', index !== 0)).status).toBe(201);
      // After each answer, as anyone polling would look: no yes / no to compare.
      for (const viewer of [organiser, people.admin, member]) {
        expect(await followUpSeenBy(viewer, base)).toMatchObject({ answersCount: index + 1, answersQuestion: null });
      }
    }

    clock = new Date(Date.parse(closesAt) - 1);
    expect((await followUpSeenBy(organiser, base)).answersQuestion).toBeNull();
    clock = new Date(closesAt);
    expect(await followUpSeenBy(organiser, base)).toMatchObject({ answersOpen: false, answersQuestion: { yes: 5, no: 1 } });
    expect((await followUpSeenBy(members[0] as Caller, base)).answersQuestion).toEqual({ yes: 5, no: 1 });
  });

  it('refuses answers after the window, and never reopens it', async () => {
    const { base, members } = await publishedConsultation(5);
    const closesAt = new Date(clock.getTime() + 3 * DAY).toISOString();
    const given = await api.call(organiser, 'PUT', `${base}/follow-ups/transport`, {
      status: 'en_cours',
      text: 'À l’étude.',
      answersCloseAt: closesAt,
    });
    expect(given.body.followUps[0].answersCloseAt).toBe(closesAt);
    // The organiser updates the text: the window stays as it was.
    const updated = await api.call(organiser, 'PUT', `${base}/follow-ups/transport`, { status: 'realise', text: 'Fait.' });
    expect(updated.body.followUps[0]).toMatchObject({ status: 'realise', answersCloseAt: closesAt });

    // The key a phone read while answers were open: once closed, nothing is signed with it.
    const keyReadWhileOpen = (await followUpSeenBy(members[0] as Caller, base)).answerKey.publicKey;
    clock = new Date(Date.parse(closesAt) + 1000);
    expect((await followUpSeenBy(members[0] as Caller, base)).answerKey).toBeUndefined();
    const { response: late } = await requestAnswerCredential(api, members[0] as Caller, base, 'transport', {
      publicKey: keyReadWhileOpen,
    });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('FOLLOW_UP_ANSWERS_CLOSED');
    const reopen = await api.call(organiser, 'PUT', `${base}/follow-ups/transport`, {
      status: 'realise',
      text: 'Fait.',
      answersCloseAt: new Date(clock.getTime() + DAY).toISOString(),
    });
    expect(reopen.status).toBe(409);
    expect(reopen.body.error.code).toBe('FOLLOW_UP_ANSWERS_CLOSED');
    // Closed with no answer: nothing to show, and nothing below the threshold either.
    expect(await followUpSeenBy(organiser, base)).toMatchObject({ answersOpen: false, answersCount: 0, answersQuestion: null });
  });

  it('keeps the counts hidden after the window when fewer than the threshold answered', async () => {
    const { base, members } = await publishedConsultation(5);
    await api.call(organiser, 'PUT', `${base}/follow-ups/transport`, { status: 'realise', text: 'Fait.' });
    for (const member of members.slice(0, 4)) {
      expect((await answerFollowUp(api, member, base, 'transport', true)).status).toBe(201);
    }
    clock = new Date(clock.getTime() + 15 * DAY);
    expect(await followUpSeenBy(organiser, base)).toMatchObject({ answersOpen: false, answersCount: 4, answersQuestion: null });
  });

  it('takes an answer in two unlinked steps: one credential per member, spent once, worth nothing elsewhere', async () => {
    const { base, members } = await publishedConsultation(5);
    const [first, second] = members as [Caller, Caller];
    await api.call(organiser, 'PUT', `${base}/follow-ups/transport`, { status: 'realise', text: 'Fait.' });
    const seen = await followUpSeenBy(first, base);
    expect(seen.answerKey.suite).toBe('RSABSSA-SHA384-PSS-Randomized');
    // Staff never get a key: they have nothing to answer.
    expect((await followUpSeenBy(organiser, base)).answerKey).toBeUndefined();

    const { credential } = await requestAnswerCredential(api, first, base, 'transport');
    if (!credential) throw new Error('no credential');
    expect((await followUpSeenBy(first, base)).hasAnswered).toBe(true);
    // One member, one credential.
    const again = await requestAnswerCredential(api, first, base, 'transport');
    expect(again.response.status).toBe(409);
    expect(again.response.body.error.code).toBe('ALREADY_ANSWERED');

    // Sent with an identity: refused, nothing counted.
    const signedIn = await api.call(first, 'POST', `${base}/follow-ups/transport/answers`, {
      departement: '62',
      credential,
      answersMyQuestion: true,
    });
    expect(signedIn.status).toBe(400);
    expect(signedIn.body.error.code).toBe('IDENTITY_NOT_ALLOWED');
    expect((await followUpSeenBy(organiser, base)).answersCount).toBe(0);

    // Another follow-up's answer credential, or a forged one, counts nothing.
    const { base: otherBase, members: otherMembers } = await publishedConsultation(5);
    await api.call(organiser, 'PUT', `${otherBase}/follow-ups/transport`, { status: 'realise', text: 'Fait.' });
    const fromElsewhere = await requestAnswerCredential(api, otherMembers[0] as Caller, otherBase, 'transport');
    const forged = { ...credential, signature: credential.signature.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')) };
    for (const wrong of [fromElsewhere.credential, forged]) {
      const refused = await castFollowUpAnswer(api, base, 'transport', '62', wrong as typeof credential, true);
      expect(refused.status).toBe(400);
      expect(refused.body.error.code).toBe('INVALID_ANSWER_CREDENTIAL');
    }

    // Counted once; the same answer again is told it is counted, the other one refused.
    expect((await castFollowUpAnswer(api, base, 'transport', '62', credential, true)).status).toBe(201);
    expect((await castFollowUpAnswer(api, base, 'transport', '62', credential, true)).status).toBe(200);
    const changed = await castFollowUpAnswer(api, base, 'transport', '62', credential, false);
    expect(changed.status).toBe(409);
    expect(changed.body.error.code).toBe('ANSWER_ALREADY_CAST');
    expect((await followUpSeenBy(organiser, base)).answersCount).toBe(1);

    // 20 casts of one credential at once: one answer.
    const { credential: secondCredential } = await requestAnswerCredential(api, second, base, 'transport');
    if (!secondCredential) throw new Error('no credential');
    const statuses = await Promise.all(
      Array.from({ length: 20 }, () => castFollowUpAnswer(api, base, 'transport', '62', secondCredential, false)),
    );
    expect(statuses.filter((answer) => answer.status === 201)).toHaveLength(1);
    expect(statuses.every((answer) => answer.status === 201 || answer.status === 200)).toBe(true);
    expect((await followUpSeenBy(organiser, base)).answersCount).toBe(2);
  });

  it('refuses a closing time in the past, in the error shape', async () => {
    const { base } = await publishedConsultation(5);
    const past = await api.call(organiser, 'PUT', `${base}/follow-ups/transport`, {
      status: 'realise',
      text: 'Fait.',
      answersCloseAt: new Date(clock.getTime() - DAY).toISOString(),
    });
    expect(past.status).toBe(400);
    expect(past.body.error.details[0]).toMatchObject({ path: 'json.answersCloseAt' });
  });
});
