import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAlertsJob } from '../../functions/alerts/job.js';
import { backfillReminderIndexes } from '../../functions/alerts/reminders-backfill.js';
import { runSender } from '../../functions/reminders/sender.js';
import type { Transports } from '../../functions/reminders/transports.js';
import { committeeRepo } from '../../shared/db/committee-repo.js';
import { interviewRepo } from '../../shared/db/interview-repo.js';
import { keys } from '../../shared/db/keys.js';
import { outboxRepo } from '../../shared/db/outbox-repo.js';
import { planRepo } from '../../shared/db/plan-repo.js';
import { addDays, addMonths, addYears, parisDate } from '../../shared/domain/calendar-date.js';
import { type ComposedMessage, frenchDate } from '../../shared/domain/reminders.js';
import { type Caller, type Harness, startHarness } from '../support/harness.js';
import { newYouth, people } from '../support/people.js';
import { completePlan } from '../support/plan-body.js';

let api: Harness;
beforeAll(async () => {
  api = await startHarness();
});
afterAll(() => api.close());

const ORIGIN = 'http://envol.test';
const DAY = new Date('2027-03-10T10:00:00Z'); // 11:00 in Paris: not quiet

/** Transports that keep what they are given; `failEmail` makes every e-mail fail. */
function recordingTransports(options: { failEmail?: boolean; delayMs?: number } = {}) {
  const emails: { to: string; message: ComposedMessage }[] = [];
  const sms: { to: string; text: string }[] = [];
  const transports: Transports = {
    email: {
      name: 'test-email',
      async send(to, message) {
        if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
        if (options.failEmail) throw Object.assign(new Error(`refused ${to}`), { name: 'MessageRejected' });
        emails.push({ to, message });
      },
    },
    sms: {
      name: 'test-sms',
      async send(to, text) {
        sms.push({ to, text });
      },
    },
  };
  return { transports, emails, sms };
}

function sender(transports: Transports, at: Date) {
  return runSender({ store: api.store, transports, appOrigin: ORIGIN, now: () => at });
}

async function createYouth() {
  const body = newYouth();
  const response = await api.call(people.admin, 'POST', '/api/youth', body);
  expect(response.status).toBe(201);
  const self: Caller = { sub: body.accountSub, role: 'jeune', departement: '62' };
  return { id: response.body.id as string, self };
}

/** The young person verifies an address with the code the sender sent, as they would from « Mon dossier ». */
async function verifyEmail(self: Caller, address: string) {
  const { transports, emails } = recordingTransports();
  expect((await api.call(self, 'POST', '/api/reminders/me/email', { email: address })).status).toBe(201);
  await sender(transports, new Date());
  const code = /Ton code Envol\s: (\d{6})/.exec(emails.find((email) => email.to === address)?.message.text ?? '')?.[1];
  expect(code).toMatch(/^\d{6}$/);
  const verified = await api.call(self, 'POST', '/api/reminders/me/email/verify', { code });
  expect(verified.status).toBe(200);
  return verified.body;
}

const plan = completePlan([{ id: 'g1', domain: 'logement', label: 'Trouver un studio', planB: 'FJT', actions: [] }]);

