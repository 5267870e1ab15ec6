import { join } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import type { Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EnvolFunction } from '../../infra/lib/envol-function.js';
import { AREAS } from '../../shared/areas.js';
import {
  actionsOf,
  createFixtureProject,
  type FixtureProject,
  functionOfArea,
  resourcesOfType,
  statementsOfRole,
  synthEnvol,
} from './support/envol-test-stack.js';

describe('Envol functions', () => {
  let fixture: FixtureProject;
  let template: Template;

  beforeAll(() => {
    fixture = createFixtureProject();
    ({ template } = synthEnvol(fixture));
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
    const table = Object.keys(resourcesOfType(template, 'AWS::DynamoDB::Table'))[0];

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

  it('lets a non-public area read and write items on the table and its indexes, without Scan', () => {
    const area = AREAS.find((candidate) => !candidate.public);
    if (!area) throw new Error('shared/areas.ts has no private area');
    const role = functionOfArea(template, area.name).properties.Role['Fn::GetAtt'][0];
    const actions = actionsOf(statementsOfRole(template, role));

    expect(actions).toEqual(
      expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'kms:Decrypt']),
    );
    expect(actions).not.toContain('dynamodb:Scan');
    expect(JSON.stringify(statementsOfRole(template, role))).toContain('/index/*');
  });

  it('gives a public area no access to the table or its key', () => {
    for (const area of AREAS.filter((candidate) => candidate.public)) {
      const role = functionOfArea(template, area.name).properties.Role['Fn::GetAtt'][0];
      const actions = actionsOf(statementsOfRole(template, role));

      expect(actions.filter((action) => action.startsWith('dynamodb:') || action.startsWith('kms:'))).toEqual([]);
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
