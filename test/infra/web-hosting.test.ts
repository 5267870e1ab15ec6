import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { App } from 'aws-cdk-lib';
import type { Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildEnvol,
  createFixtureProject,
  type FixtureProject,
  onlyResourceOfType,
  resourcesOfType,
  synthEnvol,
} from './support/envol-test-stack.js';

interface Behavior {
  PathPattern?: string;
  TargetOriginId: string;
  ViewerProtocolPolicy: string;
  AllowedMethods?: string[];
  CachePolicyId: string;
  OriginRequestPolicyId?: string;
  ResponseHeadersPolicyId: { Ref: string };
}

interface DistributionConfig {
  DefaultRootObject: string;
  DefaultCacheBehavior: Behavior;
  CacheBehaviors: Behavior[];
  Origins: Array<{ Id: string; DomainName: unknown; OriginAccessControlId?: unknown; CustomOriginConfig?: Record<string, unknown> }>;
  Logging?: { Bucket: unknown };
  CustomErrorResponses?: unknown;
}

/** The config.json staged by Source.jsonData in the cloud assembly. */
function readStagedConfigJson(outdir: string): Record<string, string> {
  const files = readdirSync(outdir)
    .map((entry) => join(outdir, entry, 'config.json'))
    .filter((file) => existsSync(file));
  if (files.length !== 1) throw new Error(`Expected one staged config.json, found ${files.length}.`);
  return JSON.parse(readFileSync(files[0] as string, 'utf8')) as Record<string, string>;
}

interface SecurityHeaders {
  StrictTransportSecurity: { AccessControlMaxAgeSec: number; IncludeSubdomains: boolean; Override: boolean };
  ContentTypeOptions: { Override: boolean };
  FrameOptions: { FrameOption: string; Override: boolean };
  ReferrerPolicy: { ReferrerPolicy: string; Override: boolean };
  ContentSecurityPolicy: { ContentSecurityPolicy: unknown; Override: boolean };
}

// Managed policy ids published by CloudFront.
const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';
const ALL_VIEWER_EXCEPT_HOST_HEADER = 'b689b0a8-53d0-40ab-baf2-68738e2966ac';

