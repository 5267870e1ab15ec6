import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSender } from '../../functions/reminders/sender.js';
import type { Transports } from '../../functions/reminders/transports.js';
import { logger } from '../../shared/http/logger.js';
import { castBallot, requestCredential } from '../support/ballot.js';
import { type Harness, startHarness } from '../support/harness.js';
import { newYouth, people } from '../support/people.js';
import { completePlan } from '../support/plan-body.js';

/** Logs are structured JSON with a request id, and carry no personal data. */
let api: Harness;
beforeAll(async () => {
  api = await startHarness();
});
afterAll(() => api.close());

const secrets = {
  firstName: 'Zéphyrine',
  lastName: 'Quillardeau',
  journal: 'texte-confidentiel-du-journal',
  feedback: 'avis-confidentiel-du-comite',
  option: 'option-secrete',
  answer: 'reponse-privee-preparation',
};

/** Every line the logger writes while `run` runs, at DEBUG: INFO goes to stdout, WARN and ERROR to stderr. */
async function captureLogs(run: () => Promise<void>): Promise<string[]> {
  const lines: string[] = [];
  const streams = [process.stdout, process.stderr];
  const writes = streams.map((stream) => stream.write.bind(stream));
  logger.setLogLevel('DEBUG');
  streams.forEach((stream, index) => {
    const write = writes[index] as typeof stream.write;
    stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      lines.push(
        ...String(chunk)
          .split('\n')
          .filter((line) => line.startsWith('{')),
      );
      return write(chunk as string, ...(rest as []));
    }) as typeof stream.write;
  });
  try {
    await run();
  } finally {
    streams.forEach((stream, index) => {
      stream.write = writes[index] as typeof stream.write;
    });
    logger.setLogLevel('WARN');
  }
  return lines;
}

