import type { Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureProject, type FixtureProject, onlyResourceOfType, synthEnvol } from './support/envol-test-stack.js';

describe('Identity', () => {
  let fixture: FixtureProject;
  let template: Template;

  beforeAll(() => {
    fixture = createFixtureProject();
    ({ template } = synthEnvol(fixture));
  });
  afterAll(() => fixture.remove());

  it('lets only admins create accounts (no self sign-up)', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', { AdminCreateUserConfig: { AllowAdminCreateUserOnly: true } });
  });

  it('signs users in by email, recovers accounts by email only, and requires a TOTP second factor', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      UsernameAttributes: ['email'],
      AccountRecoverySetting: { RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }] },
      MfaConfiguration: 'ON',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
    });
  });

  it('enforces a strong password policy and threat protection', () => {
    const { properties } = onlyResourceOfType(template, 'AWS::Cognito::UserPool');
    const policy = (properties.Policies as { PasswordPolicy: Record<string, unknown> }).PasswordPolicy;

    expect(policy.MinimumLength).toBeGreaterThanOrEqual(12);
    expect(policy).toMatchObject({ RequireLowercase: true, RequireUppercase: true, RequireNumbers: true, RequireSymbols: true });
    expect(properties.UserPoolTier).toBe('PLUS');
    expect(properties.UserPoolAddOns).toEqual({ AdvancedSecurityMode: 'ENFORCED' });
  });

  it('declares the role and departement custom attributes as strings', () => {
    const { properties } = onlyResourceOfType(template, 'AWS::Cognito::UserPool');
    const schema = properties.Schema as Array<{ Name: string; AttributeDataType?: string }>;

    expect(schema).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ Name: 'role', AttributeDataType: 'String' }),
        expect.objectContaining({ Name: 'departement', AttributeDataType: 'String' }),
      ]),
    );
  });

  it('lets the web client read role and departement but never write them', () => {
    const { properties } = onlyResourceOfType(template, 'AWS::Cognito::UserPoolClient');

    expect(properties.ReadAttributes).toEqual(expect.arrayContaining(['custom:role', 'custom:departement']));
    expect(properties.WriteAttributes).toBeDefined();
    expect(properties.WriteAttributes).not.toContain('custom:role');
    expect(properties.WriteAttributes).not.toContain('custom:departement');
  });

  it('gives the web client the authorization code flow, no secret, and the CloudFront URL as callback', () => {
    const distribution = onlyResourceOfType(template, 'AWS::CloudFront::Distribution').logicalId;
    const appUrl = { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distribution, 'DomainName'] }, '/']] };

    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      GenerateSecret: false,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthScopes: ['openid', 'email', 'profile'],
      SupportedIdentityProviders: ['COGNITO'],
      CallbackURLs: [appUrl],
      LogoutURLs: [appUrl],
    });
  });

  it('derives a default domain prefix from the stack id, without any account lookup', () => {
    const { properties } = onlyResourceOfType(template, 'AWS::Cognito::UserPoolDomain');

    expect(JSON.stringify(properties.Domain)).toContain('envol-');
    expect(JSON.stringify(properties.Domain)).toContain('AWS::StackId');
    expect(properties.ManagedLoginVersion).toBe(2);
  });
});

describe('Identity with deployment context', () => {
  let fixture: FixtureProject;
  let template: Template;

  beforeAll(() => {
    fixture = createFixtureProject();
    ({ template } = synthEnvol(fixture, { props: { cognitoDomainPrefix: 'envol-cd62', mfa: 'optional' } }));
  });
  afterAll(() => fixture.remove());

  it('uses the domain prefix it is given', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolDomain', { Domain: 'envol-cd62' });
  });

  it('makes MFA optional when the département asks for it', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', { MfaConfiguration: 'OPTIONAL', EnabledMfas: ['SOFTWARE_TOKEN_MFA'] });
  });
});
