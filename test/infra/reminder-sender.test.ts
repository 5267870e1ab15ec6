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

const SMS_POOL = 'arn:aws:sms-voice:eu-west-3:123456789012:pool/pool-0123456789abcdef';

describe('the reminder sender', () => {
  let fixture: FixtureProject;
  let template: Template;
  let stack: EnvolStack;
  let bare: Template;

  beforeAll(() => {
    fixture = createFixtureProject();
    // What infra/bin/envol.ts passes from the context values (readEnvolContext).
    ({ template, stack } = synthEnvol(fixture, {
      props: {
        sesIdentity: 'envol.departement.fr',
        sesFromAddress: 'ne-pas-repondre@envol.departement.fr',
        sesConfigurationSet: 'envol-emails',
        smsOriginationArn: SMS_POOL,
        smsConfigurationSet: 'envol-sms',
      },
    }));
    ({ template: bare } = synthEnvol(fixture));
  });
  afterAll(() => fixture.remove());

  function senderStatements(of: Template) {
    const { properties } = functionOfArea(of, 'reminder-sender');
    return statementsOfRole(of, properties.Role['Fn::GetAtt'][0]);
  }

  it('runs every minute from an EventBridge rule that targets its function only', () => {
    const rules = Object.values(resourcesOfType(template, 'AWS::Events::Rule')).filter(
      (rule) => rule.Properties.ScheduleExpression === 'rate(1 minute)',
    );
    expect(rules).toHaveLength(1);
    const { logicalId } = functionOfArea(template, 'reminder-sender');
    expect((rules[0]?.Properties as { Targets?: unknown[] } | undefined)?.Targets).toEqual([
      expect.objectContaining({ Arn: { 'Fn::GetAtt': [logicalId, 'Arn'] } }),
    ]);
  });

  it('may read and update items of the main table, never put or delete, nothing of the ballot box', () => {
    const statements = senderStatements(template);
    expect(new Set(actionsOn(statements, logicalIdOf(stack.data.table)))).toEqual(
      new Set(['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:UpdateItem']),
    );
    expect(actionsOn(statements, logicalIdOf(stack.ballots.table))).toEqual([]);
    expect(actionsOf(statements)).not.toContain('dynamodb:DeleteItem');
    expect(actionsOf(statements)).not.toContain('dynamodb:PutItem');
  });

  it('sends e-mail from the one SES identity and address given, and text messages from the one pool given', () => {
    const statements = senderStatements(template);
    const ses = statements.find((statement) => actionsOf([statement]).includes('ses:SendEmail'));
    expect(actionsOf([ses as never])).toEqual(['ses:SendEmail']);
    expect(JSON.stringify(ses)).toContain('identity/envol.departement.fr');
    expect(JSON.stringify(ses)).toContain('configuration-set/envol-emails');
    expect(JSON.stringify(ses)).toContain('"ses:FromAddress":"ne-pas-repondre@envol.departement.fr"');
    const sms = statements.find((statement) => actionsOf([statement]).includes('sms-voice:SendTextMessage'));
    expect(actionsOf([sms as never])).toEqual(['sms-voice:SendTextMessage']);
    expect(JSON.stringify(sms)).toContain(SMS_POOL);
    expect(JSON.stringify(sms)).toContain('configuration-set/envol-sms');
    expect(JSON.stringify(statements)).not.toMatch(/"Resource":"\*"[^}]*(ses|sms-voice):/);
  });

  it('gets no SES or SMS permission at all when the deployment gives no channel settings', () => {
    const actions = actionsOf(senderStatements(bare));
    expect(actions.some((action) => action.startsWith('ses:') || action.startsWith('sms-voice:'))).toBe(false);
  });

  it('is told the table, the link key and the app origin, never the ballot table', () => {
    const { properties } = functionOfArea(template, 'reminder-sender');
    expect(properties.Environment.Variables).toMatchObject({
      ENVOL_EMAIL_FROM: 'ne-pas-repondre@envol.departement.fr',
      ENVOL_SMS_ORIGINATION: SMS_POOL,
    });
    expect(properties.Environment.Variables).toHaveProperty('ENVOL_APP_ORIGIN');
    expect(properties.Environment.Variables).not.toHaveProperty('ENVOL_BALLOT_TABLE');
  });
});
