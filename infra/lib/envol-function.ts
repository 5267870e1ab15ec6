import { Duration, Validations } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { ApplicationLogLevel, Architecture, LoggingFormat, SystemLogLevel, Tracing } from 'aws-cdk-lib/aws-lambda';
import { type BundlingOptions, NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { logRetentionOf } from './context.js';
import { FUNCTION_BUNDLING, FUNCTION_RUNTIME } from './function-bundling.js';

/** Variables that only the local server may set; a deployed function must never see them. */
const FORBIDDEN_ENVIRONMENT = ['ENVOL_DEV_AUTH'];

export interface EnvolFunctionProps {
  /** Short name (the area), used in the description, the log group and the service name. */
  readonly name: string;
  /** Absolute path of the TypeScript entry exporting `handler`. */
  readonly entry: string;
  /** Folder holding package-lock.json; the entry must be inside it. */
  readonly projectRoot: string;
  /** Function-specific variables, added to the common ones. */
  readonly environment: Readonly<Record<string, string>>;
  /** How long the function's own logs are kept; the context value `logRetentionMonths` (6 months by default) otherwise. */
  readonly logRetention?: RetentionDays;
  /**
   * A function that serves no API request (the daily alerts job) may run longer.
   * @default 10 seconds
   */
  readonly timeout?: Duration;
  /** @default `Envol API, area <name>` */
  readonly description?: string;
  /** Bundling on top of the common options (`FUNCTION_BUNDLING`), for example a file written beside the bundle. */
  readonly bundling?: Partial<BundlingOptions>;
}

/**
 * An Envol Lambda function with every default set here once: runtime, arm64 (cheaper and
 * usually faster to start than x86 for Node), 512 MB (CPU scales with memory, and JWT
 * verification plus JSON work is CPU-bound), 10 s timeout (under API Gateway's 30 s limit; a
 * request still running after 10 s has already failed its user), X-Ray, structured logs to
 * a log group it owns, and a role that starts empty: grant it what it needs.
 */
export class EnvolFunction extends Construct {
  readonly handler: NodejsFunction;
  readonly role: Role;
  readonly logGroup: LogGroup;
  /** The short name, the TypeScript entry and the bundling it was built with: `infra/bundle-functions.ts` builds the same bundle. */
  readonly name: string;
  readonly entry: string;
  readonly bundling: BundlingOptions;

  constructor(scope: Construct, id: string, props: EnvolFunctionProps) {
    super(scope, id);
    this.name = props.name;
    this.entry = props.entry;
    this.bundling = { ...FUNCTION_BUNDLING, ...props.bundling };
    const forbidden = FORBIDDEN_ENVIRONMENT.filter((name) => name in props.environment);
    if (forbidden.length > 0) {
      throw new Error(`${forbidden.join(', ')} must never be set on a deployed function (${props.name}).`);
    }

    // Retention is set on a log group we own instead of `logRetention`, which would add a
    // CDK custom resource (and its own Lambda) just to call PutRetentionPolicy.
    this.logGroup = new LogGroup(this, 'Logs', {
      // Operational logs only (the functional audit trail lives in the table); they may
      // still carry identifiers, so they are kept 6 months to a year (RGPD), no longer.
      retention: props.logRetention ?? logRetentionOf(this),
    });

    // Our own role rather than the default one, which attaches the AWS managed policy
    // AWSLambdaBasicExecutionRole (log writes to every log group of the account).
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Envol ${props.name} function`,
    });
    this.logGroup.grantWrite(this.role);

    this.handler = new NodejsFunction(this, 'Function', {
      entry: props.entry,
      handler: 'handler',
      projectRoot: props.projectRoot,
      depsLockFilePath: `${props.projectRoot}/package-lock.json`,
      runtime: FUNCTION_RUNTIME,
      architecture: Architecture.ARM_64,
      memorySize: 512,
      timeout: props.timeout ?? Duration.seconds(10),
      tracing: Tracing.ACTIVE,
      role: this.role,
      logGroup: this.logGroup,
      loggingFormat: LoggingFormat.JSON,
      applicationLogLevelV2: ApplicationLogLevel.INFO,
      systemLogLevelV2: SystemLogLevel.WARN,
      description: props.description ?? `Envol API, area ${props.name}`,
      bundling: this.bundling,
      environment: {
        POWERTOOLS_SERVICE_NAME: `envol-${props.name}`,
        // The bundle ships a source map (see function-bundling.ts); this makes Node use it.
        NODE_OPTIONS: '--enable-source-maps',
        ...props.environment,
      },
    });

    Validations.of(this.role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'Active X-Ray tracing needs xray:PutTraceSegments and xray:PutTelemetryRecords, which do not support resource-level permissions, so their resource must be "*".',
    });
  }
}
