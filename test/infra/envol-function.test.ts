import { join } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import type { Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EnvolFunction } from '../../infra/lib/envol-function.js';
import type { EnvolStack } from '../../infra/lib/envol-stack.js';
import { AREAS, type AreaDefinition } from '../../shared/areas.js';
import {
  actionsOf,
  actionsOn,
  BALLOT_ITEM_ACTIONS,
  buildEnvol,
  type CfnResource,
  createFixtureProject,
  type FixtureProject,
  functionOfArea,
  ITEM_ACTIONS,
  resourceOf,
  resourcesOfType,
  statementsOfRole,
  synthEnvol,
} from './support/envol-test-stack.js';

const PRIVATE_AREAS = AREAS.filter((area) => !area.public).map((area) => area.name);
const PUBLIC_AREAS = AREAS.filter((area) => area.public).map((area) => area.name);
/** The areas that hold the committees' ballot box: the only ones to reach the ballot table. */
const BALLOT_BOX_AREAS = AREAS.filter((area) => area.ballotBox).map((area) => area.name);
/** Every other area, public or not, but the one that erases files: neither the ballot table's name nor any right on it or its key. */
const NON_BALLOT_BOX_AREAS = AREAS.filter((area) => !area.ballotBox && !area.erasesBallotMarkers).map((area) => area.name);
/** The area that erases files (youth-archive): DeleteItem on the ballot table, by key, and nothing else there. */
const MARKER_ERASING_AREAS = AREAS.filter((area) => area.erasesBallotMarkers).map((area) => area.name);
/** Areas with the main table but without the ballot box. */
const PRIVATE_NON_BALLOT_BOX_AREAS = AREAS.filter((area) => !area.public && !area.ballotBox).map((area) => area.name);

