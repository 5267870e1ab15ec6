import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backfillIndicatorFacts } from '../../functions/dashboard/indicator-facts-backfill.js';
import { indicatorFactsRepo } from '../../shared/db/indicator-facts-repo.js';
import { keys } from '../../shared/db/keys.js';
import { type CountingProxy, startCountingProxy } from '../support/counting-proxy.js';
import { type Caller, type Harness, startHarness } from '../support/harness.js';
import { newYouth, people } from '../support/people.js';

// Every date below is read against this day (Paris).
const NOW = new Date('2026-11-29T10:00:00Z');

let api: Harness;
let proxy: CountingProxy;
beforeAll(async () => {
  api = await startHarness({
    now: () => NOW,
    serverDynamoEndpoint: async (endpoint) => {
      proxy = await startCountingProxy(endpoint);
      return proxy.endpoint;
    },
  });
});
afterAll(async () => {
  await api.close();
  await proxy.close();
});

const stable = { housing: 'logement_autonome', resources: 'revenus_activite', activity: 'emploi', healthCover: 'complete' };

async function newReferent(sub: string, territory: string): Promise<Caller> {
  const created = await api.call(people.admin, 'POST', '/api/staff', {
    sub,
    firstName: 'Léa',
    lastName: 'Morel',
    role: 'referent',
    territory,
  });
  expect(created.status).toBe(201);
  return { sub, role: 'referent', departement: '62', name: 'Léa Morel' };
}

/** A file whose care ended on `careEndDate`, with its situation at exit recorded or not. */
async function leftCare(referent: Caller, careEndDate: string, situation: typeof stable | null, lastName = 'Sortie') {
  const created = await api.call(
    people.admin,
    'POST',
    '/api/youth',
    newYouth({ referentId: referent.sub, birthDate: '2007-06-01', careEndDate, lastName }),
  );
  expect(created.status).toBe(201);
  if (situation) {
    const saved = await api.call(people.admin, 'PATCH', `/api/youth/${created.body.id}`, { version: 1, exitSituation: situation });
    expect(saved.status).toBe(200);
  }
  return created.body.id as string;
}

function rowOf(body: { sections: { rows: { id: string }[] }[] }, id: string) {
  return body.sections.flatMap((section) => section.rows).find((row) => row.id === id) as Record<string, unknown>;
}

let arras: Caller;
beforeAll(async () => {
  // Arras: 6 left with their situation (« logement autonome »…), 6 without; Lens: 5 with.
  arras = await newReferent('ref-ind-arras', 'Arras');
  const lens = await newReferent('ref-ind-lens', 'Lens');
  for (let index = 0; index < 6; index += 1) await leftCare(arras, '2026-03-01', stable, 'Zorglub');
  for (let index = 0; index < 6; index += 1) await leftCare(arras, '2026-04-01', null);
  for (let index = 0; index < 5; index += 1) await leftCare(lens, '2026-05-01', stable);
});

