import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { runAlertsJob } from '../functions/alerts/job.js';
import { buildCaseload } from '../functions/dashboard/caseload-service.js';
import { createDocumentClient } from '../shared/db/client.js';
import { keys } from '../shared/db/keys.js';
import type { Store } from '../shared/db/store.js';
import { youthRepo } from '../shared/db/youth-repo.js';
import { addDays, addYears, parisDate } from '../shared/domain/calendar-date.js';
import type { Deps } from '../shared/http/app-env.js';
import { fixed, table } from './lib/measure.js';
import type { BenchStack } from './lib/stack.js';

/** A store whose every DynamoDB request is counted. */
function countingStore(stack: BenchStack): { store: Store; count: () => number; reset: () => void } {
  const db = createDocumentClient({ endpoint: stack.dynamo.endpoint });
  let requests = 0;
  db.middlewareStack.add(
    (next) => async (args) => {
      requests += 1;
      return next(args);
    },
    { step: 'initialize', name: 'countRequests' },
  );
  return {
    store: { ...stack.store, db },
    count: () => requests,
    reset: () => {
      requests = 0;
    },
  };
}

const CASELOAD = 30;
const codes = (count: number) => Array.from({ length: count }, (_, index) => String(index + 1).padStart(2, '0'));

/**
 * `departements` × `perDepartement` young people, ages spread over 16 to 21, one referent per
 * 30: « Mon suivi » of one referent per département (DynamoDB requests), then the daily
 * alerts job over every département (time per young person due, against a raw GetItem).
 */
export async function benchDashboard(stack: BenchStack, departements: number, perDepartement: number): Promise<string> {
  const now = new Date();
  const today = parisDate(now);
  const admin = (departement: string) => ({ sub: `admin-${departement}`, role: 'admin' as const, departement, name: null });
  const seedStarted = performance.now();
  for (const departement of codes(departements)) {
    let next = 0;
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (next < perDepartement) {
          const index = next;
          next += 1;
          const birthDate = addDays(addYears(today, -16), -((index * 7919) % (5 * 365)));
          await youthRepo.create(
            stack.store,
            admin(departement),
            {
              firstName: 'Jeune',
              lastName: `Bench${index}`,
              birthDate,
              careEndDate: index % 3 === 0 ? null : addYears(birthDate, 18),
              accountSub: `jeune-${departement}-${index}`,
              referentId: `ref-${departement}-${Math.floor(index / CASELOAD)}`,
              coordinateurId: `coord-${departement}-${Math.floor(index / 40)}`,
            },
            now,
          );
        }
      }),
    );
  }
  const seedSeconds = (performance.now() - seedStarted) / 1000;

  const counting = countingStore(stack);
  const caseloadRequests: number[] = [];
  for (const departement of codes(departements)) {
    counting.reset();
    const deps = { store: counting.store, now: () => now } as unknown as Deps;
    const caseload = await buildCaseload(deps, { sub: `ref-${departement}-0`, role: 'referent', departement, name: null });
    if (caseload.items.length !== Math.min(CASELOAD, perDepartement)) throw new Error(`Caseload of ${caseload.items.length}`);
    caseloadRequests.push(counting.count());
  }
  // (dash-indicators) requests per indicator query: measured here, beside the caseload's.

  const rawStarted = performance.now();
  const rawCalls = 200;
  for (let call = 0; call < rawCalls; call += 1) {
    await stack.store.db.send(
      new GetCommand({ TableName: stack.store.tableName, Key: { pk: keys.youth('01', 'none'), sk: keys.profileSk } }),
    );
  }
  const rawMs = (performance.now() - rawStarted) / rawCalls;

  counting.reset();
  const jobStarted = performance.now();
  const first = await runAlertsJob(counting.store, now);
  const jobMs = performance.now() - jobStarted;
  const jobRequests = counting.count();
  counting.reset();
  const second = await runAlertsJob(counting.store, now);
  const sum = (run: typeof first, field: 'youngPeople' | 'due' | 'created') =>
    run.departements.reduce((total, result) => total + result[field], 0);
  const due = sum(first, 'youngPeople');
  const failed = first.departements.filter((result) => !result.ok).length;
  const perYouth = jobMs / Math.max(1, due);

  return [
    `### Dashboard at scale: ${departements} départements × ${perDepartement} young people (${departements * perDepartement} files, seeded in ${fixed(seedSeconds, 0)} s)`,
    '',
    table(
      ['measure', 'value'],
      [
        [
          `DynamoDB requests for « Mon suivi » of ${CASELOAD} young people (min–max over départements)`,
          `${Math.min(...caseloadRequests)}–${Math.max(...caseloadRequests)}`,
        ],
        ['DynamoDB requests per indicator query', '(dash-indicators adds it here)'],
        ['young people with a deadline in the job’s window (all départements)', due],
        ['alerts due / written on the first run', `${sum(first, 'due')} / ${sum(first, 'created')}`],
        ['alerts written on a second run', sum(second, 'created')],
        ['départements failed', failed],
        ['job: DynamoDB requests, first run', jobRequests],
        ['job: ms per young person due', fixed(perYouth, 2)],
        ['raw GetItem: ms', fixed(rawMs, 2)],
        ['ratio job per young person due / raw GetItem', fixed(perYouth / rawMs, 2)],
      ],
    ),
  ].join('\n');
}
