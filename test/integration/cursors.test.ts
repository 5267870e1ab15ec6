import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller, Harness } from '../support/harness.js';
import { startHarness } from '../support/harness.js';
import { newYouth, people } from '../support/people.js';

/**
 * A hostile caller decodes a genuine cursor, changes the key inside and encodes it again
 * (keeping whatever else the cursor carried). Every paginated route, for every role that
 * may use it, must answer 400 INVALID_CURSOR: never a 500, never another page.
 */
let api: Harness;
let youthId: string;
let owner: Caller;
const binome = {
  referent: { sub: `ref-cursor-${Date.now()}`, role: 'referent', departement: '62' } satisfies Caller,
  coordinateur: { sub: `coord-cursor-${Date.now()}`, role: 'coordinateur', departement: '62' } satisfies Caller,
};

beforeAll(async () => {
  api = await startHarness();
  await api.registerStaff(binome.referent, binome.coordinateur);
  for (let index = 0; index < 3; index += 1) {
    const body = newYouth({ referentId: binome.referent.sub, coordinateurId: binome.coordinateur.sub });
    const created = await api.call(people.admin, 'POST', '/api/youth', body);
    expect(created.status).toBe(201);
    youthId = created.body.id;
    owner = { sub: body.accountSub, role: 'jeune', departement: '62' };
  }
  for (const text of ['Un', 'Deux', 'Trois']) {
    expect((await api.call(binome.referent, 'POST', `/api/youth/${youthId}/journal`, { text, visibleToYouth: true })).status).toBe(201);
  }
  for (let index = 0; index < 3; index += 1) await api.call(people.admin, 'GET', `/api/youth/${youthId}`);
  for (let index = 0; index < 3; index += 1) {
    const application = await api.call(binome.referent, 'POST', `/api/housing/${youthId}/applications`, { solutionTypeId: 'fjt' });
    expect(application.status).toBe(201);
  }
});
afterAll(() => api.close());

/** A page of one item, from the start or from `cursor`. */
function onePage(path: string, cursor?: string): string {
  const query = `limit=1${cursor === undefined ? '' : `&cursor=${encodeURIComponent(cursor)}`}`;
  return `${path}${path.includes('?') ? '&' : '?'}${query}`;
}

type Change = (key: Record<string, unknown>) => Record<string, unknown>;

/** The cursor's JSON part, changed and re-encoded; anything after a `.` is kept as it was. */
function tamper(cursor: string, change: Change): string {
  const [payload = '', ...rest] = cursor.split('.');
  const key = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
  return [Buffer.from(JSON.stringify(change(key)), 'utf8').toString('base64url'), ...rest].join('.');
}

/** The table's sort key `sk`, present in every cursor (a GSI's cursor also carries the table's key). */
function sortKeyOf(key: Record<string, unknown>): string {
  return 'sk' in key ? 'sk' : (Object.keys(key).sort().at(-1) ?? 'sk');
}

const changes: [string, Change][] = [
  ['a key attribute missing', (key) => Object.fromEntries(Object.entries(key).filter(([name]) => name !== sortKeyOf(key)))],
  ['a key attribute empty', (key) => ({ ...key, [sortKeyOf(key)]: '' })],
  [
    'every sort key emptied',
    (key) => Object.fromEntries(Object.entries(key).map(([name, value]) => [name, /sk$/.test(name) ? '' : value])),
  ],
  ['an extra attribute', (key) => ({ ...key, extra: 'x' })],
  ['a sort key outside the expected prefix', (key) => ({ ...key, sk: 'ZZZ#outside' })],
  ['a number instead of a string', (key) => ({ ...key, [sortKeyOf(key)]: 7 })],
  ['the partition key removed', ({ pk: _pk, ...rest }) => rest],
  ['another partition', (key) => ({ ...key, pk: 'D#59#Y#01JD2Y3QK9V8N6M4R2T0W1X5Z7' })],
];

const routes: [string, () => string, () => Caller[]][] = [
  ['GET /api/youth', () => '/api/youth', () => [binome.referent, binome.coordinateur, people.admin]],
  ['GET /api/youth/{id}/journal', () => `/api/youth/${youthId}/journal`, () => [owner, binome.referent, binome.coordinateur, people.admin]],
  ['GET /api/youth/{id}/audit', () => `/api/youth/${youthId}/audit`, () => [owner, people.admin]],
  ['GET /api/housing/queue', () => '/api/housing/queue?status=brouillon', () => [binome.referent, binome.coordinateur, people.admin]],
  ['GET /api/staff', () => '/api/staff', () => [people.admin]],
  ['GET /api/staff?role=referent', () => '/api/staff?role=referent', () => [people.admin]],
];

describe.each(routes)('%s with a tampered cursor', (_route, path, callers) => {
  it.each(changes)('answers 400 INVALID_CURSOR to every role, for %s', async (_label, change) => {
    for (const caller of callers()) {
      const first = await api.call(caller, 'GET', onePage(path()));
      expect(first.status, caller.role).toBe(200);
      expect(first.body.cursor, caller.role).toEqual(expect.any(String));
      const response = await api.call(caller, 'GET', onePage(path(), tamper(first.body.cursor, change)));
      expect(response.status, caller.role).toBe(400);
      expect(response.body.error.code, caller.role).toBe('INVALID_CURSOR');
    }
  });

  it('follows a genuine cursor to the next page for every role', async () => {
    for (const caller of callers()) {
      const first = await api.call(caller, 'GET', onePage(path()));
      const second = await api.call(caller, 'GET', onePage(path(), first.body.cursor));
      expect(second.status, caller.role).toBe(200);
      expect(second.body.items[0], caller.role).not.toEqual(first.body.items[0]);
    }
  });
});
