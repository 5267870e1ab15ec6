import type { Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, expect } from 'vitest';
import type { EnvolStack } from '../../../infra/lib/envol-stack.js';
import {
  createFixtureProject,
  type FixtureProject,
  functionOfArea,
  type IamStatement,
  type LambdaProperties,
  resourcesOfType,
  statementsOfRole,
  synthEnvol,
} from './envol-test-stack.js';

/** The EventBridge rule that starts a job. */
export interface ScheduleRule {
  ScheduleExpression: string;
  State: string;
  Targets: { Arn: unknown }[];
}

/** A daily job (the retention job, the deadline alerts job) as the stack builds it. */
export interface DailyJob {
  template: Template;
  stack: EnvolStack;
  logicalId: string;
  properties: LambdaProperties;
  /** Its role's statements. */
  statements: IamStatement[];
  /** The one rule whose description names the job. */
  rule: ScheduleRule;
}

/**
 * Synthesises the stack once for the test file (a fixture project, removed after) and gives
 * the job of `area`, recognised by its rule's description containing `described`.
 */
export function useDailyJob(area: string, described: string): () => DailyJob {
  let fixture: FixtureProject;
  let job: DailyJob | undefined;
  beforeAll(() => {
    fixture = createFixtureProject();
    const { template, stack } = synthEnvol(fixture);
    const { logicalId, properties } = functionOfArea(template, area);
    const rules = Object.values(resourcesOfType(template, 'AWS::Events::Rule')).filter((rule) =>
      String(rule.Properties.Description).includes(described),
    );
    if (rules.length !== 1) throw new Error(`Expected one rule described as "${described}", found ${rules.length}.`);
    const rule = rules[0]?.Properties as unknown as ScheduleRule;
    job = { template, stack, logicalId, properties, statements: statementsOfRole(template, properties.Role['Fn::GetAtt'][0]), rule };
  });
  afterAll(() => fixture.remove());
  return () => {
    if (!job) throw new Error('The stack is synthesised in beforeAll.');
    return job;
  };
}

/** The job's rule runs on `schedule`, is on, and starts its function only, which EventBridge alone may invoke. */
export function expectScheduledOnItsOwn(job: DailyJob, schedule: string): void {
  expect(job.rule.ScheduleExpression).toBe(schedule);
  expect(job.rule.State).toBe('ENABLED');
  const arn = { 'Fn::GetAtt': [job.logicalId, 'Arn'] };
  expect(job.rule.Targets).toEqual([expect.objectContaining({ Arn: arn })]);
  const permissions = Object.values(resourcesOfType(job.template, 'AWS::Lambda::Permission')).filter(
    (permission) => JSON.stringify(permission.Properties.FunctionName) === JSON.stringify(arn),
  );
  expect(permissions.map((permission) => permission.Properties.Principal)).toEqual(['events.amazonaws.com']);
}

/** No HTTP API integration reaches the job's function. */
export function expectNoHttpRoute(job: DailyJob): void {
  const integrations = Object.values(resourcesOfType(job.template, 'AWS::ApiGatewayV2::Integration'));
  expect(integrations.some((integration) => JSON.stringify(integration.Properties).includes(job.logicalId))).toBe(false);
}
