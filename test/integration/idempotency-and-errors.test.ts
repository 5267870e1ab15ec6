import { connect } from 'node:net';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../shared/db/keys.js';
import { type Harness, startHarness } from '../support/harness.js';
import { newYouth, people } from '../support/people.js';

let api: Harness;
beforeAll(async () => {
  api = await startHarness();
});
afterAll(() => api.close());

async function countInDepartement(): Promise<number> {
  const result = await api.store.db.send(
    new QueryCommand({
      TableName: api.store.tableName,
      IndexName: 'gsi3',
      KeyConditionExpression: 'gsi3pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.departementYouth('62') },
      Select: 'COUNT',
    }),
  );
  return result.Count ?? 0;
}

describe('Idempotency-Key', () => {
  it('returns the first result to a retried request and creates nothing twice', async () => {
    const body = newYouth();
    const before = await countInDepartement();
    const headers = { 'idempotency-key': `create-${Date.now()}` };
    const first = await api.call(people.admin, 'POST', '/api/youth', body, headers);
    const retry = await api.call(people.admin, 'POST', '/api/youth', body, headers);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body.id).toBe(first.body.id);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await countInDepartement()).toBe(before + 1);
  });

  it('creates one item when concurrent retries share a key', async () => {
    const body = newYouth();
    const before = await countInDepartement();
    const headers = { 'idempotency-key': `concurrent-${Date.now()}` };
    const responses = await Promise.all(Array.from({ length: 6 }, () => api.call(people.admin, 'POST', '/api/youth', body, headers)));
    expect(responses.every((response) => [201, 409].includes(response.status))).toBe(true);
    expect(new Set(responses.filter((r) => r.status === 201).map((r) => r.body.id)).size).toBe(1);
    expect(await countInDepartement()).toBe(before + 1);
  });

  it('answers 422 when the same key comes with another body', async () => {
    const headers = { 'idempotency-key': `reuse-${Date.now()}` };
    await api.call(people.admin, 'POST', '/api/youth', newYouth(), headers);
    const other = await api.call(people.admin, 'POST', '/api/youth', newYouth(), headers);
    expect(other.status).toBe(422);
    expect(other.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('frees the key after a refused request so the corrected retry goes through', async () => {
    const headers = { 'idempotency-key': `fix-${Date.now()}` };
    const body = newYouth();
    const refused = await api.call(people.admin, 'POST', '/api/youth', { ...body, birthDate: '2009-02-30' }, headers);
    expect(refused.status).toBe(400);
    // A different body under the same key is allowed once the first attempt failed.
    expect((await api.call(people.admin, 'POST', '/api/youth', body, headers)).status).toBe(201);
  });

  it('replays a young person’s versioned PUT sent again from the phone instead of answering 409', async () => {
    const youth = newYouth();
    const created = await api.call(people.admin, 'POST', '/api/youth', youth);
    const owner = { ...people.youth, sub: youth.accountSub };
    const path = `/api/housing/${created.body.id}/project`;
    const project = { version: 0, wishedSolutionTypeIds: ['fjt'], wishedArea: 'Arras', household: 'seul', aidsRequested: [] };
    const headers = { 'idempotency-key': `phone-draft-${Date.now()}` };

    const first = await api.call(owner, 'PUT', path, project, headers);
    // The answer was lost on the way back: the phone sends its draft again, same key, same body.
    const again = await api.call(owner, 'PUT', path, project, headers);
    const withoutKey = await api.call(owner, 'PUT', path, project);

    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.version).toBe(1);
    // Without the key the stale version is refused: the key is what makes the resend safe.
    expect(withoutKey.status).toBe(409);
    expect((await api.call(owner, 'GET', `/api/housing/${created.body.id}`)).body.project.version).toBe(1);
  });

  it('keeps keys per caller: another admin with the same key creates their own', async () => {
    const headers = { 'idempotency-key': `shared-${Date.now()}` };
    const first = await api.call(people.admin, 'POST', '/api/youth', newYouth(), headers);
    const second = await api.call({ ...people.admin, sub: 'admin-62-other' }, 'POST', '/api/youth', newYouth(), headers);
    expect(second.status).toBe(201);
    expect(second.body.id).not.toBe(first.body.id);
  });
});