describe('logs', () => {
  it('are JSON lines with a request id, and never carry a name, a text, feedback or a choice', async () => {
    const requestIds: string[] = [];
    const lines = await captureLogs(async () => {
      const youth = await api.call(people.admin, 'POST', '/api/youth', {
        firstName: secrets.firstName,
        lastName: secrets.lastName,
        birthDate: '2009-04-04',
        accountSub: 'jeune-logs',
        referentId: people.referent.sub,
        coordinateurId: people.coordinateur.sub,
      });
      requestIds.push(youth.headers.get('x-request-id') ?? '');
      const id = youth.body.id;
      await api.call(people.referent, 'GET', `/api/youth/${id}`);
      await api.call(people.referent, 'PATCH', `/api/youth/${id}`, { version: 1, lastName: `${secrets.lastName}-bis` });
      await api.call(people.referent, 'PATCH', `/api/youth/${id}`, { version: 1, lastName: secrets.lastName });
      await api.call(people.referent, 'POST', `/api/youth/${id}/journal`, { text: secrets.journal, visibleToYouth: true });
      await api.call(people.referent, 'POST', `/api/youth/${id}/journal`, { text: secrets.journal, visibleToYouth: 'oui' });
      await api.call(people.admin, 'POST', '/api/youth', `{"firstName":"${secrets.firstName}"`);
      const owner = { sub: 'jeune-logs', role: 'jeune' as const, departement: '62' };
      await api.call(owner, 'PUT', `/api/interviews/${id}/preparation/answers`, { answers: { questions: secrets.answer } });

      const committee = await api.call(people.organisateur, 'POST', '/api/committees', { kind: 'CTJ', name: 'CTJ logs' });
      const committeeId = committee.body.id;
      await api.call(people.organisateur, 'POST', `/api/committees/${committeeId}/members`, { youthId: id });
      const consultation = await api.call(people.organisateur, 'POST', `/api/committees/${committeeId}/consultations`, {
        title: 'Logs',
        questions: [
          {
            id: 'q',
            label: 'Q',
            kind: 'single',
            options: [
              { id: secrets.option, label: 'A' },
              { id: 'autre', label: 'B' },
            ],
          },
        ],
        opensAt: new Date(Date.now() - 60_000).toISOString(),
        closesAt: new Date(Date.now() + 60_000).toISOString(),
      });
      const path = `/api/committees/${committeeId}/consultations/${consultation.body.id}`;
      const { response, credential } = await requestCredential(api, owner, path, { feedback: secrets.feedback });
      requestIds.push(response.headers.get('x-request-id') ?? '');
      if (!credential) throw new Error('no credential');
      const cast = await castBallot(api, path, '62', credential, { q: secrets.option });
      requestIds.push(cast.headers.get('x-request-id') ?? '');
      await castBallot(api, path, '62', credential, { q: secrets.option });
      await castBallot(api, path, '62', credential, { q: 'inconnue' });
      await api.call(owner, 'POST', `${path}/ballots`, { departement: '62', credential, answers: { q: secrets.option } });
    });

    const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const requestLines = records.filter((record) => record.message === 'request');
    expect(requestLines.length).toBeGreaterThanOrEqual(14);
    for (const record of requestLines) {
      expect(record).toMatchObject({
        level: expect.any(String),
        requestId: expect.any(String),
        route: expect.any(String),
        status: expect.any(Number),
      });
    }
    for (const requestId of requestIds) expect(requestLines.map((record) => record.requestId)).toContain(requestId);

    const everything = lines.join('\n');
    for (const secret of [...Object.values(secrets), 'jeune-logs']) expect(everything).not.toContain(secret);
  });

  it('never carry a phone number, an e-mail address or a code, from the channel routes to the sender and its failures', async () => {
    // Prepare: a young person, and transports that keep the codes and fail the way SES does,
    // with the address in the error's message.
    const address = 'zephyrine.logs@example.fr';
    const typedPhone = '06 98 76 54 32';
    const phone = '+33698765432';
    const body = newYouth();
    const youth = await api.call(people.admin, 'POST', '/api/youth', body);
    const self = { sub: body.accountSub, role: 'jeune' as const, departement: '62' };
    const codes: string[] = [];
    const keepCode = (text: string) => codes.push(/\d{6}/.exec(text)?.[0] ?? '');
    const working: Transports = {
      email: { name: 'test-email', send: async (_to, message) => void keepCode(message.text) },
      sms: { name: 'test-sms', send: async (_to, text) => void keepCode(text) },
    };
    const failing: Transports = {
      email: {
        name: 'test-email',
        send: async (to) => {
          throw Object.assign(new Error(`Address ${to} rejected`), { name: 'MessageRejected' });
        },
      },
      sms: {
        name: 'test-sms',
        send: async (to) => {
          throw Object.assign(new Error(`Number ${to} is opted out`), { name: 'ValidationException' });
        },
      },
    };
    const send = (transports: Transports) =>
      runSender({ store: api.store, transports, appOrigin: 'http://envol.test', now: () => new Date('2027-03-10T10:00:00Z') });

    // Act: every channel route, a right and a wrong code, a sent and a failed message, the STOP link.
    const lines = await captureLogs(async () => {
      await api.call(self, 'POST', '/api/reminders/me/email', { email: address });
      await api.call(self, 'POST', '/api/reminders/me/phone', { phone: typedPhone });
      await api.call(self, 'POST', '/api/reminders/me/phone', { phone: `${typedPhone}9` });
      await send(working);
      await api.call(self, 'POST', '/api/reminders/me/email/verify', { code: codes[0] === '000000' ? '111111' : '000000' });
      for (const code of codes) {
        await api.call(self, 'POST', '/api/reminders/me/email/verify', { code });
        await api.call(self, 'POST', '/api/reminders/me/sms/verify', { code });
      }
      await api.call(self, 'GET', '/api/reminders/me');
      const plan = completePlan([{ id: 'g1', domain: 'logement', label: 'Trouver un studio', planB: 'FJT', actions: [] }]);
      await api.call(people.referent, 'PUT', `/api/interviews/${youth.body.id}/plan`, { version: 0, ...plan });
      await send(failing);
      await api.call(people.admin, 'GET', '/api/reminders/failed');
      await api.call(null, 'POST', '/api/reminders/stop', { token: 'pas-un-jeton' });
    });

    // Assess: the codes were sent (so the routes ran), and nothing of them reached a log line.
    expect(codes.filter((code) => /^\d{6}$/.test(code)).length).toBeGreaterThanOrEqual(2);
    expect(lines.some((line) => line.includes('reminder not sent'))).toBe(true);
    const everything = lines.join('\n');
    for (const secret of [address, 'zephyrine.logs', typedPhone, phone, '698765432', ...codes.filter(Boolean)])
      expect(everything).not.toContain(secret);
  });
});
