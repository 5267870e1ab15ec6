import { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { readEnvolContext } from '../../infra/lib/context.js';

/** Context as `-c name=value` gives it, on a bare root construct (an App would create a cdk.out). */
function contextOf(values: Record<string, unknown>) {
  const root = new Construct(undefined as unknown as Construct, '');
  for (const [name, value] of Object.entries(values)) root.node.setContext(name, value);
  return readEnvolContext(root);
}

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
