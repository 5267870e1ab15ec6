import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import type { MfaPolicy } from './identity.js';
import type { ReminderChannelsContext } from './reminder-sender.js';

/** Deployment choices read from CDK context (`cdk deploy -c name=value` or cdk.json). */
export interface EnvolContext extends ReminderChannelsContext {
  /** Prefix of the Cognito managed login domain; unique per region across all AWS accounts. */
  readonly cognitoDomainPrefix?: string;
  /** `required` (default) or `optional`. */
  readonly mfa?: MfaPolicy;
  /** ARN of an existing CLOUDFRONT-scope WAF web ACL (it lives in us-east-1). */
  readonly webAclArn?: string;
  /** How long the technical logs are kept, in months: 6 (default) or 12. */
  readonly logRetentionMonths?: LogRetentionMonths;
}

/**
 * How long CloudWatch keeps the technical logs (every function's, the API's access log):
 * 6 months to a year (issue 19, the CNIL's référentiel for the traces of a processing).
 * CloudWatch offers no retention between 180 and 365 days, so the choice is one or the other.
 */
export const LOG_RETENTION_MONTHS = { 6: RetentionDays.SIX_MONTHS, 12: RetentionDays.ONE_YEAR } as const;
export type LogRetentionMonths = keyof typeof LOG_RETENTION_MONTHS;
/** Six months: the shortest the issue allows, enough to investigate an incident. */
export const DEFAULT_LOG_RETENTION_MONTHS: LogRetentionMonths = 6;

/**
 * The retention of the technical logs from the context value `logRetentionMonths`
 * (`cdk deploy -c logRetentionMonths=12`; a number or its digits), 6 months when absent.
 */
export function logRetentionOf(scope: Construct): RetentionDays {
  return LOG_RETENTION_MONTHS[readLogRetentionMonths(scope)];
}

function readLogRetentionMonths(scope: Construct): LogRetentionMonths {
  const value: unknown = scope.node.tryGetContext('logRetentionMonths');
  if (value === undefined || value === '') return DEFAULT_LOG_RETENTION_MONTHS;
  const months = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (months !== 6 && months !== 12) {
    throw new Error(
      `logRetentionMonths "${String(value)}" is invalid: use 6 or 12 (CloudWatch keeps logs 180 or 365 days, nothing between).`,
    );
  }
  return months;
}

// Cognito's rule for prefix domains: lowercase letters, digits and hyphens, not at the
// ends, and no reserved words.
const DOMAIN_PREFIX = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const RESERVED_IN_PREFIX = ['aws', 'amazon', 'cognito'];
const WEB_ACL_ARN = /^arn:aws[a-z-]*:wafv2:us-east-1:\d{12}:global\/webacl\/.+$/;

function readString(scope: Construct, name: string): string | undefined {
  const value: unknown = scope.node.tryGetContext(name);
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') throw new Error(`Context value ${name} must be a string.`);
  return value;
}

/** Reads and checks the context values, so that a typo fails at synth, not half-way through a deploy. */
export function readEnvolContext(scope: Construct): EnvolContext {
  const cognitoDomainPrefix = readString(scope, 'cognitoDomainPrefix');
  if (cognitoDomainPrefix !== undefined) {
    if (!DOMAIN_PREFIX.test(cognitoDomainPrefix)) {
      throw new Error(
        `cognitoDomainPrefix "${cognitoDomainPrefix}" is invalid: use 1 to 63 lowercase letters, digits or hyphens, not starting or ending with a hyphen.`,
      );
    }
    const reserved = RESERVED_IN_PREFIX.find((word) => cognitoDomainPrefix.includes(word));
    if (reserved) throw new Error(`cognitoDomainPrefix "${cognitoDomainPrefix}" may not contain "${reserved}".`);
  }

  const mfa = readString(scope, 'mfa');
  if (mfa !== undefined && mfa !== 'required' && mfa !== 'optional') {
    throw new Error(`mfa "${mfa}" is invalid: use "required" or "optional".`);
  }

  const webAclArn = readString(scope, 'webAclArn');
  if (webAclArn !== undefined && !WEB_ACL_ARN.test(webAclArn)) {
    throw new Error(
      `webAclArn "${webAclArn}" is not the ARN of a CLOUDFRONT-scope web ACL (arn:aws:wafv2:us-east-1:<account>:global/webacl/...).`,
    );
  }

  // Reminders: where e-mails and text messages leave from (each channel optional; docs/deploy.md).
  const channels: ReminderChannelsContext = {};
  for (const name of ['sesIdentity', 'sesFromAddress', 'sesConfigurationSet', 'smsOriginationArn', 'smsConfigurationSet'] as const) {
    const value = readString(scope, name);
    if (value !== undefined) Object.assign(channels, { [name]: value });
  }
  if (channels.sesFromAddress && !channels.sesFromAddress.includes('@'))
    throw new Error(`sesFromAddress "${channels.sesFromAddress}" is not an e-mail address.`);
  if ((channels.sesFromAddress === undefined) !== (channels.sesIdentity === undefined)) {
    throw new Error('sesIdentity and sesFromAddress go together: the identity verified in SES and the address within it.');
  }
  if (
    channels.smsOriginationArn &&
    !/^arn:aws[a-z-]*:sms-voice:[a-z0-9-]+:\d{12}:(pool|phone-number|sender-id)\/.+$/.test(channels.smsOriginationArn)
  ) {
    throw new Error(
      `smsOriginationArn "${channels.smsOriginationArn}" is not the ARN of an End User Messaging SMS pool, phone number or sender ID.`,
    );
  }

  const logRetentionMonths = scope.node.tryGetContext('logRetentionMonths') === undefined ? undefined : readLogRetentionMonths(scope);

  return {
    ...channels,
    ...(logRetentionMonths ? { logRetentionMonths } : {}),
    ...(cognitoDomainPrefix ? { cognitoDomainPrefix } : {}),
    ...(mfa ? { mfa } : {}),
    ...(webAclArn ? { webAclArn } : {}),
  };
}