describe('Envol functions', () => {
  let fixture: FixtureProject;
  let template: Template;
  let stack: EnvolStack;

  beforeAll(() => {
    fixture = createFixtureProject();
    ({ template, stack } = synthEnvol(fixture));
  });
  afterAll(() => fixture.remove());

  it('creates one function per area of shared/areas.ts, the daily alerts and retention jobs and the reminder sender', () => {
    const ours = Object.values(resourcesOfType(template, 'AWS::Lambda::Function')).filter((fn) =>
      String(
        (fn.Properties.Environment as { Variables?: Record<string, unknown> } | undefined)?.Variables?.POWERTOOLS_SERVICE_NAME ?? '',
      ).startsWith('envol-'),
    );

    expect(ours).toHaveLength(AREAS.length + 3);
    for (const area of AREAS) expect(() => functionOfArea(template, area.name)).not.toThrow();
    expect(() => functionOfArea(template, 'alerts')).not.toThrow();
    expect(() => functionOfArea(template, 'retention')).not.toThrow();
    expect(() => functionOfArea(template, 'reminder-sender')).not.toThrow();
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

  it('keeps each function’s logs in its own log group for 6 months, the jobs’ and the sender’s too', () => {
    for (const name of [...AREAS.map((area) => area.name), 'alerts', 'retention', 'reminder-sender']) {
      const logGroup = functionOfArea(template, name).properties.LoggingConfig?.LogGroup as { Ref: string };
      const resource = resourcesOfType(template, 'AWS::Logs::LogGroup')[logGroup.Ref];

      expect(resource?.Properties.RetentionInDays, name).toBe(180);
    }
  });

  it('keeps every function’s logs a year with the context value logRetentionMonths=12', () => {
    const fixtureOfYear = createFixtureProject();
    try {
      const { template: ofYear } = synthEnvol(fixtureOfYear, { context: { logRetentionMonths: '12' } });
      for (const name of [...AREAS.map((area) => area.name), 'alerts', 'retention', 'reminder-sender']) {
        const logGroup = functionOfArea(ofYear, name).properties.LoggingConfig?.LogGroup as { Ref: string };
        expect(resourcesOfType(ofYear, 'AWS::Logs::LogGroup')[logGroup.Ref]?.Properties.RetentionInDays, name).toBe(365);
      }
    } finally {
      fixtureOfYear.remove();
    }
  });

  it.each(BALLOT_BOX_AREAS)('gives %s the generated name of the ballot table', (area) => {
    const variables = functionOfArea(template, area).properties.Environment.Variables;

    expect(variables.ENVOL_BALLOT_TABLE).toEqual({ Ref: resourceOf(template, stack.ballots.table).logicalId });
  });

  it.each(NON_BALLOT_BOX_AREAS)('does not tell %s where the ballot table is', (area) => {
    expect(functionOfArea(template, area).properties.Environment.Variables).not.toHaveProperty('ENVOL_BALLOT_TABLE');
  });

  it('has at least one area of each kind to check', () => {
    expect(PRIVATE_AREAS.length).toBeGreaterThan(0);
    expect(PUBLIC_AREAS.length).toBeGreaterThan(0);
    expect(BALLOT_BOX_AREAS.length).toBeGreaterThan(0);
    expect(PRIVATE_NON_BALLOT_BOX_AREAS.length).toBeGreaterThan(0);
  });

  it('keeps the ballot box off every public area', () => {
    expect(AREAS.filter((area) => area.public && area.ballotBox)).toEqual([]);
  });

  it.each(PRIVATE_AREAS)('lets %s read and write items of the main table and its indexes, with its key, without Scan', (area) => {
    const role = functionOfArea(template, area).properties.Role['Fn::GetAtt'][0];
    const statements = statementsOfRole(template, role);

    expect(new Set(actionsOn(statements, resourceOf(template, stack.data.table).logicalId))).toEqual(new Set(ITEM_ACTIONS));
    expect(actionsOn(statements, resourceOf(template, stack.data.key).logicalId)).toContain('kms:Decrypt');
    expect(actionsOf(statements)).not.toContain('dynamodb:Scan');
    expect(actionsOf(statements).filter((action) => action.startsWith('dynamodb:') && !ITEM_ACTIONS.includes(action))).toEqual([]);
    expect(JSON.stringify(statements)).toContain('/index/*');
  });

  it.each(BALLOT_BOX_AREAS)('lets %s read and write items of the ballot table, with its key', (area) => {
    const statements = statementsOfRole(template, functionOfArea(template, area).properties.Role['Fn::GetAtt'][0]);

    expect(new Set(actionsOn(statements, resourceOf(template, stack.ballots.table).logicalId))).toEqual(new Set(BALLOT_ITEM_ACTIONS));
    expect(actionsOn(statements, resourceOf(template, stack.ballots.key).logicalId)).toContain('kms:Decrypt');
  });

  it.each(NON_BALLOT_BOX_AREAS)('gives %s nothing on the ballot table or its key', (area) => {
    const statements = statementsOfRole(template, functionOfArea(template, area).properties.Role['Fn::GetAtt'][0]);

    expect(actionsOn(statements, resourceOf(template, stack.ballots.table).logicalId)).toEqual([]);
    expect(actionsOn(statements, resourceOf(template, stack.ballots.key).logicalId)).toEqual([]);
  });

  it.each(MARKER_ERASING_AREAS)(
    'gives %s only DeleteItem on the ballot table: it erases markers by key and reads nothing there',
    (area) => {
      const statements = statementsOfRole(template, functionOfArea(template, area).properties.Role['Fn::GetAtt'][0]);

      expect(actionsOn(statements, resourceOf(template, stack.ballots.table).logicalId)).toEqual(['dynamodb:DeleteItem']);
      expect(functionOfArea(template, area).properties.Environment.Variables).not.toHaveProperty('ENVOL_BALLOT_TABLE');
      expect(functionOfArea(template, area).properties.Environment.Variables).not.toHaveProperty('ENVOL_BALLOT_KEY_SECRET_ARN');
    },
  );

  it('names the ballot table and its key in no policy but those of the ballot-box functions and of the marker erasers (the retention job among them)', () => {
    // The retention job erases a published consultation's markers a year later, by key.
    const ballotRoles = [...BALLOT_BOX_AREAS, ...MARKER_ERASING_AREAS, 'retention']
      .map((area) => functionOfArea(template, area).properties.Role['Fn::GetAtt'][0])
      .sort();
    const rolesOf = (policy: CfnResource) => (policy.Properties.Roles as Array<{ Ref?: string }>).map((role) => role.Ref);
    const references = (policy: CfnResource, construct: IConstruct) =>
      JSON.stringify(policy.Properties.PolicyDocument).includes(
        JSON.stringify({ 'Fn::GetAtt': [resourceOf(template, construct).logicalId, 'Arn'] }),
      );
    const reaching = Object.values(resourcesOfType(template, 'AWS::IAM::Policy')).filter(
      (policy) => references(policy, stack.ballots.table) || references(policy, stack.ballots.key),
    );

    expect(reaching.flatMap(rolesOf).sort()).toEqual(ballotRoles);
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

  it.each(BALLOT_BOX_AREAS)('still gives %s exactly the item actions on the ballot table and its key', (area) => {
    const statements = statementsOfRole(template, functionOfArea(template, area).properties.Role['Fn::GetAtt'][0]);

    expect(new Set(actionsOn(statements, resourceOf(template, stack.ballots.table).logicalId))).toEqual(new Set(BALLOT_ITEM_ACTIONS));
    expect(actionsOn(statements, resourceOf(template, stack.ballots.key).logicalId)).toContain('kms:Decrypt');
  });

  it.each(NON_BALLOT_BOX_AREAS)('still gives %s nothing on the ballot table or its key', (area) => {
    const statements = statementsOfRole(template, functionOfArea(template, area).properties.Role['Fn::GetAtt'][0]);

    expect(actionsOn(statements, resourceOf(template, stack.ballots.table).logicalId)).toEqual([]);
    expect(actionsOn(statements, resourceOf(template, stack.ballots.key).logicalId)).toEqual([]);
  });
});

describe('Envol functions with a public area claiming the ballot box', () => {
  const leaky: AreaDefinition = { name: 'tally', prefixes: ['/api/tally'], public: true, ballotBox: true };
  let fixture: FixtureProject;

  beforeAll(() => {
    fixture = createFixtureProject([...AREAS, leaky]);
  });
  afterAll(() => fixture.remove());

  it('refuses to build the stack', () => {
    expect(() => buildEnvol(fixture, { props: { areas: [...AREAS, leaky] } })).toThrow(/public and cannot hold the ballot box/);
  });
});