describe('exit indicators (admin)', () => {
  it('counts the département’s young people who left care in the year, by territory, small cells hidden jointly', async () => {
    const all = await api.call(people.admin, 'GET', '/api/dashboard/indicators?year=2026');
    expect(all.status).toBe(200);
    expect(all.body.territories).toEqual(['Arras', 'Lens']);
    expect(rowOf(all.body, 'sorties.cohorte')).toMatchObject({ count: 17, suppressed: null });
    const inArras = await api.call(people.admin, 'GET', '/api/dashboard/indicators?year=2026&territory=Arras');
    const inLens = await api.call(people.admin, 'GET', '/api/dashboard/indicators?year=2026&territory=Lens');
    // Everyone in Lens has a situation: its 0 « non renseignée » is « < 5 », and the 6 of Arras and the
    // département's 6 cannot both be shown, or 6 − 6 would give Lens's.
    expect(rowOf(inLens.body, 'sorties.nonRenseigne')).toMatchObject({ count: null, suppressed: 'small' });
    expect([rowOf(inArras.body, 'sorties.nonRenseigne').count, rowOf(all.body, 'sorties.nonRenseigne').count]).toContain(null);
    // For every row: never one territory hidden while the département and the other are shown.
    const rows = (body: typeof all.body) => body.sections.flatMap((section: { rows: Record<string, unknown>[] }) => section.rows);
    rows(all.body).forEach((row: Record<string, unknown>, index: number) => {
      const territories = [rows(inArras.body)[index], rows(inLens.body)[index]];
      const hidden = territories.filter((cell) => cell.count === null).length;
      if (row.count !== null) expect(hidden, String(row.id)).not.toBe(1);
    });
    expect(JSON.stringify(all.body)).not.toContain('Zorglub');
  });

  it('shows another département nothing of 62', async () => {
    const other = await api.call(people.admin59, 'GET', '/api/dashboard/indicators?year=2026');
    expect(other.status).toBe(200);
    expect(other.body.territories).toEqual([]);
    expect(rowOf(other.body, 'sorties.cohorte')).toMatchObject({ count: null, suppressed: 'small' });
  });

  it('refuses staff other than admins and young people (403), and a year out of range (400)', async () => {
    for (const caller of [people.referent, people.coordinateur, people.organisateur, people.youth]) {
      const denied = await api.call(caller, 'GET', '/api/dashboard/indicators');
      expect(denied.status).toBe(403);
      expect((await api.call(caller, 'GET', '/api/dashboard/indicators/export')).status).toBe(403);
    }
    const bad = await api.call(people.admin, 'GET', '/api/dashboard/indicators?year=deux-mille');
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_ERROR');
  });

  it('reads the département with four Queries (its files, its archived files, its referents, the facts), the same for 17 young people as for 27, and never a Scan', async () => {
    proxy.reset();
    expect((await api.call(people.admin, 'GET', '/api/dashboard/indicators?year=2026')).status).toBe(200);
    const fourteen = proxy.counts();
    for (let index = 0; index < 10; index += 1) await leftCare(arras, '2026-06-01', stable);
    proxy.reset();
    const more = await api.call(people.admin, 'GET', '/api/dashboard/indicators?year=2026');
    expect(rowOf(more.body, 'sorties.cohorte')).toMatchObject({ count: 27 });
    expect(fourteen).toEqual({ Query: 4 });
    expect(proxy.counts()).toEqual({ Query: 4 });
  });

  it('exports the same aggregates as a CSV with a BOM, ; separators and French headers, no name', async () => {
    const token = await api.tokenFor(people.admin);
    const response = await fetch(`${api.url}/api/dashboard/indicators/export?year=2026`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="envol-indicateurs-62-2026.csv"');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('Département;Territoire;Année;Rubrique;Indicateur;Modalité;Effectif;Part (%)');
    expect(lines).toContain('62;Tout le département;2026;Situation à la sortie de l’ASE;;Jeunes sortis de l’ASE;27;');
    expect(text).not.toContain('Zorglub');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});

describe('check-ins of 19 and 21 (the young person)', () => {
  it('opens at 19, takes the five answers once, with consent, and shows staff nothing of them', async () => {
    const owner: Caller = { sub: `jeune-19-${Date.now()}`, role: 'jeune', departement: '62' };
    const created = await api.call(
      people.admin,
      'POST',
      '/api/youth',
      newYouth({ accountSub: owner.sub, birthDate: '2007-11-20', careEndDate: null }),
    );
    expect(created.status).toBe(201);
    const state = await api.call(owner, 'GET', '/api/dashboard/check-in');
    expect(state.body).toEqual({ open: { age: 19, opensOn: '2026-11-20', closesOn: '2027-02-19' }, done: [] });

    const answers = { ...stable, someoneToCountOn: 'non' };
    const sent = await api.call(owner, 'POST', '/api/dashboard/check-in', { age: 19, consent: true, answers });
    expect(sent.status).toBe(201);
    expect(sent.body).toEqual({ open: null, done: [{ age: 19, status: 'answered', on: '2026-11-29' }] });
    const again = await api.call(owner, 'POST', '/api/dashboard/check-in', { age: 19, consent: false });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('CHECK_IN_ALREADY_DONE');
    expect((await indicatorFactsRepo.get(api.store, '62', created.body.id)).checkIns[19]).toEqual({
      status: 'answered',
      on: '2026-11-29',
      answers,
    });

    // Staff: no route reads them; the indicators count one answer as « < 5 ».
    expect((await api.call(people.referent, 'GET', '/api/dashboard/check-in')).status).toBe(403);
    const table = await api.call(people.admin, 'GET', '/api/dashboard/indicators?year=2026');
    expect(rowOf(table.body, 'bilan19.repondu')).toMatchObject({ count: null, suppressed: 'small' });
    expect(JSON.stringify(table.body)).not.toContain('"non"');

    // The RGPD export: hers holds her answers; an admin's, only that she answered and when.
    const own = await api.call(owner, 'GET', `/api/youth/${created.body.id}/export`);
    expect(own.body.checkIns).toEqual([{ age: 19, status: 'answered', on: '2026-11-29', answers }]);
    const admin = await api.call(people.admin, 'GET', `/api/youth/${created.body.id}/export`);
    expect(admin.status).toBe(200);
    expect(admin.body.checkIns).toEqual([{ age: 19, status: 'answered', on: '2026-11-29', answers: null }]);
  });

  it('records a decline without answers, and refuses a check-in that is not open (409) or a half-filled one (400)', async () => {
    const owner: Caller = { sub: `jeune-21-${Date.now()}`, role: 'jeune', departement: '62' };
    const created = await api.call(
      people.admin,
      'POST',
      '/api/youth',
      newYouth({ accountSub: owner.sub, birthDate: '2005-10-01', careEndDate: null }),
    );
    expect(created.status).toBe(201);
    const early = await api.call(owner, 'POST', '/api/dashboard/check-in', { age: 19, consent: false });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('CHECK_IN_NOT_OPEN');
    const partial = await api.call(owner, 'POST', '/api/dashboard/check-in', { age: 21, consent: true, answers: { housing: 'inconnu' } });
    expect(partial.status).toBe(400);
    const declined = await api.call(owner, 'POST', '/api/dashboard/check-in', { age: 21, consent: false, answers: { ...stable } });
    expect(declined.status).toBe(400);
    const ok = await api.call(owner, 'POST', '/api/dashboard/check-in', { age: 21, consent: false });
    expect(ok.status).toBe(201);
    expect((await indicatorFactsRepo.get(api.store, '62', created.body.id)).checkIns[21]).toEqual({ status: 'declined', on: '2026-11-29' });
  });
});

describe('indicator facts kept by the writes they summarise', () => {
  it('keeps an interview’s day, the CEJ proposed and the follow-up situation, and support requests with their decisions', async () => {
    const owner: Caller = { sub: `jeune-facts-${Date.now()}`, role: 'jeune', departement: '62' };
    const created = await api.call(
      people.admin,
      'POST',
      '/api/youth',
      newYouth({ accountSub: owner.sub, birthDate: '2008-01-10', careEndDate: '2026-05-01' }),
    );
    const id = created.body.id as string;
    const interview = await api.call(people.referent, 'POST', `/api/interviews/${id}/interviews`, {
      kind: 'entretien17',
      heldOn: '2025-01-05',
      participants: [{ kind: 'jeune', name: 'Lina Martin' }],
      rightsTold: [{ right: 'contrat_engagement_jeune', toldOn: '2025-01-05', answer: 'oui' }],
    });
    expect(interview.status, JSON.stringify(interview.body)).toBe(201);
    const request = await api.call(owner, 'POST', `/api/youth/${id}/support-requests`, { kind: 'retour' });
    expect(request.status, JSON.stringify(request.body)).toBe(201);
    const decided = await api.call(people.admin, 'POST', `/api/youth/${id}/support-requests/${request.body.id}/decision`, {
      outcome: 'refusee',
      reasons: 'Dossier incomplet',
    });
    expect(decided.status).toBe(201);
    const facts = await indicatorFactsRepo.get(api.store, '62', id);
    expect(facts.interviews).toEqual([{ kind: 'entretien17', heldOn: '2025-01-05', situation: null, cejProposedOn: '2025-01-05' }]);
    expect(facts.supportRequests).toEqual([{ kind: 'retour', requestedOn: '2026-11-29' }]);
    expect(facts.supportDecisions).toEqual([{ outcome: 'refusee', decidedOn: '2026-11-29' }]);
  });
});

describe('npm run indicators:backfill', () => {
  it('writes the facts of records from before the facts existed, and a second run changes nothing', async () => {
    const owner: Caller = { sub: `jeune-backfill-${Date.now()}`, role: 'jeune', departement: '62' };
    const created = await api.call(
      people.admin,
      'POST',
      '/api/youth',
      newYouth({ accountSub: owner.sub, birthDate: '2008-01-10', careEndDate: '2026-05-01' }),
    );
    const id = created.body.id as string;
    const interview = await api.call(people.referent, 'POST', `/api/interviews/${id}/interviews`, {
      kind: 'entretien17',
      heldOn: '2025-01-05',
      participants: [{ kind: 'jeune', name: 'Lina Martin' }],
      rightsTold: [{ right: 'contrat_engagement_jeune', toldOn: '2025-01-05', answer: 'oui' }],
    });
    expect(interview.status).toBe(201);
    const request = await api.call(owner, 'POST', `/api/youth/${id}/support-requests`, { kind: 'retour' });
    expect(request.status).toBe(201);
    const decided = await api.call(people.admin, 'POST', `/api/youth/${id}/support-requests/${request.body.id}/decision`, {
      outcome: 'refusee',
      reasons: 'Dossier incomplet',
    });
    expect(decided.status).toBe(201);
    const written = await indicatorFactsRepo.get(api.store, '62', id);

    // As if the records had been written before the facts item existed.
    await api.store.db.send(
      new DeleteCommand({ TableName: api.store.tableName, Key: { pk: keys.youth('62', id), sk: keys.indicatorFactsSk } }),
    );
    expect((await indicatorFactsRepo.get(api.store, '62', id)).interviews).toEqual([]);
    const before = (await api.call(people.admin, 'GET', '/api/dashboard/indicators?year=2026')).body;

    const files = await backfillIndicatorFacts(api.store, '62');
    expect(files).toBeGreaterThan(20);
    const backfilled = await indicatorFactsRepo.get(api.store, '62', id);
    expect(backfilled).toEqual(written);
    expect(backfilled.supportDecisions).toEqual([{ outcome: 'refusee', decidedOn: '2026-11-29' }]);
    // Everyone else's facts (check-ins included) are as they were: the table is the one before, with this file back.
    const after = (await api.call(people.admin, 'GET', '/api/dashboard/indicators?year=2026')).body;
    expect(rowOf(after, 'bilan19.repondu')).toEqual(rowOf(before, 'bilan19.repondu'));

    await backfillIndicatorFacts(api.store, '62');
    expect(await indicatorFactsRepo.get(api.store, '62', id)).toEqual(written);
    expect((await api.call(people.admin, 'GET', '/api/dashboard/indicators?year=2026')).body).toEqual(after);
  });
});
