import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPrincipal, seedDemo } from '../../functions/local/seed-demo.js';
import { seedDemoLeavers } from '../../functions/local/seed-demo-leavers.js';
import { type Caller, type Harness, startHarness } from '../support/harness.js';

let api: Harness;
const lina: Caller = { sub: 'jeune-62-lina', role: 'jeune', departement: '62', name: 'Lina Martin' };
const yanis: Caller = { sub: 'jeune-62-yanis', role: 'jeune', departement: '62', name: 'Yanis Benali' };
const karim: Caller = { sub: 'coord-62-karim', role: 'coordinateur', departement: '62', name: 'Karim Haddad' };
let ids: { lina: string; yanis: string };

beforeAll(async () => {
  api = await startHarness();
  await seedDemo(api.store, new Date(), { withActivity: true });
  ids = {
    lina: (await api.call(lina, 'GET', '/api/youth/me')).body.id,
    yanis: (await api.call(yanis, 'GET', '/api/youth/me')).body.id,
  };
});
afterAll(() => api.close());

describe('the demo shows the autonomy grid (npm start)', () => {
  it('gives Yanis two sent pairs, compared and proposed, and keeps Lina’s unsent one hers', async () => {
    const evaluations = (await api.call(karim, 'GET', `/api/grids/${ids.yanis}/evaluations`)).body.items;
    expect(evaluations.map((evaluation: { kind: string }) => evaluation.kind).sort()).toEqual(['binome', 'binome', 'self', 'self']);
    expect((await api.call(karim, 'GET', `/api/grids/${ids.yanis}/progress`)).body.points).toHaveLength(4);
    const comparison = (await api.call(karim, 'GET', `/api/grids/${ids.yanis}/comparison`)).body;
    expect(comparison.items.some((item: { highlighted: boolean }) => item.highlighted)).toBe(true);
    expect((await api.call(karim, 'GET', `/api/grids/${ids.yanis}/proposals`)).body.items.length).toBeGreaterThan(0);

    expect((await api.call(karim, 'GET', `/api/grids/${ids.lina}/evaluations`)).body.items).toEqual([]);
    expect(Object.keys((await api.call(lina, 'GET', `/api/grids/${ids.lina}/self-assessment`)).body.levels)).toHaveLength(4);
  });
});

describe('the demo shows housing (npm start)', () => {
  it('gives Yanis a shared project and applications in several states, no solution yet, and the alert', async () => {
    const file = (await api.call(karim, 'GET', `/api/housing/${ids.yanis}`)).body;
    expect(file.project.sharedAt).not.toBeNull();
    expect(file.applications.map((application: { status: string }) => application.status).sort()).toEqual([
      'brouillon',
      'deposee',
      'en_instruction',
      'refusee_par_le_partenaire',
    ]);
    expect(file.applications.filter((application: { lacksNews: boolean }) => application.lacksNews)).toHaveLength(1);
    expect(file.hasSolution).toBe(false);
    expect(file.alert).toMatchObject({ basis: 'careEnd' });
    expect((await api.call(karim, 'GET', `/api/youth/${ids.yanis}`)).body.hasHousingSolution).toBe(false);
    expect((await api.call(karim, 'GET', '/api/housing/partners')).body.items).toHaveLength(3);
  });

  it('keeps Lina’s started project hers until she shares it', async () => {
    expect((await api.call(karim, 'GET', `/api/housing/${ids.lina}`)).body).toMatchObject({ project: null, projectPending: true });
    expect((await api.call(lina, 'GET', `/api/housing/${ids.lina}`)).body.project.wishedArea).toBe('Arras');
  });
});

describe('the demo shows exit indicators (npm start)', () => {
  it('loads its leavers once, and the year’s table shows figures past the small-cell rule', async () => {
    const nadia = demoPrincipal('admin-62-nadia');
    expect(await seedDemoLeavers(api.store, nadia, new Date())).toBe(true);
    expect(await seedDemoLeavers(api.store, nadia, new Date())).toBe(false);
    const table = (await api.call({ ...nadia, name: 'Nadia Roussel' }, 'GET', '/api/dashboard/indicators')).body;
    const rows = table.sections.flatMap((section: { rows: { id: string; count: number | null }[] }) => section.rows);
    const count = (id: string) => rows.find((row: { id: string }) => row.id === id)?.count;
    expect(count('sorties.cohorte')).toBe(14);
    expect(count('bilan19.cohorte')).toBe(14);
    // Some categories too (5 left to a home of their own), not only the cohorts.
    expect(rows.some((row: { id: string; count: number | null }) => row.id.startsWith('sorties.housing.') && row.count !== null)).toBe(
      true,
    );
    expect(table.territories).toEqual(['Arrageois', 'Lens-Liévin']);
  });
});
