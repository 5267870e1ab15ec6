import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AREA_APP_FACTORIES } from '../../functions/area-apps.js';
import { createDynamoDbClient } from '../../shared/db/client.js';
import { type Harness, startHarness } from '../support/harness.js';
import { MATRIX, type Relation, ROLES, resolvePath, row } from '../support/route-matrix.js';
import { captureTables, restoreTables, type TableState } from '../support/table-state.js';
import { buildWorld, snapshotWorld, type World } from '../support/world.js';

/**
 * Every route of the OpenAPI document, for every role, as the closest caller ("owner"),
 * as a stranger of the same département and as the owner's id in another département.
 * A route of the document missing here fails the test, so a new route cannot ship
 * without its row. Denied requests must leave the world exactly as it was.
 *
 * One world is built, through the API, and the whole of this file's tables is kept as it
 * then was; before each route, and before each allowed write, the tables are put back
 * exactly so (`restoreTables`): every request meets the world as built, as if it had been
 * built again for it, and no route's writes (a département's settings included) reach
 * another route. Building it again cost 200-odd world builds, most of this file's time.
 */
let api: Harness;
let dynamo: DynamoDBClient;
let built: World;
let asBuilt: TableState;
let operations: string[];

beforeAll(async () => {
  api = await startHarness();
  dynamo = createDynamoDbClient({ endpoint: inject('dynamoEndpoint') });
  const document = (await api.call(null, 'GET', '/api/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
  operations = Object.entries(document.paths).flatMap(([path, item]) =>
    Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
  );
  built = await buildWorld(api);
  asBuilt = await captureTables(dynamo, api.store);
});
afterAll(async () => {
  dynamo?.destroy();
  await api?.close();
});

/** The world exactly as it was built, whatever was written since. */
async function worldAsBuilt(): Promise<World> {
  await restoreTables(dynamo, asBuilt);
  return built;
}

describe('authorisation matrix', () => {
  it('has a row for every route of the OpenAPI document, and none for a route that does not exist', () => {
    expect(operations.filter((operation) => !(operation in MATRIX))).toEqual([]);
    expect(Object.keys(MATRIX).filter((operation) => !operations.includes(operation))).toEqual([]);
  });

  it('documents every route the area apps serve', () => {
    const served = Object.values(AREA_APP_FACTORIES).flatMap((factory) =>
      factory({} as never)
        .routes.filter((route) => route.method !== 'ALL')
        .map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}').replace(/\/$/, '')}`),
    );
    expect(served.filter((operation) => !operations.includes(operation))).toEqual([]);
  });

  for (const [operation, spec] of Object.entries(MATRIX)) {
    // Fifteen requests and a few restores of the tables: seconds, a minute at most on a busy machine.
    it(`${operation}: every role, owner / stranger / other département`, { timeout: 60_000 }, async () => {
      const [method = 'GET', template = '/'] = operation.split(' ');
      const relations: Relation[] = ['owner', 'stranger', 'otherDepartement'];
      const callersOf = (world: World, relation: Relation) =>
        relation === 'owner' ? world.owners : relation === 'stranger' ? world.strangers : world.otherDepartement;
      const expectations = relations.flatMap((relation) => ROLES.map((role) => ({ relation, role, expected: row(spec[relation])[role] })));
      const failures: string[] = [];

      // Denied requests all run against the world as built, which must not change.
      const world = await worldAsBuilt();
      const before = await snapshotWorld(api, world);
      for (const { relation, role, expected } of expectations.filter((item) => item.expected >= 400)) {
        const response = await api.call(callersOf(world, relation)[role], method, resolvePath(template, world, spec), spec.body?.(world));
        if (response.status !== expected) failures.push(`${relation} ${role}: expected ${expected}, got ${response.status}`);
        else if (!response.body?.error?.code) failures.push(`${relation} ${role}: no error shape`);
      }
      expect(await snapshotWorld(api, world)).toBe(before);

      // Each allowed write meets the world as built, so that one success cannot change another's
      // answer; reads change nothing that another read depends on and share the world as it is.
      for (const { relation, role, expected } of expectations.filter((item) => item.expected < 400)) {
        const fresh = method === 'GET' || spec.ownItemsOnly ? world : await worldAsBuilt();
        const response = await api.call(callersOf(fresh, relation)[role], method, resolvePath(template, fresh, spec), spec.body?.(fresh));
        if (response.status !== expected)
          failures.push(`${relation} ${role}: expected ${expected}, got ${response.status} ${JSON.stringify(response.body)}`);
      }
      // A route that takes no identity: called with none, on the world as built.
      if (spec.anonymous) {
        const fresh = await worldAsBuilt();
        const response = await api.call(null, method, resolvePath(template, fresh, spec), spec.body?.(fresh));
        if (response.status !== spec.anonymous)
          failures.push(`anonymous: expected ${spec.anonymous}, got ${response.status} ${JSON.stringify(response.body)}`);
      }
      expect(failures).toEqual([]);
    });
  }
});