describe('bad input', () => {
  it.each([
    ['invalid JSON', '{"firstName": ', 400, 'INVALID_JSON'],
    ['an unknown field', { ...newYouth(), isAdmin: true }, 400, 'VALIDATION_ERROR'],
    ['a wrong type', { ...newYouth(), birthDate: 20090312 }, 400, 'VALIDATION_ERROR'],
    ['an impossible date', { ...newYouth(), birthDate: '2009-02-29' }, 400, 'VALIDATION_ERROR'],
    ['care ending before birth', { ...newYouth(), careEndDate: '2001-01-01' }, 400, 'VALIDATION_ERROR'],
    ['a missing field', { firstName: 'A' }, 400, 'VALIDATION_ERROR'],
    ['a JSON array', [], 400, 'VALIDATION_ERROR'],
    ['a prototype-pollution key', '{"__proto__":{"role":"admin"},"firstName":"A"}', 400, 'VALIDATION_ERROR'],
  ])('answers %s with %i in the error shape, message in French', async (_label, body, status, code) => {
    const response = await api.call(people.admin, 'POST', '/api/youth', body);
    expect(response.status).toBe(status);
    expect(response.body.error).toMatchObject({ code, message: expect.any(String), details: expect.any(Array) });
    expect(response.body.error.message).toMatch(/[éèàùç]|requête|invalide/i);
  });

  it('answers 415 to a body that is not JSON', async () => {
    const response = await api.call(people.admin, 'POST', '/api/youth', 'firstName=A', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(response.status).toBe(415);
    expect(response.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers 413 to a body over 64 KB', async () => {
    const response = await api.call(people.admin, 'POST', '/api/youth', { ...newYouth(), firstName: 'a'.repeat(70_000) });
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe('PAYLOAD_TOO_LARGE');
    // The rest of the body is not read: the client must not reuse the connection.
    expect(response.headers.get('connection')).toBe('close');
  });

  it('answers 431 in the error shape to headers over 16 KB, however large, and creates nothing', async () => {
    const before = await countInDepartement();
    for (const size of [16_500, 40_000, 200_000]) {
      const response = await api.call(people.admin, 'POST', '/api/youth', newYouth(), { 'x-padding': 'a'.repeat(size) });
      expect(response.status, `${size} bytes`).toBe(431);
      expect(response.body.error).toMatchObject({ code: 'HEADERS_TOO_LARGE', message: expect.stringMatching(/16 Ko/), details: [] });
    }
    // Headers under the limit go through.
    const fine = await api.call(people.admin, 'GET', '/api/youth', undefined, { 'x-padding': 'a'.repeat(8_000) });
    expect(fine.status).toBe(200);
    expect(await countInDepartement()).toBe(before);
  });

  it('lets the client read the 431 while the rest of its request is still arriving', async () => {
    // Oversized headers and a megabyte behind them, in one write: the parser refuses the
    // first chunk and reports every later one again; the answer must still reach the client.
    const { hostname, port } = new URL(api.url);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const received = await new Promise<string>((resolve, reject) => {
        const socket = connect(Number(port), hostname, () => {
          socket.write(
            `POST /api/youth HTTP/1.1\r\nHost: ${hostname}\r\nx-padding: ${'a'.repeat(17_000)}\r\nContent-Length: 1000000\r\n\r\n${'b'.repeat(1_000_000)}`,
          );
        });
        let text = '';
        socket.setEncoding('utf8');
        socket.on('data', (chunk: string) => {
          text += chunk;
        });
        socket.on('error', reject);
        socket.on('close', () => resolve(text));
      });
      expect(received, `attempt ${attempt}`).toMatch(/^HTTP\/1\.1 431 /);
      expect(JSON.parse(received.slice(received.indexOf('\r\n\r\n') + 4)).error.code).toBe('HEADERS_TOO_LARGE');
    }
  });

  it('answers 400 to a malformed id and 404 to an unknown route, in the error shape', async () => {
    const malformed = await api.call(people.admin, 'GET', '/api/youth/not-an-id');
    expect(malformed.status).toBe(400);
    const unknown = await api.call(people.admin, 'GET', '/api/youth/01JD2Y3QK9V8N6M4R2T0W1X5Z7/nothing');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('NOT_FOUND');
  });

  it('leaves a stored file unchanged after a refused update', async () => {
    const created = await api.call(people.admin, 'POST', '/api/youth', newYouth());
    const refused = await api.call(people.admin, 'PATCH', `/api/youth/${created.body.id}`, { version: 1, firstName: '', extra: 1 });
    expect(refused.status).toBe(400);
    const stored = await api.call(people.admin, 'GET', `/api/youth/${created.body.id}`);
    expect(stored.body).toMatchObject({ firstName: created.body.firstName, version: 1 });
  });
});
