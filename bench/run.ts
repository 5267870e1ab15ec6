/**
 * `npm run bench [-- --quick]`: figures measured against DynamoDB Local, each a ratio
 * taken in the same run so that the machine's speed cancels out. Today: the API's
 * overhead on reading a file. More benchmarks join as features land (see bench/README.md).
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { startDynamoDbLocal } from '../functions/local/dynamodb-local.js';
import { freePort } from '../functions/local/port.js';
import { startLocalServer } from '../functions/local/server.js';
import { createDocumentClient, createDynamoDbClient } from '../shared/db/client.js';
import { ensureTables } from '../shared/db/ensure-table.js';
import { keys } from '../shared/db/keys.js';
import { logger } from '../shared/http/logger.js';

const quick = process.argv.includes('--quick');
const requests = quick ? 200 : 3000;
const concurrency = 8;

process.env.ENVOL_DEV_AUTH = '1';
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
logger.setLogLevel('WARN');

interface Measure {
  perSecond: number;
  p50: number;
  p99: number;
}

async function measure(operation: () => Promise<void>): Promise<Measure> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        next += 1;
        const begin = performance.now();
        await operation();
        latencies.push(performance.now() - begin);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { perSecond: latencies.length / elapsed, p50: at(0.5), p99: at(0.99) };
}

async function main() {
  const dynamo = await startDynamoDbLocal({ port: await freePort() });
  try {
    const tableName = 'envol-bench';
    await ensureTables(createDynamoDbClient({ endpoint: dynamo.endpoint }), { tableName, ballotTableName: `${tableName}-ballots` });
    const server = await startLocalServer({ port: 0, dynamoEndpoint: dynamo.endpoint, tableName });
    const token = async (body: object) =>
      (
        (await (
          await fetch(`${server.url}/dev/auth/token`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(body),
          })
        ).json()) as { token: string }
      ).token;
    const admin = await token({ sub: 'admin-bench', role: 'admin', departement: '62' });
    const referent = await token({ sub: 'ref-bench', role: 'referent', departement: '62' });
    const created = (await (
      await fetch(`${server.url}/api/youth`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
        body: JSON.stringify({
          firstName: 'Bench',
          lastName: 'Mark',
          birthDate: '2009-01-01',
          accountSub: 'jeune-bench',
          referentId: 'ref-bench',
          coordinateurId: 'coord-bench',
        }),
      })
    ).json()) as { id: string };

    const db = createDocumentClient({ endpoint: dynamo.endpoint });
    const raw = await measure(async () => {
      await db.send(new GetCommand({ TableName: tableName, Key: { pk: keys.youth('62', created.id), sk: keys.profileSk } }));
    });
    const api = await measure(async () => {
      const response = await fetch(`${server.url}/api/youth/${created.id}`, { headers: { authorization: `Bearer ${referent}` } });
      if (response.status !== 200) throw new Error(`Unexpected status ${response.status}`);
      await response.arrayBuffer();
    });

    const format = (value: number) => value.toFixed(1).padStart(9);
    console.log(
      `\nAPI overhead: GET /api/youth/{id} (token, policy, audit write, JSON over HTTP) vs raw GetItem — ${requests} requests, ${concurrency} at a time\n`,
    );
    console.log('| measure              |   raw GetItem |  full API |  ratio |');
    console.log('|----------------------|---------------|-----------|--------|');
    console.log(
      `| requests per second  |     ${format(raw.perSecond)} | ${format(api.perSecond)} | ${(raw.perSecond / api.perSecond).toFixed(2).padStart(6)} |`,
    );
    console.log(`| p50 latency (ms)     |     ${format(raw.p50)} | ${format(api.p50)} | ${(api.p50 / raw.p50).toFixed(2).padStart(6)} |`);
    console.log(`| p99 latency (ms)     |     ${format(raw.p99)} | ${format(api.p99)} | ${(api.p99 / raw.p99).toFixed(2).padStart(6)} |`);
    await server.close();
  } finally {
    await dynamo.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`Benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
