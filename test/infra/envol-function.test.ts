import { join } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import type { Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EnvolFunction } from '../../infra/lib/envol-function.js';
import type { EnvolStack } from '../../infra/lib/envol-stack.js';
import { AREAS } from '../../shared/areas.js';
import {
  actionsOf,
  actionsOn,
  createFixtureProject,
  type FixtureProject,
  functionOfArea,
  resourceOf,
  resourcesOfType,
  statementsOfRole,
  synthEnvol,
} from './support/envol-test-stack.js';

const PRIVATE_AREAS = AREAS.filter((area) => !area.public).map((area) => area.name);
const PUBLIC_AREAS = AREAS.filter((area) => area.public).map((area) => area.name);

/** The item actions a serving function gets on each table (no Scan, nothing on the table itself). */
const ITEM_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:ConditionCheckItem',
];

describe('Envol functions', () => {
  let fixture: FixtureProject;
  let template: Template;
  let stack: EnvolStack;

  beforeAll(() => {
    fixture = createFixtureProject();
    ({ template, stack } = synthEnvol(fixture));
  });
  afterAll(() => fixture.remove());

  it('creates one function per area of shared/areas.ts', () => {
    const ours = Object.values(resourcesOfType(template, 'AWS::Lambda::Function')).filter((fn) =>
      String(
        (fn.Properties.Environment as { Variables?: Record<string, unknown> } | undefined)?.Variables?.POWERTOOLS_SERVICE_NAME ?? '',
      ).startsWith('envol-'),
    );

    expect(ours).toHaveLength(AREAS.length);
    for (const area of AREAS) expect(() => functionOfArea(template, area.name)).not.toThrow();
  });

  it.each(AREAS.map((area) => area.name))('runs %s on Node.js 24, arm64, 512 MB, 10 s, traced, with JSON logs', (area) => {
    const { properties } = functionOfArea(template, area);

    expect(properties.Runtime).toBe('nodejs24.x');
    expect(properties.Architectures).toEqual(['arm64']);
    expect(properties.MemorySize).toBe(512);
    expect(properties.Timeout).toBe(10);
    expect(properties.TracingConfig).toEqual({ Mode: 'Active' });
    expect(properties.LoggingConfig?.LogFormat).toBe('JSON');
  });

  it.each(AREAS.map((area) => area.name))('gives %s the table, issuer, JWKS URL and audience, and never ENVOL_DEV_AUTH', (area) => {
    const variables = functionOfArea(template, area).properties.Environment.Variables;
    const pool = Object.keys(resourcesOfType(template, 'AWS::Cognito::UserPool'))[0];
    const client = Object.keys(resourcesOfType(template, 'AWS::Cognito::UserPoolClient'))[0];
    const table = resourceOf(template, stack.data.table).logicalId;

    expect(variables.ENVOL_TABLE).toEqual({ Ref: table });
    expect(JSON.stringify(variables.ENVOL_ISSUER)).toContain('https://cognito-idp.');
    expect(JSON.stringify(variables.ENVOL_ISSUER)).toContain(`"Ref":"${pool}"`);
    expect(JSON.stringify(variables.ENVOL_JWKS_URL)).toContain('/.well-known/jwks.json');
    expect(variables.ENVOL_AUDIENCE).toEqual({ Ref: client });
    expect(variables.POWERTOOLS_SERVICE_NAME).toBe(`envol-${area}`);
    expect(variables).not.toHaveProperty('ENVOL_DEV_AUTH');
  });

  it('keeps each function’s logs in its own log group with a retention', () => {
    for (const area of AREAS) {
      const logGroup = functionOfArea(template, area.name).properties.LoggingConfig?.LogGroup as { Ref: string };
      const resource = resourcesOfType(template, 'AWS::Logs::LogGroup')[logGroup.Ref];

      expect(resource?.Properties.RetentionInDays).toBe(90);
    }
  });

  it.each(PRIVATE_AREAS)('gives %s the generated name of the ballot table', (area) => {
    const variables = functionOfArea(template, area).properties.Environment.Variables;

    expect(variables.ENVOL_BALLOT_TABLE).toEqual({ Ref: resourceOf(template, stack.ballots.table).logicalId });
  });

  it.each(PUBLIC_AREAS)('does not tell %s where the ballot table is', (area) => {
    expect(functionOfArea(template, area).properties.Environment.Variables).not.toHaveProperty('ENVOL_BALLOT_TABLE');
  });

  it('has at least one area of each kind to check', () => {
    expect(PRIVATE_AREAS.length).toBeGreaterThan(0);
    expect(PUBLIC_AREAS.length).toBeGreaterThan(0);
  });

  it.each(PRIVATE_AREAS)('lets %s read and write items of both tables and their indexes, with their keys, without Scan', (area) => {
    const role = functionOfArea(template, area).properties.Role['Fn::GetAtt'][0];
    const statements = statementsOfRole(template, role);

    for (const data of [stack.data, stack.ballots]) {
      const table = resourceOf(template, data.table).logicalId;

      expect(new Set(actionsOn(statements, table))).toEqual(new Set(ITEM_ACTIONS));
      expect(actionsOn(statements, resourceOf(template, data.key).logicalId)).toContain('kms:Decrypt');
    }
    expect(actionsOf(statements)).not.toContain('dynamodb:Scan');
    expect(actionsOf(statements).filter((action) => action.startsWith('dynamodb:') && !ITEM_ACTIONS.includes(action))).toEqual([]);
    expect(JSON.stringify(statements)).toContain('/index/*');
  });

  it('grants nothing on indexes of the ballot table, which has none', () => {
    const indexArnOf = (logicalId: string) => JSON.stringify([{ 'Fn::GetAtt': [logicalId, 'Arn'] }, '/index/*']);
    const rendered = JSON.stringify(template.toJSON());

    expect(rendered).toContain(indexArnOf(resourceOf(template, stack.data.table).logicalId));
    expect(rendered).not.toContain(indexArnOf(resourceOf(template, stack.ballots.table).logicalId));
  });

  it.each(PUBLIC_AREAS)('gives %s no access to either table or key', (area) => {
    const role = functionOfArea(template, area).properties.Role['Fn::GetAtt'][0];
    const statements = statementsOfRole(template, role);
    const actions = actionsOf(statements);

    expect(actions.filter((action) => action.startsWith('dynamodb:') || action.startsWith('kms:'))).toEqual([]);
    for (const construct of [stack.data.table, stack.data.key, stack.ballots.table, stack.ballots.key]) {
      expect(actionsOn(statements, resourceOf(template, construct).logicalId)).toEqual([]);
    }
  });

  it('attaches no AWS managed policy to the function roles', () => {
    for (const area of AREAS) {
      const role = functionOfArea(template, area.name).properties.Role['Fn::GetAtt'][0];

      expect(resourcesOfType(template, 'AWS::IAM::Role')[role]?.Properties.ManagedPolicyArns).toBeUndefined();
    }
  });

  it('refuses to deploy a function with ENVOL_DEV_AUTH in its environment', () => {
    const app = new App({ outdir: join(fixture.projectRoot, 'cdk.out-probe'), context: { 'aws:cdk:bundling-stacks': [] } });
    const stack = new Stack(app, 'Probe');
    const area = AREAS[0]?.name ?? 'youth';

    expect(
      () =>
        new EnvolFunction(stack, 'Leaky', {
          name: area,
          entry: `${fixture.functionsPath}/${area}/handler.ts`,
          projectRoot: fixture.projectRoot,
          environment: { ENVOL_DEV_AUTH: '1' },
        }),
    ).toThrow(/ENVOL_DEV_AUTH must never be set/);
  });
});

