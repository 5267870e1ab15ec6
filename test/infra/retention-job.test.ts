import type { Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EnvolStack } from '../../infra/lib/envol-stack.js';
import { logicalIdOf } from '../../infra/lib/logical-id.js';
import {
  actionsOf,
  actionsOn,
  createFixtureProject,
  type FixtureProject,
  functionOfArea,
  resourcesOfType,
  statementsOfRole,
  synthEnvol,
} from './support/envol-test-stack.js';

describe('the daily retention job', () => {
  let fixture: FixtureProject;
  let template: Template;
  let stack: EnvolStack;

  beforeAll(() => {
    fixture = createFixtureProject();
    ({ template, stack } = synthEnvol(fixture));
  });
  afterAll(() => fixture.remove());

  it('runs once a day at 03:00 UTC, before the alerts, from an EventBridge rule that targets its function only', () => {
    const rules = Object.values(resourcesOfType(template, 'AWS::Events::Rule')).filter((rule) =>
      String(rule.Properties.Description).includes('retention'),
    );
    expect(rules).toHaveLength(1);
    const rule = rules[0]?.Properties as { ScheduleExpression: string; State: string; Targets: { Arn: unknown }[] };
    expect(rule.ScheduleExpression).toBe('cron(0 3 * * ? *)');
    expect(rule.State).toBe('ENABLED');
    const { logicalId } = functionOfArea(template, 'retention');
    expect(rule.Targets).toEqual([expect.objectContaining({ Arn: { 'Fn::GetAtt': [logicalId, 'Arn'] } })]);
    const permissions = Object.values(resourcesOfType(template, 'AWS::Lambda::Permission')).filter(
      (permission) => JSON.stringify(permission.Properties.FunctionName) === JSON.stringify({ 'Fn::GetAtt': [logicalId, 'Arn'] }),
    );
    expect(permissions.map((permission) => permission.Properties.Principal)).toEqual(['events.amazonaws.com']);
  });

  it('may read, write and delete items of the main table (its calendar lines), and only delete by key in the ballot box (markers)', () => {
    const { properties } = functionOfArea(template, 'retention');
    const statements = statementsOfRole(template, properties.Role['Fn::GetAtt'][0]);
    expect(new Set(actionsOn(statements, logicalIdOf(stack.data.table)))).toEqual(
      new Set(['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem']),
    );
    const actions = actionsOf(statements);
    expect(actions).not.toContain('dynamodb:Scan');
    expect(actions.some((action) => action.startsWith('secretsmanager:'))).toBe(false);
    expect(actionsOn(statements, logicalIdOf(stack.ballots.table))).toEqual(['dynamodb:DeleteItem']);
    expect(actions.every((action) => !action.endsWith('*'))).toBe(true);
  });

  it('is told the main table and the markers’ table (not as the ballot box), and has time for a whole deployment', () => {
    const { properties } = functionOfArea(template, 'retention');
    expect(properties.Environment.Variables.ENVOL_TABLE).toEqual({ Ref: logicalIdOf(stack.data.table) });
    expect(properties.Environment.Variables.ENVOL_BALLOT_MARKERS_TABLE).toEqual({ Ref: logicalIdOf(stack.ballots.table) });
    expect(properties.Environment.Variables).not.toHaveProperty('ENVOL_BALLOT_TABLE');
    expect(properties.Environment.Variables).not.toHaveProperty('ENVOL_BALLOT_KEY_SECRET_ARN');
    expect(properties.Environment.Variables).not.toHaveProperty('ENVOL_CURSOR_SECRET_ARN');
    expect(properties.Timeout).toBe(300);
  });

  it('has no HTTP route', () => {
    const { logicalId } = functionOfArea(template, 'retention');
    const integrations = Object.values(resourcesOfType(template, 'AWS::ApiGatewayV2::Integration'));
    expect(integrations.some((integration) => JSON.stringify(integration.Properties).includes(logicalId))).toBe(false);
  });
});
