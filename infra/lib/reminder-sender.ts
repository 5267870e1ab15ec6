import { Duration, Stack } from 'aws-cdk-lib';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { REMINDER_SENDER_ITEM_ACTIONS } from '../../shared/db/item-actions.js';
import type { DataTable } from './data-table.js';
import { EnvolFunction } from './envol-function.js';

/** Where e-mails and text messages leave from: CDK context (docs/deploy.md). Each channel is optional. */
export interface ReminderChannelsContext {
  /** SES: the verified identity (a domain, or an address) e-mails are sent from. */
  readonly sesIdentity?: string;
  /** SES: the sender address, within that identity (`ne-pas-repondre@envol.departement.fr`). */
  readonly sesFromAddress?: string;
  /** SES: a configuration set (bounces, complaints), optional. */
  readonly sesConfigurationSet?: string;
  /** End User Messaging SMS: the ARN of the phone pool, phone number or sender ID messages leave from. */
  readonly smsOriginationArn?: string;
  /** End User Messaging SMS: the configuration set holding the opt-out list (STOP), optional. */
  readonly smsConfigurationSet?: string;
}

export interface ReminderSenderProps extends ReminderChannelsContext {
  /** functions/reminders/sender-handler.ts */
  readonly entry: string;
  readonly projectRoot: string;
  readonly data: DataTable;
  /** Signs the STOP links (the cursor key). */
  readonly linkSecret: ISecret;
  /** The web app's origin, for the links in messages. */
  readonly appOrigin: string;
}

/**
 * The reminder sender: its own function, run every minute by an EventBridge rule, reading
 * the outbox's due messages. It may read and update items of the main table (no Put, no
 * Delete), read the link key, send e-mail from the one SES identity given and text
 * messages from the one origination identity given, and nothing else.
 */
export class ReminderSender extends Construct {
  readonly fn: EnvolFunction;
  readonly rule: Rule;

  constructor(scope: Construct, id: string, props: ReminderSenderProps) {
    super(scope, id);
    this.fn = new EnvolFunction(this, 'Function', {
      name: 'reminder-sender',
      entry: props.entry,
      projectRoot: props.projectRoot,
      environment: {
        ENVOL_TABLE: props.data.table.tableName,
        ENVOL_CURSOR_SECRET_ARN: props.linkSecret.secretArn,
        ENVOL_APP_ORIGIN: props.appOrigin,
        ...(props.sesFromAddress ? { ENVOL_EMAIL_FROM: props.sesFromAddress } : {}),
        ...(props.sesConfigurationSet ? { ENVOL_EMAIL_CONFIGURATION_SET: props.sesConfigurationSet } : {}),
        ...(props.smsOriginationArn ? { ENVOL_SMS_ORIGINATION: props.smsOriginationArn } : {}),
        ...(props.smsConfigurationSet ? { ENVOL_SMS_CONFIGURATION_SET: props.smsConfigurationSet } : {}),
      },
      // A run sends at most 50 messages; under a minute, so that runs rarely overlap (they may: each message is claimed once).
      timeout: Duration.seconds(50),
      description: 'Envol reminder sender (outbox to SES and SMS)',
    });
    props.data.grantItemActions(this.fn.role, REMINDER_SENDER_ITEM_ACTIONS);
    props.linkSecret.grantRead(this.fn.role);

    const stack = Stack.of(this);
    if (props.sesIdentity && props.sesFromAddress) {
      const resources = [stack.formatArn({ service: 'ses', resource: 'identity', resourceName: props.sesIdentity })];
      if (props.sesConfigurationSet) {
        resources.push(stack.formatArn({ service: 'ses', resource: 'configuration-set', resourceName: props.sesConfigurationSet }));
      }
      this.fn.role.addToPolicy(
        new PolicyStatement({
          actions: ['ses:SendEmail'],
          resources,
          // Only from the address given: the identity's other addresses stay out of reach.
          conditions: { StringEquals: { 'ses:FromAddress': props.sesFromAddress } },
        }),
      );
    }
    if (props.smsOriginationArn) {
      const resources = [props.smsOriginationArn];
      if (props.smsConfigurationSet) {
        resources.push(stack.formatArn({ service: 'sms-voice', resource: 'configuration-set', resourceName: props.smsConfigurationSet }));
      }
      this.fn.role.addToPolicy(new PolicyStatement({ actions: ['sms-voice:SendTextMessage'], resources }));
    }

    this.rule = new Rule(this, 'EveryMinute', {
      description: 'Envol: send the reminders due in the outbox',
      schedule: Schedule.rate(Duration.minutes(1)),
      // No retry: the next run, a minute later, picks up whatever is still due.
      targets: [new LambdaFunction(this.fn.handler, { retryAttempts: 0, maxEventAge: Duration.minutes(2) })],
    });
  }
}
