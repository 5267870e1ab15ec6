import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { runAlertsJob } from '../functions/alerts/job.js';
import { buildCaseload } from '../functions/dashboard/caseload-service.js';
import { loadExitIndicators } from '../functions/dashboard/indicators-service.js';
import { createDocumentClient } from '../shared/db/client.js';
import { keys } from '../shared/db/keys.js';
import { staffRepo } from '../shared/db/staff-repo.js';
import type { Store } from '../shared/db/store.js';
import { youthRepo } from '../shared/db/youth-repo.js';
import { addDays, addYears, parisDate } from '../shared/domain/calendar-date.js';
import type { Deps } from '../shared/http/app-env.js';
import { bulkSeedingStore } from './lib/bulk-store.js';
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
const TERRITORIES = ['Arras', 'Lens', 'Calais'] as const;
const EXIT = { housing: 'logement_autonome', resources: 'revenus_activite', activity: 'emploi', healthCover: 'complete' } as const;
const codes = (count: number) => Array.from({ length: count }, (_, index) => String(index + 1).padStart(2, '0'));

/**
 * `departements` × `perDepartement` young people, ages spread over 16 to 21, one referent per
 * 30, one in ten left care this year: « Mon suivi » of one referent and the exit indicators
 * of each département (DynamoDB requests), then the daily alerts job over every département
 * (time per young person due, against a raw GetItem).
 */
export async function benchDashboard(stack: BenchStack, departements: number, perDepartement: number): Promise<string> {
  const now = new Date();
  const today = parisDate(now);
  const yearStart = `${today.slice(0, 4)}-01-01`;
  const admin = (departement: string) => ({ sub: `admin-${departement}`, role: 'admin' as const, departement, name: null });
  const referents = Math.ceil(perDepartement / CASELOAD);
  const seedStarted = performance.now();
  // Seeded through the repositories, so the items are the real ones, written in batches.
  const bulk = bulkSeedingStore(stack.store);
  for (const departement of codes(departements)) {
    await Promise.all(
      Array.from({ length: referents }, (_, index) =>
        staffRepo.create(
          bulk.store,
          departement,
          {
            sub: `ref-${departement}-${index}`,
            firstName: 'Référent',
            lastName: `Bench${index}`,
            role: 'referent',
            territory: TERRITORIES[index % 3],
          },
          now,
        ),
      ),
    );
    let next = 0;
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (next < perDepartement) {
          const index = next;
          next += 1;
          // One in ten left care this year, with their situation at exit recorded.
          const leaver = index % 10 === 0;
          const left = addDays(today, -((index * 13) % 300));
          const careEndDate = leaver ? (left < yearStart ? yearStart : left) : null;
          // The others are 16 to 20, in care or supported until 21: none of them left this year.
          const birthDate = careEndDate ? addYears(careEndDate, -19) : addDays(addYears(today, -16), -((index * 7919) % (4 * 365)));
          const youth = await youthRepo.create(
            bulk.store,
            admin(departement),
            {
              firstName: 'Jeune',
              lastName: `Bench${index}`,
              birthDate,
              careEndDate: careEndDate ?? (index % 3 === 0 ? null : addYears(birthDate, 21)),
              accountSub: `jeune-${departement}-${index}`,
              referentId: `ref-${departement}-${Math.floor(index / CASELOAD)}`,
              coordinateurId: `coord-${departement}-${Math.floor(index / 40)}`,
            },
            now,
          );
          if (leaver) {
            await youthRepo.update(bulk.store, admin(departement), youth, { version: youth.version, exitSituation: EXIT }, now);
          }
        }
      }),
    );
  }
  await bulk.flush();
  const seedSeconds = (performance.now() - seedStarted) / 1000;

  const counting = countingStore(stack);
  const caseloadRequests: number[] = [];
  const indicatorRequests: number[] = [];
  const year = Number(today.slice(0, 4));
  for (const departement of codes(departements)) {
    counting.reset();
    const deps = { store: counting.store, now: () => now } as unknown as Deps;
    const caseload = await buildCaseload(deps, { sub: `ref-${departement}-0`, role: 'referent', departement, name: null });
    if (caseload.items.length !== Math.min(CASELOAD, perDepartement)) throw new Error(`Caseload of ${caseload.items.length}`);
    caseloadRequests.push(counting.count());
    counting.reset();
    const indicators = await loadExitIndicators(counting.store, departement, { year, territory: null, today });
    indicatorRequests.push(counting.count());
    // The figures themselves are the indicator tests' business (and small cells hide some of
    // these): here, proof that the query read the whole directory and a table came out.
    if (indicators.territories.join() !== TERRITORIES.slice(0, referents).sort().join() || indicators.sections.length === 0) {
      throw new Error(`Indicators read the territories ${indicators.territories.join()}`);
    }
  }

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
        [
          `DynamoDB requests per indicator query, ${perDepartement} files (min–max over départements)`,
          `${Math.min(...indicatorRequests)}–${Math.max(...indicatorRequests)}`,
        ],
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
