import type { Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EnvolStack } from '../../infra/lib/envol-stack.js';
import { logicalIdOf } from '../../infra/lib/logical-id.js';
import { AREAS, type AreaDefinition } from '../../shared/areas.js';
import {
  actionsOn,
  BALLOT_ITEM_ACTIONS,
  createFixtureProject,
  type FixtureProject,
  functionOfArea,
  ITEM_ACTIONS,
  resourcesOfType,
  statementsOfRole,
  synthEnvol,
} from './support/envol-test-stack.js';

/** Logical ids a resource refers to through Ref, Fn::GetAtt or DependsOn. */
function referencesOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) referencesOf(item, into);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'Ref' && typeof inner === 'string') into.add(inner);
      else if (key === 'Fn::GetAtt' && Array.isArray(inner)) into.add(String(inner[0]));
      else referencesOf(inner, into);
    }
  }
  return into;
}

function findCycle(resources: Record<string, { Properties?: unknown; DependsOn?: string[] }>): string[] | undefined {
  const edges = new Map(
    Object.entries(resources).map(([id, resource]) => [
      id,
      [...referencesOf(resource.Properties), ...(resource.DependsOn ?? [])].filter((target) => target in resources),
    ]),
  );
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string, path: string[]): string[] | undefined => {
    if (state.get(id) === 'done') return undefined;
    if (state.get(id) === 'visiting') return [...path, id];
    state.set(id, 'visiting');
    for (const next of edges.get(id) ?? []) {
      const cycle = visit(next, [...path, id]);
      if (cycle) return cycle;
    }
    state.set(id, 'done');
    return undefined;
  };
  for (const id of edges.keys()) {
    const cycle = visit(id, []);
    if (cycle) return cycle;
  }
  return undefined;
}

describe('EnvolStack', () => {
  let fixture: FixtureProject;
  let template: Template;
  let stack: EnvolStack;

  beforeAll(() => {
    fixture = createFixtureProject();
    ({ template, stack } = synthEnvol(fixture));
  });
  afterAll(() => fixture.remove());

  it('has no circular reference between resources (the distribution does not depend on Cognito)', () => {
    expect(findCycle(template.toJSON().Resources)).toBeUndefined();
  });

  it('outputs the web URL, API URL, user pool, client and both tables', () => {
    const outputs = template.toJSON().Outputs as Record<string, { Value: unknown }>;

    expect(Object.keys(outputs)).toEqual(
      expect.arrayContaining(['WebUrl', 'ApiUrl', 'UserPoolId', 'UserPoolClientId', 'TableName', 'BallotTableName', 'CognitoDomainUrl']),
    );
    expect(outputs.TableName?.Value).toEqual({ Ref: logicalIdOf(stack.data.table) });
    expect(outputs.BallotTableName?.Value).toEqual({ Ref: logicalIdOf(stack.ballots.table) });
  });

  it('serves the staff directory and the dashboard from the dashboard function, behind the JWT authorizer, with the main table only', () => {
    const routes = Object.values(resourcesOfType(template, 'AWS::ApiGatewayV2::Route')).map((route) => route.Properties);
    for (const key of ['ANY /api/staff', 'ANY /api/staff/{proxy+}', 'ANY /api/dashboard', 'ANY /api/dashboard/{proxy+}']) {
      expect(routes).toContainEqual(expect.objectContaining({ RouteKey: key, AuthorizationType: 'JWT' }));
    }
    const { properties } = functionOfArea(template, 'dashboard');
    const statements = statementsOfRole(template, properties.Role['Fn::GetAtt'][0]);
    expect(new Set(actionsOn(statements, logicalIdOf(stack.data.table)))).toEqual(new Set(ITEM_ACTIONS));
    expect(actionsOn(statements, logicalIdOf(stack.ballots.table))).toEqual([]);
  });
});

