import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logger } from '../../shared/http/logger.js';
import { castBallot, requestCredential } from '../support/ballot.js';
import { type Harness, startHarness } from '../support/harness.js';
import { people } from '../support/people.js';

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

async function captureLogs(run: () => Promise<void>): Promise<string[]> {
  const lines: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  logger.setLogLevel('DEBUG');
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    lines.push(...String(chunk).split('\n').filter(Boolean));
    return write(chunk as string, ...(rest as []));
  }) as typeof process.stdout.write;
  try {
    await run();
  } finally {
    process.stdout.write = write;
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
});