describe('WebHosting', () => {
  let fixture: FixtureProject;
  let template: Template;
  let config: DistributionConfig;
  let webConfig: Record<string, string>;

  beforeAll(() => {
    fixture = createFixtureProject();
    let app: App;
    ({ app, template } = synthEnvol(fixture, { props: { cognitoDomainPrefix: 'envol-cd62' } }));
    config = onlyResourceOfType(template, 'AWS::CloudFront::Distribution').properties.DistributionConfig as DistributionConfig;
    webConfig = readStagedConfigJson(app.outdir);
  });
  afterAll(() => fixture.remove());

  it('keeps every bucket private, encrypted and reachable over TLS only', () => {
    const buckets = resourcesOfType(template, 'AWS::S3::Bucket');

    expect(Object.keys(buckets)).toHaveLength(2);
    for (const bucket of Object.values(buckets)) {
      expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      expect(JSON.stringify(bucket.Properties.BucketEncryption)).toContain('AES256');
    }
    const policies = Object.values(resourcesOfType(template, 'AWS::S3::BucketPolicy'));
    expect(policies).toHaveLength(2);
    for (const policy of policies) expect(JSON.stringify(policy.Properties.PolicyDocument)).toContain('"aws:SecureTransport":"false"');
  });

  it('serves the site bucket through Origin Access Control, index.html at the root, HTTP redirected to HTTPS', () => {
    const site = config.Origins.find((origin) => origin.Id === config.DefaultCacheBehavior.TargetOriginId);

    expect(site?.OriginAccessControlId).toBeDefined();
    expect(config.DefaultRootObject).toBe('index.html');
    expect(config.DefaultCacheBehavior.ViewerProtocolPolicy).toBe('redirect-to-https');
  });

  it('forwards /api/* to the HTTP API over HTTPS, uncached, with every method and viewer header but Host', () => {
    const api = config.CacheBehaviors.find((behavior) => behavior.PathPattern === '/api/*');
    const origin = config.Origins.find((candidate) => candidate.Id === api?.TargetOriginId);
    const httpApi = onlyResourceOfType(template, 'AWS::ApiGatewayV2::Api').logicalId;

    expect(api).toMatchObject({
      ViewerProtocolPolicy: 'https-only',
      AllowedMethods: expect.arrayContaining(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD']),
      CachePolicyId: CACHING_DISABLED,
      OriginRequestPolicyId: ALL_VIEWER_EXCEPT_HOST_HEADER,
    });
    expect(JSON.stringify(origin?.DomainName)).toContain(`{"Ref":"${httpApi}"},".execute-api."`);
    expect(origin?.CustomOriginConfig).toMatchObject({ OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] });
  });

  it('does not rewrite error responses, which would hide the API’s 403 and 404', () => {
    expect(config.CustomErrorResponses).toBeUndefined();
  });

  it('logs requests to the access-log bucket', () => {
    expect(config.Logging?.Bucket).toBeDefined();
  });

  it('sends HSTS, nosniff, DENY framing, a referrer policy and a CSP that allows only itself and Cognito', () => {
    const pageHeaders = resourcesOfType(template, 'AWS::CloudFront::ResponseHeadersPolicy')[
      config.DefaultCacheBehavior.ResponseHeadersPolicyId.Ref
    ];
    if (!pageHeaders) throw new Error('The default behavior has no response headers policy.');
    const security = (pageHeaders.Properties.ResponseHeadersPolicyConfig as { SecurityHeadersConfig: SecurityHeaders })
      .SecurityHeadersConfig;
    const csp = JSON.stringify(security.ContentSecurityPolicy.ContentSecurityPolicy);

    expect(security.StrictTransportSecurity).toMatchObject({ IncludeSubdomains: true, Override: true });
    expect(security.StrictTransportSecurity.AccessControlMaxAgeSec).toBeGreaterThanOrEqual(31_536_000);
    expect(security.ContentTypeOptions).toEqual({ Override: true });
    expect(security.FrameOptions).toEqual({ FrameOption: 'DENY', Override: true });
    expect(security.ReferrerPolicy.ReferrerPolicy).toBe('same-origin');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("connect-src 'self' https://envol-cd62.auth.");
    expect(csp).toContain("form-action 'self' https://envol-cd62.auth.");
    expect(csp).toContain('.amazoncognito.com');
    // The service worker (/sw.js) and the web app manifest come from the site itself; no inline script.
    expect(csp).toContain("worker-src 'self'");
    expect(csp).toContain("manifest-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
  });

  it('uploads the web build and a config.json telling the app where Cognito and its client are', () => {
    const deployments = Object.values(resourcesOfType(template, 'Custom::CDKBucketDeployment'));
    const entryPoints = deployments.find((deployment) => deployment.Properties.DistributionPaths !== undefined);
    const client = onlyResourceOfType(template, 'AWS::Cognito::UserPoolClient').logicalId;
    const distribution = onlyResourceOfType(template, 'AWS::CloudFront::Distribution').logicalId;
    // Deploy-time values are markers in the file, resolved by the deployment from SourceMarkers.
    const markers: Record<string, unknown> = Object.assign({}, ...((entryPoints?.Properties.SourceMarkers ?? []) as object[]));
    const resolve = (value: string) => value.replace(/<<marker:0xbaba:\d+>>/g, (marker) => `[${JSON.stringify(markers[marker])}]`);

    expect(deployments).toHaveLength(2);
    expect(entryPoints?.Properties.DistributionPaths).toEqual(['/*']);
    expect(Object.keys(webConfig)).toEqual(['auth', 'cognitoDomain', 'clientId', 'redirectUri', 'logoutUri']);
    expect(webConfig.auth).toBe('cognito');
    expect(resolve(webConfig.cognitoDomain ?? '')).toBe('https://envol-cd62.auth.[{"Ref":"AWS::Region"}].amazoncognito.com');
    expect(resolve(webConfig.clientId ?? '')).toBe(`[{"Ref":"${client}"}]`);
    expect(resolve(webConfig.redirectUri ?? '')).toBe(`https://[{"Fn::GetAtt":["${distribution}","DomainName"]}]/`);
    expect(resolve(webConfig.logoutUri ?? '')).toBe(resolve(webConfig.redirectUri ?? ''));
  });
});

describe('WebContent caching', () => {
  let fixture: FixtureProject;
  let template: Template;
  let outdir: string;

  beforeAll(() => {
    fixture = createFixtureProject();
    let app: App;
    ({ app, template } = synthEnvol(fixture));
    outdir = app.outdir;
  });
  afterAll(() => fixture.remove());

  it('caches content-hashed assets for a year and makes everything else revalidate', () => {
    const deployments = Object.values(resourcesOfType(template, 'Custom::CDKBucketDeployment')).map((deployment) => deployment.Properties);
    const hashed = deployments.find((deployment) => deployment.DestinationBucketKeyPrefix === 'assets/');
    const entryPoints = deployments.find((deployment) => deployment.DestinationBucketKeyPrefix === undefined);

    expect(hashed?.SystemMetadata).toEqual({ 'cache-control': 'public, max-age=31536000, immutable' });
    expect(hashed?.Prune).toBe(false);
    expect(entryPoints?.SystemMetadata).toEqual({ 'cache-control': 'no-cache' });
    // sw.js and manifest.webmanifest sit at the root, outside assets/: revalidated, never kept for a year.
    expect(entryPoints?.DestinationBucketKeyPrefix).toBeUndefined();
  });

  it('uploads the hashed assets once, not again with index.html', () => {
    const staged = readdirSync(outdir).filter((entry) => existsSync(join(outdir, entry, 'index.html')));

    const assetsCopy = join(outdir, staged[0] as string, 'assets');

    expect(staged).toHaveLength(1);
    // An empty folder uploads nothing: S3 has objects, not folders.
    expect(existsSync(assetsCopy) ? readdirSync(assetsCopy) : []).toEqual([]);
  });
});

describe('WebContent', () => {
  it('tells to run npm run build:web when the web app is not built', () => {
    const fixture = createFixtureProject();
    const empty = mkdtempSync(join(tmpdir(), 'envol-no-web-'));
    try {
      expect(() => buildEnvol(fixture, { props: { webAssetPath: empty } })).toThrow(/npm run build:web/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
      fixture.remove();
    }
  });
});
