import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logicalIdOf } from '../../infra/lib/logical-id.js';
import { type BuiltEnvol, buildEnvol, createFixtureProject, type FixtureProject } from './support/envol-test-stack.js';

interface NagMetadata {
  cdk_nag?: { rules_to_suppress: Array<{ id: string; reason: string }> };
}

/** Findings of the AwsSolutions pack that nobody acknowledged, as `rule  path` lines. */
function unacknowledgedFindings(built: BuiltEnvol): string[] {
  const report = new AwsSolutionsChecks(undefined, { verbose: true }).validateScope(built.app);
  return report.violations.flatMap((violation) =>
    violation.violatingResources.map((resource) => `${violation.severity} ${violation.ruleName}  ${resource.constructPath}`),
  );
}

describe.each([
  { name: 'default deployment', props: {} },
  {
    name: 'MFA optional, own domain prefix, WAF attached',
    props: {
      mfa: 'optional',
      cognitoDomainPrefix: 'envol-cd62',
      webAclArn: 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/envol/1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d',
    },
  },
] as const)('cdk-nag AwsSolutions, $name', ({ props }) => {
  let fixture: FixtureProject;
  let built: BuiltEnvol;
  let template: Template;

  beforeAll(() => {
    fixture = createFixtureProject();
    built = buildEnvol(fixture, { nag: true, props });
    // Synthesis runs the registered pack and throws if any finding is left unacknowledged.
    template = Template.fromStack(built.stack);
  });
  afterAll(() => fixture.remove());

  it('leaves no AwsSolutions error or warning unacknowledged', () => {
    expect(unacknowledgedFindings(built)).toEqual([]);
  });

  it('raises no CDK error or warning annotation either', () => {
    const annotations = Annotations.fromStack(built.stack);

    expect(annotations.findError('*', Match.anyValue())).toEqual([]);
    expect(annotations.findWarning('*', Match.anyValue())).toEqual([]);
  });

  it('writes every acknowledgement into the template with a specific reason', () => {
    const acknowledged = Object.values(template.toJSON().Resources as Record<string, { Metadata?: NagMetadata }>).flatMap(
      (resource) => resource.Metadata?.cdk_nag?.rules_to_suppress ?? [],
    );

    expect(acknowledged.some(({ id }) => id.startsWith('AwsSolutions-'))).toBe(true);
    for (const { id, reason } of acknowledged) expect(reason.length, `reason of ${id}`).toBeGreaterThanOrEqual(40);
  });

  it('waives point-in-time recovery (DDB3) on the ballot table only, saying why', () => {
    const resources = template.toJSON().Resources as Record<string, { Metadata?: NagMetadata }>;
    const waivers = Object.entries(resources).flatMap(([logicalId, resource]) =>
      (resource.Metadata?.cdk_nag?.rules_to_suppress ?? [])
        .filter(({ id }) => id.startsWith('AwsSolutions-DDB3'))
        .map(({ reason }) => ({ logicalId, reason })),
    );

    expect(waivers.map(({ logicalId }) => logicalId)).toEqual([logicalIdOf(built.stack.ballots.table)]);
    // What the template says, read from the template: the reason a reviewer will see.
    const reason = waivers[0]?.reason ?? '';
    expect(reason).toMatch(/marker/);
    expect(reason).toMatch(/anonymous ballots/);
    expect(reason.length).toBeGreaterThanOrEqual(40);
  });
});