describe('Envol functions, policies minimized as in cdk.json', () => {
  let fixture: FixtureProject;
  let template: Template;
  let stack: EnvolStack;

  beforeAll(() => {
    fixture = createFixtureProject();
    ({ template, stack } = synthEnvol(fixture, { context: { '@aws-cdk/aws-iam:minimizePolicies': true } }));
  });
  afterAll(() => fixture.remove());

  it.each(PRIVATE_AREAS)('still gives %s exactly the item actions on the ballot table and its key', (area) => {
    const statements = statementsOfRole(template, functionOfArea(template, area).properties.Role['Fn::GetAtt'][0]);

    expect(new Set(actionsOn(statements, resourceOf(template, stack.ballots.table).logicalId))).toEqual(new Set(ITEM_ACTIONS));
    expect(actionsOn(statements, resourceOf(template, stack.ballots.key).logicalId)).toContain('kms:Decrypt');
  });

  it.each(PUBLIC_AREAS)('still gives %s nothing on the ballot table', (area) => {
    const statements = statementsOfRole(template, functionOfArea(template, area).properties.Role['Fn::GetAtt'][0]);

    expect(actionsOn(statements, resourceOf(template, stack.ballots.table).logicalId)).toEqual([]);
    expect(actionsOn(statements, resourceOf(template, stack.ballots.key).logicalId)).toEqual([]);
  });
});