describe('EnvolStack cursor secret', () => {
  let fixture: FixtureProject;
  let template: Template;
  let stack: EnvolStack;

  beforeAll(() => {
    fixture = createFixtureProject();
    ({ template, stack } = synthEnvol(fixture));
  });
  afterAll(() => fixture.remove());

  it('generates the key that signs pagination cursors and the one that seals ballot keys in Secrets Manager, never in the template', () => {
    const secrets = resourcesOfType(template, 'AWS::SecretsManager::Secret');
    expect(Object.keys(secrets).sort()).toEqual([logicalIdOf(stack.ballotKeySecret), logicalIdOf(stack.cursorSecret)].sort());
    for (const secret of Object.values(secrets)) {
      expect(secret.Properties.GenerateSecretString).toMatchObject({ PasswordLength: 64, ExcludePunctuation: true });
      expect(secret.Properties).not.toHaveProperty('SecretString');
    }
  });

  it('lets only the area that holds the ballot box read the ballot key secret, and tells no other where it is', () => {
    const secretRef = JSON.stringify({ Ref: logicalIdOf(stack.ballotKeySecret) });
    for (const area of AREAS) {
      const { properties } = functionOfArea(template, area.name);
      const statements = statementsOfRole(template, properties.Role['Fn::GetAtt'][0]);
      const onSecret = statements.filter((statement) => JSON.stringify(statement.Resource).includes(secretRef));
      const actions = onSecret.flatMap((statement) => (Array.isArray(statement.Action) ? statement.Action : [statement.Action]));
      if (area.ballotBox) {
        expect(properties.Environment.Variables.ENVOL_BALLOT_KEY_SECRET_ARN, area.name).toEqual({
          Ref: logicalIdOf(stack.ballotKeySecret),
        });
        expect(new Set(actions), area.name).toEqual(new Set(['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret']));
        expect(onSecret.every((statement) => JSON.stringify(statement.Resource) === secretRef)).toBe(true);
      } else {
        expect(properties.Environment.Variables ?? {}, area.name).not.toHaveProperty('ENVOL_BALLOT_KEY_SECRET_ARN');
        expect(actions, area.name).toEqual([]);
      }
      expect(properties.Environment.Variables ?? {}, area.name).not.toHaveProperty('ENVOL_BALLOT_KEY_SECRET');
    }
  });

  it('tells every area that serves data where the secret is and lets it only read that secret; public areas get nothing', () => {
    const secretRef = JSON.stringify({ Ref: logicalIdOf(stack.cursorSecret) });
    for (const area of AREAS) {
      const { properties } = functionOfArea(template, area.name);
      const statements = statementsOfRole(template, properties.Role['Fn::GetAtt'][0]);
      const onSecret = statements.filter((statement) => JSON.stringify(statement.Resource).includes(secretRef));
      const actions = onSecret.flatMap((statement) => (Array.isArray(statement.Action) ? statement.Action : [statement.Action]));
      if (area.public) {
        expect(properties.Environment.Variables, area.name).not.toHaveProperty('ENVOL_CURSOR_SECRET_ARN');
        expect(actions, area.name).toEqual([]);
      } else {
        expect(properties.Environment.Variables.ENVOL_CURSOR_SECRET_ARN, area.name).toEqual({ Ref: logicalIdOf(stack.cursorSecret) });
        expect(new Set(actions), area.name).toEqual(new Set(['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret']));
        expect(
          onSecret.every((statement) => JSON.stringify(statement.Resource) === secretRef),
          area.name,
        ).toBe(true);
      }
      expect(properties.Environment.Variables, area.name).not.toHaveProperty('ENVOL_CURSOR_SECRET');
    }
  });
});

describe('EnvolStack with a new area', () => {
  // A private area outside the ballot box, as every new area should be unless it runs votes.
  const reports: AreaDefinition = { name: 'reports', prefixes: ['/api/reports'], public: false, ballotBox: false };
  const areas = [...AREAS, reports];
  let fixture: FixtureProject;
  let template: Template;
  let stack: EnvolStack;

  beforeAll(() => {
    fixture = createFixtureProject(areas);
    ({ template, stack } = synthEnvol(fixture, { props: { areas } }));
  });
  afterAll(() => fixture.remove());

  it('adds its function and protected routes with no other change', () => {
    const routes = Object.values(resourcesOfType(template, 'AWS::ApiGatewayV2::Route')).map((route) => route.Properties);

    expect(functionOfArea(template, 'reports').properties.Runtime).toBe('nodejs24.x');
    expect(routes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ RouteKey: 'ANY /api/reports', AuthorizationType: 'JWT' }),
        expect.objectContaining({ RouteKey: 'ANY /api/reports/{proxy+}', AuthorizationType: 'JWT' }),
      ]),
    );
  });

  it('gives it the main table and its key, but nothing of the ballot table: no name, no right on it or its key', () => {
    const { properties } = functionOfArea(template, reports.name);
    const statements = statementsOfRole(template, properties.Role['Fn::GetAtt'][0]);

    expect(properties.Environment.Variables.ENVOL_TABLE).toEqual({ Ref: logicalIdOf(stack.data.table) });
    expect(new Set(actionsOn(statements, logicalIdOf(stack.data.table)))).toEqual(new Set(ITEM_ACTIONS));
    expect(actionsOn(statements, logicalIdOf(stack.data.key))).toContain('kms:Decrypt');
    expect(properties.Environment.Variables).not.toHaveProperty('ENVOL_BALLOT_TABLE');
    expect(actionsOn(statements, logicalIdOf(stack.ballots.table))).toEqual([]);
    expect(actionsOn(statements, logicalIdOf(stack.ballots.key))).toEqual([]);
  });

  it('leaves the ballot-box areas, and only them, their access to the ballot table; the area that erases files only deletes there', () => {
    for (const area of areas) {
      const statements = statementsOfRole(template, functionOfArea(template, area.name).properties.Role['Fn::GetAtt'][0]);
      const expected = area.ballotBox ? BALLOT_ITEM_ACTIONS : area.erasesBallotMarkers ? ['dynamodb:DeleteItem'] : [];

      expect(new Set(actionsOn(statements, logicalIdOf(stack.ballots.table))), area.name).toEqual(new Set(expected));
    }
    expect(areas.filter((area) => area.erasesBallotMarkers).map((area) => area.name)).toEqual(['youth-archive']);
  });
});
