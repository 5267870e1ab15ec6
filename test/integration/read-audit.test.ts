import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../shared/db/keys.js';
import { type Caller, type Harness, startHarness } from '../support/harness.js';
import { newYouth, people } from '../support/people.js';

// The read path's guarantees, counted in the table itself (not through the audit route,
// whose own reads would add entries): one entry per staff read that answered, none for a
// refused one, and access that follows the binôme on the next request, with the same tokens.
let api: Harness;
beforeAll(async () => {
  api = await startHarness();
});
afterAll(() => api.close());

async function createYouth() {
  const body = newYouth();
  const response = await api.call(people.admin, 'POST', '/api/youth', body);
  expect(response.status).toBe(201);
  return {
    id: response.body.id as string,
    version: response.body.version as number,
    self: { sub: body.accountSub, role: 'jeune', departement: '62' } as Caller,
  };
}

/** The audit entries stored for a file, straight from the table. */
async function storedAudit(youthId: string) {
  const result = await api.store.db.send(
    new QueryCommand({
      TableName: api.store.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': keys.youth('62', youthId), ':prefix': keys.auditPrefix },
    }),
  );
  return (result.Items ?? []) as { actorSub: string; action: string; nothingSeen?: boolean }[];
}

const readsBy = async (youthId: string, caller: Caller) => (await storedAudit(youthId)).filter((entry) => entry.actorSub === caller.sub);

describe('a staff read of a file', () => {
  it('writes exactly one entry per read that answered, for the profile and for the journal', async () => {
    const youth = await createYouth();
    await api.call(people.referent, 'POST', `/api/youth/${youth.id}/journal`, { text: 'Rendez-vous pris', visibleToYouth: true });
    for (let read = 0; read < 3; read += 1) expect((await api.call(people.referent, 'GET', `/api/youth/${youth.id}`)).status).toBe(200);
    expect((await api.call(people.referent, 'GET', `/api/youth/${youth.id}/journal`)).status).toBe(200);
    const entries = await readsBy(youth.id, people.referent);
    expect(entries.filter((entry) => entry.action === 'profile.read')).toHaveLength(3);
    expect(entries.filter((entry) => entry.action === 'journal.read')).toEqual([expect.objectContaining({ action: 'journal.read' })]);
    expect(entries.find((entry) => entry.action === 'journal.read')?.nothingSeen).toBeUndefined();
  });

  it('writes nothing when refused: 404 outside the binôme, 403 for an action the binôme may not do', async () => {
    const youth = await createYouth();
    const before = (await storedAudit(youth.id)).length;
    expect((await api.call(people.otherReferent, 'GET', `/api/youth/${youth.id}`)).status).toBe(404);
    expect((await api.call(people.otherReferent, 'GET', `/api/youth/${youth.id}/journal`)).status).toBe(404);
    expect((await api.call(people.referent, 'GET', `/api/youth/${youth.id}/audit`)).status).toBe(403);
    expect(await storedAudit(youth.id)).toHaveLength(before);
  });

  it('follows a change of binôme on the next request, with the tokens already used: 404 and nothing written for the former referent, 200 and one entry for the new one', async () => {
    const youth = await createYouth();
    expect((await api.call(people.referent, 'GET', `/api/youth/${youth.id}`)).status).toBe(200);
    expect((await api.call(people.otherReferent, 'GET', `/api/youth/${youth.id}`)).status).toBe(404);
    const moved = await api.call(people.admin, 'PATCH', `/api/youth/${youth.id}`, {
      version: youth.version,
      referentId: people.otherReferent.sub,
    });
    expect(moved.status).toBe(200);

    expect((await api.call(people.referent, 'GET', `/api/youth/${youth.id}`)).status).toBe(404);
    expect((await api.call(people.otherReferent, 'GET', `/api/youth/${youth.id}`)).status).toBe(200);
    expect((await readsBy(youth.id, people.referent)).map((entry) => entry.action)).toEqual(['profile.read']);
    expect((await readsBy(youth.id, people.otherReferent)).map((entry) => entry.action)).toEqual(['profile.read']);
  });

  it('is not audited when the young person reads their own file', async () => {
    const youth = await createYouth();
    expect((await api.call(youth.self, 'GET', `/api/youth/${youth.id}`)).status).toBe(200);
    expect((await api.call(youth.self, 'GET', `/api/youth/${youth.id}/journal`)).status).toBe(200);
    expect(await readsBy(youth.id, youth.self)).toEqual([]);
  });
});
