import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Principal } from '../shared/auth/principal.js';
import { auditRepo } from '../shared/db/audit-repo.js';
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
  const rawGet = () =>
    stack.store.db.send(new GetCommand({ TableName: stack.store.tableName, Key: { pk: keys.youth('62', id), sk: keys.profileSk } }));
  const reader: Principal = { sub: 'ref-bench', role: 'referent', departement: '62', name: null };
  // In turns, so that all meet the same moments of a shared machine's load.
  const { raw, api, journal, design, http } = await measureInTurns(
    {
      raw: async () => {
        await rawGet();
      },
      api: read(`/api/youth/${id}`),
      journal: read(`/api/youth/${id}/journal`),
      // What the rule « audit written before the answer » costs with nothing else: the
      // profile (the policy needs it), then the audit entry, back to back, no HTTP.
      design: async () => {
        await rawGet();
        await auditRepo.record(stack.store, reader, id, 'profile.read', new Date());
      },
      // An HTTP round trip through the same server that reads nothing.
      http: async () => {
        const response = await fetch(`${stack.server.url}/api/health`);
        if (response.status !== 200) throw new Error(`Unexpected status ${response.status}`);
        await response.arrayBuffer();
      },
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
    '',
    `**What bounds a read** (same turns): the design's two DynamoDB requests in a row, with no HTTP, is the least a read of a file can cost (the audit entry is written once the profile has said the caller may read, and before the answer); an HTTP round trip comes on top.`,
    '',
    table(
      ['part of a read', 'p50 latency (ms)', 'ratio to raw GetItem'],
      [
        ['profile GetItem, then the audit PutItem (no HTTP)', fixed(design.p50), fixed(design.p50 / raw.p50, 2)],
        ['an HTTP round trip that reads nothing (GET /api/health)', fixed(http.p50), fixed(http.p50 / raw.p50, 2)],
      ],
    ),
  ].join('\n');
}
