import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DefaultStackSynthesizer, Duration, Stack, Validations } from 'aws-cdk-lib';
import type { IDistribution } from 'aws-cdk-lib/aws-cloudfront';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { HASHED_ASSETS_FOLDER } from '../../shared/web-cache-policy.js';
import { logicalIdOf } from './logical-id.js';

/** What the web app reads from `/config.json` at start (locally the dev server answers `{"auth":"dev"}`). */
export interface WebRuntimeConfig {
  readonly auth: 'cognito';
  /** Managed login base URL, e.g. `https://envol-62.auth.eu-west-3.amazoncognito.com`. */
  readonly cognitoDomain: string;
  readonly clientId: string;
  /** Where Cognito sends the user back with `?code=`. */
  readonly redirectUri: string;
  /** Where Cognito sends the user after signing out (an allowed sign-out URL of the client). */
  readonly logoutUri: string;
}

export interface WebContentProps {
  /** The built web app (`web/dist`), holding index.html. */
  readonly assetPath: string;
  readonly bucket: IBucket;
  readonly distribution: IDistribution;
  readonly config: WebRuntimeConfig;
}

/** Vite puts content-hashed files under `assets/`: their name changes whenever they do (shared/web-cache-policy.ts). */
const HASHED_FOLDER = HASHED_ASSETS_FOLDER;
const MEMORY_MB = 512;

/**
 * Uploads the built web app and a generated `config.json` to the site bucket, then
 * invalidates CloudFront. Hashed assets are cached for a year; everything else
 * (index.html, config.json, unhashed files) is revalidated on every load, so a deploy is
 * visible at once.
 */
export class WebContent extends Construct {
  constructor(scope: Construct, id: string, props: WebContentProps) {
    super(scope, id);
    if (!existsSync(join(props.assetPath, 'index.html'))) {
      throw new Error(
        `The web app is not built: ${join(props.assetPath, 'index.html')} does not exist. Run \`npm run build:web\` first (\`npm run synth\` does it for you).`,
      );
    }

    // Shared by both deployments (they run in one CDK singleton function): our own role and
    // log group instead of the AWS managed AWSLambdaBasicExecutionRole and a retention
    // custom resource.
    const logGroup = new LogGroup(this, 'DeploymentLogs', { retention: RetentionDays.ONE_MONTH });
    const role = new Role(this, 'DeploymentRole', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'Envol: copies the web build to the site bucket',
    });
    logGroup.grantWrite(role);

    const common = { destinationBucket: props.bucket, role, logGroup, memoryLimit: MEMORY_MB };

    // Old hashed files are kept (prune: false): a page loaded before a deploy can still
    // lazy-load the chunks it references.
    const hashedPath = join(props.assetPath, HASHED_FOLDER);
    const hashed = existsSync(hashedPath)
      ? new BucketDeployment(this, 'HashedAssets', {
          ...common,
          sources: [Source.asset(hashedPath)],
          destinationKeyPrefix: `${HASHED_FOLDER}/`,
          prune: false,
          cacheControl: [CacheControl.setPublic(), CacheControl.maxAge(Duration.days(365)), CacheControl.immutable()],
        })
      : undefined;

    const entryPoints = new BucketDeployment(this, 'EntryPoints', {
      ...common,
      sources: [Source.asset(props.assetPath, { exclude: [`${HASHED_FOLDER}/**`] }), Source.jsonData('config.json', props.config)],
      prune: false,
      cacheControl: [CacheControl.noCache()],
      distribution: props.distribution,
      distributionPaths: ['/*'],
    });
    // index.html must not reference chunks that are not uploaded yet.
    if (hashed) entryPoints.node.addDependency(hashed);

    this.acknowledgeCdkManagedFindings(role, props.bucket);
  }

  /**
   * BucketDeployment's policy and runtime are written by aws-cdk-lib; each finding is
   * acknowledged on its own so that a new one (say, a wider action) still fails synth.
   */
  private acknowledgeCdkManagedFindings(role: Role, bucket: IBucket): void {
    const qualifier: string = this.node.tryGetContext('@aws-cdk/core:bootstrapQualifier') ?? DefaultStackSynthesizer.DEFAULT_QUALIFIER;
    const policy = 'CDK BucketDeployment policy (written by aws-cdk-lib):';
    const findings: Record<string, string> = {
      'Action::s3:GetObject*': `${policy} reads the web build from the CDK asset bucket.`,
      'Action::s3:GetBucket*': `${policy} reads the asset and site buckets' metadata.`,
      'Action::s3:List*': `${policy} lists both buckets to compare and copy files.`,
      'Action::s3:DeleteObject*': `${policy} may delete from the site bucket (used only when pruning, which we keep off).`,
      'Action::s3:Abort*': `${policy} aborts failed multipart uploads to the site bucket.`,
      [`Resource::arn:<AWS::Partition>:s3:::cdk-${qualifier}-assets-<AWS::AccountId>-<AWS::Region>/*`]: `${policy} any object of the CDK bootstrap asset bucket, since asset keys are content hashes.`,
      [`Resource::<${logicalIdOf(bucket)}.Arn>/*`]: `${policy} every object of the site bucket, which holds nothing but the web build.`,
      'Resource::*': `${policy} cloudfront:CreateInvalidation and GetInvalidation do not support resource-level permissions.`,
    };
    for (const [finding, reason] of Object.entries(findings)) {
      Validations.of(role).acknowledge({ id: `AwsSolutions-IAM5[${finding}]`, reason });
    }

    const handler = Stack.of(this).node.children.find((child) => child.node.id.startsWith('Custom::CDKBucketDeployment'));
    if (handler) {
      Validations.of(handler).acknowledge({
        id: 'AwsSolutions-L1',
        reason:
          'CDK BucketDeployment handler: its runtime is chosen by aws-cdk-lib, not by us, and moves forward when aws-cdk-lib is upgraded.',
      });
    }
  }
}
