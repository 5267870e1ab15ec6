import { PinpointSMSVoiceV2Client, SendTextMessageCommand } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { SmsOptedOut } from './sms-errors.js';
import type { Transports } from './transports.js';

/** A channel the deployment was not given the settings of (CDK context): its messages fail, and admins see them. */
export class ChannelNotConfigured extends Error {
  constructor(channel: string) {
    super(`No ${channel} settings in this deployment`);
    this.name = 'ChannelNotConfigured';
  }
}

/**
 * The transports of the sender Lambda: SES for e-mail, AWS End User Messaging SMS
 * (pinpoint-sms-voice-v2) for text messages, with the settings CDK put in its environment.
 * Only built inside Lambda (`transportsFromEnv`): a developer's machine has no way to them.
 */
export function awsTransports(env: NodeJS.ProcessEnv): Transports {
  const ses = new SESv2Client({});
  const sms = new PinpointSMSVoiceV2Client({});
  const from = env.ENVOL_EMAIL_FROM;
  const emailConfigurationSet = env.ENVOL_EMAIL_CONFIGURATION_SET || undefined;
  const origination = env.ENVOL_SMS_ORIGINATION;
  const smsConfigurationSet = env.ENVOL_SMS_CONFIGURATION_SET || undefined;
  return {
    email: {
      name: 'ses',
      async send(to, message) {
        if (!from) throw new ChannelNotConfigured('e-mail');
        await ses.send(
          new SendEmailCommand({
            FromEmailAddress: from,
            Destination: { ToAddresses: [to] },
            Content: {
              Simple: { Subject: { Data: message.subject, Charset: 'UTF-8' }, Body: { Text: { Data: message.text, Charset: 'UTF-8' } } },
            },
            ConfigurationSetName: emailConfigurationSet,
          }),
        );
      },
    },
    sms: {
      name: 'end-user-messaging-sms',
      async send(to, text) {
        if (!origination) throw new ChannelNotConfigured('SMS');
        try {
          await sms.send(
            new SendTextMessageCommand({
              DestinationPhoneNumber: to,
              OriginationIdentity: origination,
              MessageBody: text,
              MessageType: 'TRANSACTIONAL',
              ConfigurationSetName: smsConfigurationSet,
            }),
          );
        } catch (error) {
          // The number replied STOP: it is on the configuration's opt-out list.
          if ((error as { Reason?: string }).Reason === 'DESTINATION_PHONE_NUMBER_OPTED_OUT') throw new SmsOptedOut({ cause: error });
          throw error;
        }
      },
    },
  };
}

/**
 * The transports for where the code runs: AWS's only inside a Lambda function. Anywhere
 * else this throws, so nothing can reach SES or SMS from a developer's machine; `npm start`
 * wires MailDev and the local SMS page itself (functions/local/local-transports.ts).
 */
export function transportsFromEnv(env: NodeJS.ProcessEnv): Transports {
  if (!env.AWS_LAMBDA_FUNCTION_NAME) {
    throw new Error('Real e-mails and text messages leave from AWS Lambda only; locally, npm start sends to MailDev and /dev/sms.');
  }
  return awsTransports(env);
}