describe('the outbox', () => {
  it('writes a proposed plan and its message together, and neither when the plan is refused', async () => {
    // Prepare
    const { id } = await createYouth();
    // Act: proposed, then a stale version refused (409)
    expect((await api.call(people.referent, 'PUT', `/api/interviews/${id}/plan`, { version: 0, ...plan })).status).toBe(200);
    expect((await api.call(people.referent, 'PUT', `/api/interviews/${id}/plan`, { version: 0, ...plan })).status).toBe(409);
    // Assess
    const messages = await outboxRepo.listForYouth(api.store, '62', id);
    expect(messages.map((message) => [message.kind, message.status])).toEqual([['plan_to_agree', 'pending']]);
    expect((await planRepo.history(api.store, '62', id)).length).toBe(1);
  });

  it('writes nothing of the message when the event’s transaction fails', async () => {
    const { id } = await createYouth();
    const referent = { ...people.referent, name: 'Réf' } as Parameters<typeof planRepo.write>[1];
    const proposed = { version: 1, status: 'propose', goals: [], needsWithoutGoals: [] } as unknown as Parameters<typeof planRepo.write>[3];
    // A version the table does not hold: the plan's condition fails, the whole transaction with it.
    await expect(
      planRepo.write(api.store, referent, id, proposed, { expectedVersion: 7, event: 'saved' }, DAY, [
        { kind: 'plan_to_agree', recipient: { type: 'jeune', youthId: id }, date: null, dueAt: DAY.toISOString() },
      ]),
    ).rejects.toThrow();
    expect(await outboxRepo.listForYouth(api.store, '62', id)).toEqual([]);
  });

  it('sends a message once when two senders run at once, to the verified address, with nothing of the file in it', async () => {
    const { id, self } = await createYouth();
    const contact = await verifyEmail(self, 'lina.test@example.fr');
    expect(contact).toMatchObject({ email: 'l•••@example.fr', emailChosen: true, sms: false });
    expect((await api.call(people.referent, 'PUT', `/api/interviews/${id}/plan`, { version: 0, ...plan })).status).toBe(200);

    const { transports, emails } = recordingTransports({ delayMs: 50 });
    const reports = await Promise.all([sender(transports, DAY), sender(transports, DAY)]);

    const toLina = emails.filter((email) => email.to === 'lina.test@example.fr');
    expect(toLina).toHaveLength(1);
    expect(reports.reduce((sum, report) => sum + report.sent, 0)).toBe(1);
    const text = toLina[0]?.message.text ?? '';
    expect(text).toMatch(/^Tu as du nouveau dans Envol\s: http:\/\/envol\.test\/#\/entretien\n/);
    expect(text).not.toContain('studio');
    const [message] = (await outboxRepo.listForYouth(api.store, '62', id)).filter((item) => item.kind === 'plan_to_agree');
    expect(message).toMatchObject({ status: 'sent', sentChannels: ['email'], attempts: 1 });
    // The young person and their binôme see that it went out, never where.
    const sent = await api.call(people.referent, 'GET', `/api/reminders/sent/${id}`);
    expect(sent.body.items).toEqual([{ kind: 'plan_to_agree', sentAt: message?.sentAt }]);
    expect(JSON.stringify(sent.body)).not.toContain('example.fr');
  });

  it('retries a failing message with backoff, then shows it to the département’s admins as failed', async () => {
    const { id, self } = await createYouth();
    await verifyEmail(self, 'yanis.test@example.fr');
    expect((await api.call(people.referent, 'PUT', `/api/interviews/${id}/plan`, { version: 0, ...plan })).status).toBe(200);
    const { transports } = recordingTransports({ failEmail: true });

    // 1 try now, then after 1, 5, 15 and 60 minutes: five in all.
    let at = DAY.getTime();
    const outcomes: string[] = [];
    for (const wait of [0, 60, 300, 900, 3600]) {
      at += wait * 1000;
      const report = await sender(transports, new Date(at));
      outcomes.push(report.retried ? 'retried' : report.failed ? 'failed' : 'none');
    }
    expect(outcomes).toEqual(['retried', 'retried', 'retried', 'retried', 'failed']);
    // A run before the next try is due does nothing.
    expect((await sender(transports, new Date(at + 1000))).failed).toBe(0);

    const failed = await api.call(people.admin, 'GET', '/api/reminders/failed');
    const mine = failed.body.items.find((item: { recipient: { id: string } }) => item.recipient.id === id);
    expect(mine).toMatchObject({ kind: 'plan_to_agree', attempts: 5, lastError: 'MessageRejected' });
    expect(JSON.stringify(failed.body)).not.toContain('example.fr');
    expect((await api.call(people.referent, 'GET', '/api/reminders/failed')).status).toBe(403);
  });

  it('holds a young person’s reminder found due at night until 08:00 Paris', async () => {
    const { id, self } = await createYouth();
    await verifyEmail(self, 'nuit.test@example.fr');
    expect((await api.call(people.referent, 'PUT', `/api/interviews/${id}/plan`, { version: 0, ...plan })).status).toBe(200);
    const { transports, emails } = recordingTransports();
    // Its dueAt is now (real clock); the run happens at 22:30 Paris.
    const night = new Date(Date.now() + 24 * 3600 * 1000);
    night.setUTCHours(21, 30, 0, 0);
    expect((await sender(transports, night)).deferred).toBeGreaterThan(0);
    expect(emails).toEqual([]);
    const [message] = (await outboxRepo.listForYouth(api.store, '62', id)).filter((item) => item.kind === 'plan_to_agree');
    expect(new Date(message?.dueAt ?? 0).getUTCHours()).toBeGreaterThanOrEqual(6);
  });
});

describe('the RGPD export', () => {
  it('lists the messages sent to the young person: which and when, the channel and address to them only', async () => {
    // Prepare: an address verified, a plan proposed, its reminder sent.
    const { id, self } = await createYouth();
    await verifyEmail(self, 'export.test@example.fr');
    expect((await api.call(people.referent, 'PUT', `/api/interviews/${id}/plan`, { version: 0, ...plan })).status).toBe(200);
    await sender(recordingTransports().transports, DAY);
    const [sent] = (await outboxRepo.listForYouth(api.store, '62', id)).filter((message) => message.kind === 'plan_to_agree');

    // Act
    const own = await api.call(self, 'GET', `/api/youth/${id}/export`);
    const admin = await api.call(people.admin, 'GET', `/api/youth/${id}/export`);

    // Assess: hers holds what she gave and how each message went; the admin's, that it went.
    expect(own.status).toBe(200);
    expect(own.body.reminders.channels).toEqual({
      phone: null,
      email: 'export.test@example.fr',
      sms: false,
      emailChosen: true,
      stoppedAt: null,
    });
    expect(own.body.reminders.sent).toEqual([
      { kind: 'verification_code', sentAt: expect.any(String), channels: ['email'] },
      { kind: 'plan_to_agree', sentAt: sent?.sentAt, channels: ['email'] },
    ]);
    expect(admin.status).toBe(200);
    expect(admin.body.reminders).toEqual({
      channels: null,
      sent: [
        { kind: 'verification_code', sentAt: expect.any(String) },
        { kind: 'plan_to_agree', sentAt: sent?.sentAt },
      ],
    });
    expect(JSON.stringify(admin.body)).not.toContain('example.fr');
  });
});

describe('channels and consent', () => {
  it('refuses a phone number that is not a French mobile, with a 400 in the error shape', async () => {
    const { self } = await createYouth();
    const answer = await api.call(self, 'POST', '/api/reminders/me/phone', { phone: '01 23 45 67 89' });
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('INVALID_PHONE');
  });

  it('accepts an overseas mobile and verifies it with the code sent by SMS', async () => {
    const { self } = await createYouth();
    expect((await api.call(self, 'POST', '/api/reminders/me/phone', { phone: '0692 12 34 56' })).status).toBe(201);
    const { transports, sms } = recordingTransports();
    await sender(transports, new Date());
    const code = /(\d{6})/.exec(sms.find((message) => message.to === '+262692123456')?.text ?? '')?.[1];
    expect(code).toMatch(/^\d{6}$/);
    const verified = await api.call(self, 'POST', '/api/reminders/me/sms/verify', { code });
    expect(verified.body).toMatchObject({ phone: '+262•••••••56', sms: true });
  });

  it('answers 429 from the sixth try of a code, even the right one', async () => {
    const { self } = await createYouth();
    expect((await api.call(self, 'POST', '/api/reminders/me/email', { email: 'essais@example.fr' })).status).toBe(201);
    const { transports, emails } = recordingTransports();
    await sender(transports, new Date());
    const code = /(\d{6})/.exec(emails.find((email) => email.to === 'essais@example.fr')?.message.text ?? '')?.[1] ?? '';
    const wrong = code === '000000' ? '111111' : '000000';
    const statuses = [];
    for (let attempt = 0; attempt < 5; attempt += 1)
      statuses.push((await api.call(self, 'POST', '/api/reminders/me/email/verify', { code: wrong })).status);
    const sixth = await api.call(self, 'POST', '/api/reminders/me/email/verify', { code });
    expect(statuses).toEqual([400, 400, 400, 400, 400]);
    expect(sixth.status).toBe(429);
    expect(sixth.headers.get('retry-after')).toBeTruthy();
  });

  it('stops every message from the STOP link, without signing in, and a changed link is refused', async () => {
    const { id, self } = await createYouth();
    await verifyEmail(self, 'stop.test@example.fr');
    expect((await api.call(people.referent, 'PUT', `/api/interviews/${id}/plan`, { version: 0, ...plan })).status).toBe(200);
    const { transports, emails } = recordingTransports();
    await sender(transports, DAY);
    const mine = emails.find((email) => email.to === 'stop.test@example.fr');
    const link = /#\/arret\/(\S+)/.exec(mine?.message.text ?? '')?.[1] ?? '';
    expect((await api.call(null, 'POST', '/api/reminders/stop', { token: `${link}x` })).status).toBe(400);
    expect((await api.call(null, 'POST', '/api/reminders/stop', { token: link })).status).toBe(200);
    expect((await api.call(self, 'GET', '/api/reminders/me')).body).toMatchObject({ stopped: true, emailChosen: false });
  });
});

describe('the daily reminders (with the deadline alerts job)', () => {
  const departement = '973';
  const admin: Caller = { sub: 'admin-973', role: 'admin', departement };
  const referent: Caller = { sub: 'ref-973', role: 'referent', departement };
  const coordinateur: Caller = { sub: 'coord-973', role: 'coordinateur', departement };
  const organiser: Caller = { sub: 'orga-973', role: 'organisateur', departement };

  async function youthIn973(birthDate: string) {
    const body = newYouth({ referentId: referent.sub, coordinateurId: coordinateur.sub, careEndDate: null, birthDate });
    const response = await api.call(admin, 'POST', '/api/youth', body);
    expect(response.status).toBe(201);
    return { id: response.body.id as string, self: { sub: body.accountSub, role: 'jeune', departement } as Caller };
  }

  async function planInterview(youthId: string, scheduledOn: string) {
    const response = await api.call(referent, 'POST', `/api/interviews/${youthId}/interviews`, { kind: 'entretien17', scheduledOn });
    expect(response.status).toBe(201);
  }

  const daily = (messages: { kind: string }[]) =>
    messages
      .map((message) => message.kind)
      .filter((kind) => kind !== 'interview_scheduled' && kind !== 'verification_code')
      .sort();

  it('writes each reminder of the day once when run twice at once, and the sender sends it from 8:00 with its date only', async () => {
    // Prepare: now, the Paris day, and what falls on tomorrow and in a week.
    const now = new Date();
    const today = parisDate(now);
    const tomorrow = addDays(today, 1);
    await api.registerStaff(admin, referent, coordinateur, organiser);
    const quiet = addMonths(addYears(today, -17), 3); // 17 in three months: no deadline alert
    const tomorrowYouth = await youthIn973(quiet);
    const weekYouth = await youthIn973(quiet);
    const turning18 = await youthIn973(addYears(addDays(today, 10), -18)); // an alert today: the staff digest
    await planInterview(tomorrowYouth.id, tomorrow);
    await planInterview(weekYouth.id, addDays(today, 7));
    await verifyEmail(tomorrowYouth.self, 'demain.test@example.fr');
    const committee = await api.call(organiser, 'POST', '/api/committees', { kind: 'CTJ', name: 'CTJ Cayenne' });
    expect(committee.status).toBe(201);
    const member = await api.call(organiser, 'POST', `/api/committees/${committee.body.id}/members`, { youthId: tomorrowYouth.id });
    expect(member.status).toBe(201);
    const consultation = await api.call(organiser, 'POST', `/api/committees/${committee.body.id}/consultations`, {
      title: 'Nos réunions',
      questions: [
        {
          id: 'q',
          label: 'Quand ?',
          kind: 'single',
          options: [
            { id: 'a', label: 'Samedi' },
            { id: 'b', label: 'Mercredi' },
          ],
        },
      ],
      opensAt: new Date(now.getTime() - 60_000).toISOString(),
      closesAt: `${tomorrow}T11:00:00.000Z`, // midday or 1 p.m. in Paris, tomorrow
    });
    expect(consultation.status).toBe(201);

    // Act: twice at once, as a retried schedule might, then once more.
    const runs = await Promise.all([
      runAlertsJob(api.store, now, { departements: [departement] }),
      runAlertsJob(api.store, now, { departements: [departement] }),
    ]);
    const third = await runAlertsJob(api.store, now, { departements: [departement] });

    // Assess: every message once, whoever wrote it.
    const [a, b] = runs.map((run) => run.departements[0]?.reminders);
    // The run that reads today's alerts before the other has written them plans no digest: at least one plans all six.
    expect(Math.max(a?.planned ?? 0, b?.planned ?? 0)).toBe(6);
    expect((a?.written ?? 0) + (b?.written ?? 0)).toBe(6);
    expect(third.departements[0]?.reminders).toEqual({ planned: 6, written: 0 });
    // The consultation opened at once today: « it opens » too.
    expect(daily(await outboxRepo.listForYouth(api.store, departement, tomorrowYouth.id))).toEqual([
      'consultation_closes_tomorrow',
      'consultation_opened',
      'interview_tomorrow',
    ]);
    // A week before, nothing sent yet: the preparation is still to do.
    expect(daily(await outboxRepo.listForYouth(api.store, departement, weekYouth.id))).toEqual(['draft_before_interview']);
    expect(daily(await outboxRepo.listForYouth(api.store, departement, turning18.id))).toEqual([]);
    // The digest: each member of the binôme once; the organiser follows no file.
    expect(daily(await outboxRepo.listForStaff(api.store, departement, referent.sub))).toEqual(['staff_digest']);
    expect(daily(await outboxRepo.listForStaff(api.store, departement, coordinateur.sub))).toEqual(['staff_digest']);
    expect(await outboxRepo.listForStaff(api.store, departement, organiser.sub)).toEqual([]);

    // The sender, once they are due (never in quiet hours), sends the day before with the date and nothing else.
    const [reminder] = (await outboxRepo.listForYouth(api.store, departement, tomorrowYouth.id)).filter(
      (message) => message.kind === 'interview_tomorrow',
    );
    const { transports, emails } = recordingTransports();
    await sender(transports, new Date(Date.parse(reminder?.dueAt ?? '') + 1000));
    const texts = emails.filter((email) => email.to === 'demain.test@example.fr').map((email) => email.message.text);
    // The colon's narrow no-break space aside: the first line of each message.
    const firstLines = texts.map((text) => text.split('\n')[0]?.replace(/\s:\s/, ' -> '));
    const day = frenchDate(tomorrow);
    expect(firstLines).toContain(`Tu as du nouveau dans Envol (pour le ${day}) -> http://envol.test/#/entretien`);
    expect(firstLines).toContain(`Tu as du nouveau dans Envol (pour le ${day}) -> http://envol.test/#/comites`);
    expect(texts.join('\n')).not.toMatch(/CTJ|Cayenne|réunions|Samedi/);
  });

  it('sends no « closes tomorrow » for a consultation its organiser already closed', async () => {
    const now = new Date();
    const today = parisDate(now);
    const tomorrow = addDays(today, 1);
    await api.registerStaff(admin, referent, coordinateur, organiser);
    const youth = await youthIn973(addMonths(addYears(today, -17), 3));
    const committee = await api.call(organiser, 'POST', '/api/committees', { kind: 'CTJ', name: 'CTJ Kourou' });
    await api.call(organiser, 'POST', `/api/committees/${committee.body.id}/members`, { youthId: youth.id });
    const consultation = await api.call(organiser, 'POST', `/api/committees/${committee.body.id}/consultations`, {
      title: 'Nos sorties',
      questions: [
        {
          id: 'q',
          label: 'Où ?',
          kind: 'single',
          options: [
            { id: 'a', label: 'Plage' },
            { id: 'b', label: 'Forêt' },
          ],
        },
      ],
      opensAt: new Date(now.getTime() - 60_000).toISOString(),
      closesAt: `${tomorrow}T11:00:00.000Z`,
    });
    expect(consultation.status).toBe(201);
    const closed = await api.call(organiser, 'POST', `/api/committees/${committee.body.id}/consultations/${consultation.body.id}/close`);
    expect(closed.status).toBe(200);

    await runAlertsJob(api.store, now, { departements: [departement] });

    expect(daily(await outboxRepo.listForYouth(api.store, departement, youth.id))).toEqual([]);
  });
});

/** A département of its own, with a referent, a coordinateur and an organiser, and its young people. */
function departementWithCommittee(departement: string) {
  const admin: Caller = { sub: `admin-${departement}`, role: 'admin', departement };
  const referent: Caller = { sub: `ref-${departement}`, role: 'referent', departement };
  const coordinateur: Caller = { sub: `coord-${departement}`, role: 'coordinateur', departement };
  const organiser: Caller = { sub: `orga-${departement}`, role: 'organisateur', departement };
  return {
    admin,
    referent,
    organiser,
    register: () => api.registerStaff(admin, referent, coordinateur, organiser),
    async youth(today: string) {
      // 17 in three months: no deadline alert, nothing else of the daily job.
      const birthDate = addMonths(addYears(today, -17), 3);
      const body = newYouth({ referentId: referent.sub, coordinateurId: coordinateur.sub, careEndDate: null, birthDate });
      const response = await api.call(admin, 'POST', '/api/youth', body);
      expect(response.status).toBe(201);
      return { id: response.body.id as string, self: { sub: body.accountSub, role: 'jeune', departement } as Caller };
    },
    async committeeOf(...youthIds: string[]) {
      const committee = await api.call(organiser, 'POST', '/api/committees', { kind: 'CTJ', name: 'CTJ Saint-Denis' });
      expect(committee.status).toBe(201);
      for (const youthId of youthIds) {
        expect((await api.call(organiser, 'POST', `/api/committees/${committee.body.id}/members`, { youthId })).status).toBe(201);
      }
      return committee.body.id as string;
    },
    async consultation(committeeId: string, opensAt: string, closesAt: string) {
      const response = await api.call(organiser, 'POST', `/api/committees/${committeeId}/consultations`, {
        title: 'Notre fête de fin d’année',
        questions: [
          {
            id: 'q',
            label: 'Quel jour ?',
            kind: 'single',
            options: [
              { id: 'a', label: 'Vendredi' },
              { id: 'b', label: 'Samedi' },
            ],
          },
        ],
        opensAt,
        closesAt,
      });
      expect(response.status).toBe(201);
      return response.body.id as string;
    },
  };
}

describe('« a consultation of your committee opens » (the daily job)', () => {
  const departement = '974';
  const place = departementWithCommittee(departement);
  const opened = async (youthId: string) =>
    (await outboxRepo.listForYouth(api.store, departement, youthId)).filter((message) => message.kind === 'consultation_opened');

  it('tells each member once, on the day voting opens and not before it opens, by the channels they chose, with nothing of the consultation', async () => {
    // Prepare: two members, one with a verified address, one who chose nothing; voting opens tomorrow at 10:00 UTC.
    const now = new Date();
    const today = parisDate(now);
    const tomorrow = addDays(today, 1);
    await place.register();
    const withEmail = await place.youth(today);
    const withNothing = await place.youth(today);
    await verifyEmail(withEmail.self, 'ouverture.test@example.fr');
    const committeeId = await place.committeeOf(withEmail.id, withNothing.id);
    const opensAt = `${tomorrow}T10:00:00.000Z`; // 11:00 or midday in Paris: not quiet
    await place.consultation(committeeId, opensAt, `${addDays(today, 6)}T17:00:00.000Z`);

    // Act: today's run (voting opens tomorrow: nothing yet), then tomorrow's twice at once and once more.
    await runAlertsJob(api.store, now, { departements: [departement] });
    const beforeTheDay = await opened(withEmail.id);
    const morning = new Date(`${tomorrow}T04:00:00Z`);
    await Promise.all([
      runAlertsJob(api.store, morning, { departements: [departement] }),
      runAlertsJob(api.store, morning, { departements: [departement] }),
    ]);
    await runAlertsJob(api.store, morning, { departements: [departement] });

    // Assess: one message to each member, due when voting opens.
    expect(beforeTheDay).toEqual([]);
    expect((await opened(withEmail.id)).map((message) => message.dueAt)).toEqual([opensAt]);
    expect((await opened(withNothing.id)).map((message) => message.dueAt)).toEqual([opensAt]);

    // The sender: nothing before voting opens; then the address chosen, and nothing for who chose no channel.
    const { transports, emails } = recordingTransports();
    await sender(transports, new Date(Date.parse(opensAt) - 60_000));
    expect(emails.filter((email) => email.to === 'ouverture.test@example.fr')).toEqual([]);
    await sender(transports, new Date(Date.parse(opensAt) + 1000));
    const texts = emails.filter((email) => email.to === 'ouverture.test@example.fr').map((email) => email.message.text);
    expect(texts).toHaveLength(1);
    // « tu », the link to the committees, the colon after a narrow no-break space, nothing of the consultation.
    expect(texts[0]?.split('\n')[0]).toBe('Tu as du nouveau dans Envol\u202f: http://envol.test/#/comites');
    expect(texts[0]).not.toMatch(/fête|Vendredi|Saint-Denis|CTJ/);
    expect((await opened(withEmail.id)).map((message) => message.status)).toEqual(['sent']);
    expect((await opened(withNothing.id)).map((message) => [message.status, message.skippedReason])).toEqual([['skipped', 'no_channel']]);
  });

  it('tells the members of a consultation created open after the day’s run the next morning, once', async () => {
    const now = new Date();
    const today = parisDate(now);
    const tomorrow = addDays(today, 1);
    await place.register();
    const member = await place.youth(today);
    const committeeId = await place.committeeOf(member.id);
    await place.consultation(committeeId, new Date(now.getTime() - 60_000).toISOString(), `${addDays(today, 6)}T17:00:00.000Z`);

    // Tomorrow's run finds it among yesterday's openings; the day after, it is not told again.
    await runAlertsJob(api.store, new Date(`${tomorrow}T04:00:00Z`), { departements: [departement] });
    await runAlertsJob(api.store, new Date(`${addDays(today, 2)}T04:00:00Z`), { departements: [departement] });

    const messages = await opened(member.id);
    expect(messages).toHaveLength(1);
    expect(Date.parse(messages[0]?.dueAt ?? '')).toBeGreaterThan(Date.parse(`${today}T21:00:00Z`));
  });
});

describe('the backfill of the daily reminders’ indexes', () => {
  const departement = '976';
  const place = departementWithCommittee(departement);

  async function rawItem(pk: string, sk: string) {
    return (await api.store.db.send(new GetCommand({ TableName: api.store.tableName, Key: { pk, sk } }))).Item;
  }

  async function removeIndexKeys(pk: string, sk: string, attributes: string[]) {
    await api.store.db.send(
      new UpdateCommand({ TableName: api.store.tableName, Key: { pk, sk }, UpdateExpression: `REMOVE ${attributes.join(', ')}` }),
    );
  }

  it('puts back the entretiens and consultations written before the indexes, the same items, and writes nothing on a second run', async () => {
    // Prepare: an entretien planned in ten days, a consultation opening in two and closing in eight.
    const now = new Date();
    const today = parisDate(now);
    await place.register();
    const youth = await place.youth(today);
    const plannedOn = addDays(today, 10);
    const interview = await api.call(place.referent, 'POST', `/api/interviews/${youth.id}/interviews`, {
      kind: 'entretien17',
      scheduledOn: plannedOn,
    });
    expect(interview.status).toBe(201);
    const committeeId = await place.committeeOf(youth.id);
    const opensOn = addDays(today, 2);
    const closesOn = addDays(today, 8);
    const consultationId = await place.consultation(committeeId, `${opensOn}T10:00:00.000Z`, `${closesOn}T10:00:00.000Z`);
    const interviewKey = [keys.youth(departement, youth.id), keys.interviewSk(interview.body.id)] as const;
    const consultationKey = [keys.committee(departement, committeeId), keys.consultationSk(consultationId)] as const;
    const interviewItem = await rawItem(...interviewKey);
    const consultationItem = await rawItem(...consultationKey);
    expect(interviewItem?.gsi3pk).toBe(keys.plannedInterviews(departement, plannedOn));
    expect(consultationItem?.gsi2pk).toBe(keys.consultationsOpening(departement, opensOn));

    // As written before the daily reminders: no index keys.
    await removeIndexKeys(...interviewKey, ['gsi3pk', 'gsi3sk']);
    await removeIndexKeys(...consultationKey, ['gsi2pk', 'gsi2sk', 'gsi3pk', 'gsi3sk']);
    expect(await interviewRepo.plannedOn(api.store, departement, plannedOn)).toEqual([]);
    expect(await committeeRepo.openingOn(api.store, departement, opensOn)).toEqual([]);

    // Act
    const first = await backfillReminderIndexes(api.store, departement);
    const second = await backfillReminderIndexes(api.store, departement);

    // Assess: the same items as the routes wrote, found again by their days; the second run wrote nothing.
    expect(first).toEqual({ interviews: 1, consultations: 1 });
    expect(second).toEqual({ interviews: 0, consultations: 0 });
    expect(await rawItem(...interviewKey)).toEqual(interviewItem);
    expect(await rawItem(...consultationKey)).toEqual(consultationItem);
    expect(await interviewRepo.plannedOn(api.store, departement, plannedOn)).toEqual([{ youthId: youth.id, plannedOn }]);
    expect((await committeeRepo.openingOn(api.store, departement, opensOn)).map((found) => found.id)).toEqual([consultationId]);
    expect((await committeeRepo.closingOn(api.store, departement, closesOn)).map((found) => found.id)).toEqual([consultationId]);
  });
});
