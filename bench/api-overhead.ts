import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '../shared/db/keys.js';
import { staffRepo } from '../shared/db/staff-repo.js';
import { fixed, measureInTurns, table } from './lib/measure.js';
import type { BenchStack } from './lib/stack.js';

/** GET /api/youth/{id} through the whole stack against a raw GetItem of the same item. */
export async function benchApiOverhead(stack: BenchStack, requests: number): Promise<string> {
  const concurrency = 8;
  const admin = await stack.token({ sub: 'admin-bench', role: 'admin', departement: '62' });
  const referent = await stack.token({ sub: 'ref-bench', role: 'referent', departement: '62' });
  // A file's binôme comes from the staff directory.
  for (const [sub, role] of [
    ['ref-bench', 'referent'],
    ['coord-bench', 'coordinateur'],
  ] as const) {
    await staffRepo.create(stack.store, '62', { sub, firstName: 'Bench', lastName: sub, role }, new Date());
  }
  const created = await stack.post(admin, '/api/youth', {
    firstName: 'Bench',
    lastName: 'Mark',
    birthDate: '2009-01-01',
    accountSub: 'jeune-bench',
    referentId: 'ref-bench',
    coordinateurId: 'coord-bench',
  });
  const id = String(created.body?.id ?? '');

  // A page of the file beyond its profile: the journal, read while the profile is (youth-access.ts).
  for (let entry = 0; entry < 5; entry += 1) {
    await stack.post(referent, `/api/youth/${id}/journal`, { text: `Entrée ${entry}`, visibleToYouth: true });
  }
  const read = (path: string) => async () => {
    const response = await fetch(`${stack.server.url}${path}`, { headers: { authorization: `Bearer ${referent}` } });
    if (response.status !== 200) throw new Error(`Unexpected status ${response.status}`);
    await response.arrayBuffer();
  };
  // In turns, so that the three meet the same moments of a shared machine's load.
  const { raw, api, journal } = await measureInTurns(
    {
      raw: async () => {
        await stack.store.db.send(
          new GetCommand({ TableName: stack.store.tableName, Key: { pk: keys.youth('62', id), sk: keys.profileSk } }),
        );
      },
      api: read(`/api/youth/${id}`),
      journal: read(`/api/youth/${id}/journal`),
    },
    requests,
    concurrency,
    10,
  );
  return [
    `### API overhead: a file read through the whole stack (token, policy, audit write before the answer, JSON over HTTP) vs raw GetItem — ${requests} requests each, ${concurrency} at a time, in 10 turns`,
    '',
    table(
      ['measure', 'raw GetItem', 'GET /api/youth/{id}', 'ratio', 'GET …/{id}/journal', 'ratio'],
      [
        [
          'requests per second',
          fixed(raw.perSecond),
          fixed(api.perSecond),
          fixed(raw.perSecond / api.perSecond, 2),
          fixed(journal.perSecond),
          fixed(raw.perSecond / journal.perSecond, 2),
        ],
        [
          'p50 latency (ms)',
          fixed(raw.p50),
          fixed(api.p50),
          fixed(api.p50 / raw.p50, 2),
          fixed(journal.p50),
          fixed(journal.p50 / raw.p50, 2),
        ],
        [
          'p99 latency (ms)',
          fixed(raw.p99),
          fixed(api.p99),
          fixed(api.p99 / raw.p99, 2),
          fixed(journal.p99),
          fixed(journal.p99 / raw.p99, 2),
        ],
      ],
    ),
  ].join('\n');
}
