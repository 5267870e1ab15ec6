import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logger } from '../../shared/http/logger.js';
import { type Caller, type Harness, startHarness } from '../support/harness.js';
import { newYouth, people } from '../support/people.js';

let api: Harness;
beforeAll(async () => {
  api = await startHarness();
});
afterAll(() => api.close());

/** A young person of the usual binôme (people.referent, people.coordinateur), and their login. */
async function createYouth(overrides: Record<string, unknown> = {}) {
  const body = newYouth(overrides);
  const response = await api.call(people.admin, 'POST', '/api/youth', body);
  expect(response.status).toBe(201);
  const self: Caller = { sub: body.accountSub, role: 'jeune', departement: '62' };
  return { id: response.body.id as string, self };
}

async function openAlertsInCaseload(caller: Caller, youthId: string) {
  const caseload = await api.call(caller, 'GET', '/api/dashboard/caseload');
  return caseload.body.items.find((item: { youthId: string }) => item.youthId === youthId)?.openHelpAlerts;
}

describe('« J’ai besoin d’aide »', () => {
  it('raises one alert for a tap retried three times at once, and answers each with the numbers to call now', async () => {
    // Prepare
    const { id, self } = await createYouth({ birthDate: '2009-06-01' });
    const headers = { 'idempotency-key': `help-${id}` };
    // Act
    const answers = await Promise.all(
      [1, 2, 3].map(() => api.call(self, 'POST', '/api/dashboard/help', { reason: 'pas_ou_dormir' }, headers)),
    );
    // Assess
    const created = answers.filter((answer) => answer.status === 201);
    expect(created.length).toBeGreaterThan(0);
    // A retry that arrives while the first is still running may be told to wait (409): it never creates a second alert.
    expect(answers.every((answer) => answer.status === 201 || answer.status === 409)).toBe(true);
    expect(new Set(created.map((answer) => answer.body.alert.id)).size).toBe(1);
    expect(created[0]?.body.numbers.map((item: { number: string }) => item.number)).toEqual(['115', '119', '3114']);
    const alerts = await api.call(self, 'GET', `/api/dashboard/help/${id}`);
    expect(alerts.body.items).toHaveLength(1);
  });

  it('reaches both members of the binôme at once, first in their caseload; one acknowledges it, once', async () => {
    const { id, self } = await createYouth();
    expect((await api.call(self, 'POST', '/api/dashboard/help', { reason: 'pas_en_securite' })).status).toBe(201);

    for (const member of [people.referent, people.coordinateur]) {
      expect(await openAlertsInCaseload(member, id)).toBe(1);
      expect((await api.call(member, 'GET', '/api/dashboard/caseload')).body.items[0].youthId).toBe(id);
      const alerts = await api.call(member, 'GET', `/api/dashboard/help/${id}`);
      expect(alerts.body.items).toEqual([expect.objectContaining({ reason: 'pas_en_securite', acknowledgedAt: null })]);
    }
    const alertId = (await api.call(self, 'GET', `/api/dashboard/help/${id}`)).body.items[0].id;

    const acknowledged = await api.call(people.coordinateur, 'POST', `/api/dashboard/help/${id}/${alertId}/acknowledge`);
    const again = await api.call(people.referent, 'POST', `/api/dashboard/help/${id}/${alertId}/acknowledge`);

    expect(acknowledged.status).toBe(200);
    expect(acknowledged.body).toMatchObject({ acknowledgedAt: expect.any(String), acknowledgedByName: people.coordinateur.name ?? null });
    // The answer is the alert as the file now lists it, nothing more or less.
    expect((await api.call(people.referent, 'GET', `/api/dashboard/help/${id}`)).body.items).toEqual([acknowledged.body]);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('HELP_ALREADY_ACKNOWLEDGED');
    const unknown = await api.call(people.referent, 'POST', `/api/dashboard/help/${id}/01JAAAAAAAAAAAAAAAAAAAAAAA/acknowledge`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toBe('Cette alerte est introuvable.');
    expect(await openAlertsInCaseload(people.referent, id)).toBe(0);
    const audit = await api.call(self, 'GET', `/api/youth/${id}/audit?limit=100`);
    expect(audit.body.items.map((entry: { action: string }) => entry.action)).toEqual(
      expect.arrayContaining(['help.read', 'help.acknowledge']),
    );
  });

  it('shows the département’s out-of-hours number and when the binôme works, once an admin set them', async () => {
    const { self } = await createYouth({ birthDate: '2007-01-01' });
    const settings = await api.call(people.admin, 'PUT', '/api/dashboard/settings', {
      secondMemberLabel: 'Coordonnateur ASE en mission locale',
      outOfHoursNumber: '03 21 21 62 62',
      binomeHours: 'du lundi au vendredi, de 9 h à 17 h',
    });
    expect(settings.status).toBe(200);
    const answer = await api.call(self, 'POST', '/api/dashboard/help', { reason: 'besoin_de_parler' });
    expect(answer.body.numbers.map((item: { number: string }) => item.number)).toEqual(['3114', '115', '03 21 21 62 62']);
    expect(answer.body.binomeHours).toBe('du lundi au vendredi, de 9 h à 17 h');
  });

  it('is refused to staff (403), hidden from a referent outside the binôme (404), never acknowledged by an admin (403)', async () => {
    const { id, self } = await createYouth();
    await api.call(self, 'POST', '/api/dashboard/help', { reason: 'besoin_de_parler' });
    const alertId = (await api.call(self, 'GET', `/api/dashboard/help/${id}`)).body.items[0].id;
    expect((await api.call(people.referent, 'POST', '/api/dashboard/help', { reason: 'besoin_de_parler' })).status).toBe(403);
    expect((await api.call(people.otherReferent, 'GET', `/api/dashboard/help/${id}`)).status).toBe(404);
    expect((await api.call(people.admin, 'POST', `/api/dashboard/help/${id}/${alertId}/acknowledge`)).status).toBe(403);
    expect((await api.call(self, 'POST', '/api/dashboard/help', { reason: 'autre chose' })).status).toBe(400);
  });

  it('never writes what the young person chose to a log line', async () => {
    const { id, self } = await createYouth();
    const lines: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    logger.setLogLevel('DEBUG');
    process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      lines.push(String(chunk));
      return write(chunk as string, ...(rest as []));
    }) as typeof process.stdout.write;
    try {
      await api.call(self, 'POST', '/api/dashboard/help', { reason: 'pas_en_securite' });
      await api.call(people.referent, 'GET', `/api/dashboard/help/${id}`);
    } finally {
      process.stdout.write = write;
      logger.setLogLevel('WARN');
    }
    expect(lines.join('\n')).toContain('/api/dashboard/help');
    expect(lines.join('\n')).not.toContain('pas_en_securite');
  });
});
