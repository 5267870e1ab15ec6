import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { logRetentionOf, readEnvolContext } from '../../infra/lib/context.js';

/** A bare root construct with context as `-c name=value` gives it (an App would create a cdk.out). */
function rootWith(values: Record<string, unknown>) {
  const root = new Construct(undefined as unknown as Construct, '');
  for (const [name, value] of Object.entries(values)) root.node.setContext(name, value);
  return root;
}

function contextOf(values: Record<string, unknown>) {
  return readEnvolContext(rootWith(values));
}

describe('logRetentionOf', () => {
  it('keeps the technical logs 6 months unless told 12, as a number or as -c gives it', () => {
    expect(logRetentionOf(rootWith({}))).toBe(RetentionDays.SIX_MONTHS);
    expect(logRetentionOf(rootWith({ logRetentionMonths: 6 }))).toBe(RetentionDays.SIX_MONTHS);
    expect(logRetentionOf(rootWith({ logRetentionMonths: 12 }))).toBe(RetentionDays.ONE_YEAR);
    expect(logRetentionOf(rootWith({ logRetentionMonths: '12' }))).toBe(RetentionDays.ONE_YEAR);
    expect(contextOf({ logRetentionMonths: '12' })).toEqual({ logRetentionMonths: 12 });
  });

  it.each([3, 9, 24, '6 mois', true])('refuses %s, outside what the issue and CloudWatch allow', (months) => {
    expect(() => contextOf({ logRetentionMonths: months })).toThrow(/logRetentionMonths .* use 6 or 12/);
  });
});

describe('readEnvolContext', () => {
  it('returns nothing when no value is given', () => {
    expect(contextOf({})).toEqual({});
  });

  it('returns the values it is given', () => {
    const webAclArn = 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/envol/0f1e2d3c';

    expect(contextOf({ cognitoDomainPrefix: 'envol-cd62', mfa: 'optional', webAclArn })).toEqual({
      cognitoDomainPrefix: 'envol-cd62',
      mfa: 'optional',
      webAclArn,
    });
  });

  it.each(['Envol-62', '-envol', 'envol_62', 'envol-', 'a'.repeat(64)])('rejects the malformed domain prefix %s', (prefix) => {
    expect(() => contextOf({ cognitoDomainPrefix: prefix })).toThrow(/cognitoDomainPrefix/);
  });

  it('rejects a domain prefix containing a word Cognito reserves', () => {
    expect(() => contextOf({ cognitoDomainPrefix: 'envol-aws-62' })).toThrow(/may not contain "aws"/);
  });

  it('rejects an MFA policy other than required or optional', () => {
    expect(() => contextOf({ mfa: 'off' })).toThrow(/mfa "off" is invalid/);
  });

  it('rejects a regional web ACL, which CloudFront cannot use', () => {
    expect(() => contextOf({ webAclArn: 'arn:aws:wafv2:eu-west-3:123456789012:regional/webacl/envol/0f1e' })).toThrow(/CLOUDFRONT-scope/);
  });
});
