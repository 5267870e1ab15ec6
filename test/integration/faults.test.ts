import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DynamoDbLocal, startDynamoDbLocal } from '../../functions/local/dynamodb-local.js';
import { freePort } from '../../functions/local/port.js';
import { type LocalServer, startLocalServer } from '../../functions/local/server.js';
import { createDocumentClient, createDynamoDbClient } from '../../shared/db/client.js';
import { ephemeralCursorCodec } from '../../shared/db/cursor.js';
import { ensureTables } from '../../shared/db/ensure-table.js';
import { registerStaff } from '../support/harness.js';
import { newYouth, people } from '../support/people.js';

/**
 * DynamoDB goes away in the middle of a run: requests answer 503 in the error shape,
 * nothing is half-written, and service resumes by itself when DynamoDB comes back.
 * This test owns its DynamoDB Local (on disk, so that a restart keeps the data).
 */
let dynamo: DynamoDbLocal;
let server: LocalServer;
let port: number;
const dbPath = mkdtempSync(join(tmpdir(), 'envol-faults-'));

async function call(caller: object, method: string, path: string, body?: unknown) {
  const token = (
    (await (
      await fetch(`${server.url}/dev/auth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(caller),
      })
    ).json()) as {
      token: string;
    }
  ).token;
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  // biome-ignore lint/suspicious/noExplicitAny: the test reads JSON bodies field by field.
  return { status: response.status, body: (await response.json()) as any };
}

beforeAll(async () => {
  process.env.ENVOL_DEV_AUTH = '1';
  port = await freePort();
  dynamo = await startDynamoDbLocal({ port, dbPath });
  await ensureTables(createDynamoDbClient({ endpoint: dynamo.endpoint }), { tableName: 'envol', ballotTableName: 'envol-ballots' });
  // The binôme of the files created below must be known staff of the département.
  const store = {
    db: createDocumentClient({ endpoint: dynamo.endpoint }),
    tableName: 'envol',
    ballotTableName: 'envol-ballots',
    cursors: ephemeralCursorCodec(),
  };
  await registerStaff(store, Object.values(people));
  server = await startLocalServer({ port: 0, dynamoEndpoint: dynamo.endpoint, tableName: 'envol' });
  // A JVM of its own: its start may take as long as startDynamoDbLocal allows (90 s) on a busy machine.
}, 120_000);

afterAll(async () => {
  await server?.close();
  await dynamo?.stop();
});

describe('when DynamoDB stops', () => {
  // DynamoDB Local restarted within the test: a JVM start, up to 90 s on a busy machine.
  it('answers 503 with a French message, writes nothing half, and recovers on its own', { timeout: 150_000 }, async () => {
    const created = await call(people.admin, 'POST', '/api/youth', newYouth());
    expect(created.status).toBe(201);
    const id = created.body.id as string;

    await dynamo.stop();
    const read = await call(people.referent, 'GET', `/api/youth/${id}`);
    expect(read.status).toBe(503);
    expect(read.body.error).toMatchObject({ code: 'SERVICE_UNAVAILABLE', details: [] });
    expect(read.body.error.message).toMatch(/momentanément indisponible/);
    const write = await call(people.referent, 'POST', `/api/youth/${id}/journal`, { text: 'Pendant la panne', visibleToYouth: true });
    expect(write.status).toBe(503);

    dynamo = await startDynamoDbLocal({ port, dbPath });
    const back = await call(people.referent, 'GET', `/api/youth/${id}`);
    expect(back.status).toBe(200);
    expect(back.body.id).toBe(id);
    const journal = await call(people.referent, 'GET', `/api/youth/${id}/journal`);
    expect(journal.body.items).toEqual([]);
    const audit = await call(people.admin, 'GET', `/api/youth/${id}/audit`);
    expect(audit.body.items.map((entry: { action: string }) => entry.action)).not.toContain('journal.write');
  });
});
