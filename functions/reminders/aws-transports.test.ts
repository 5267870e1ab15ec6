import { describe, expect, it } from 'vitest';
import { transportsFromEnv } from './aws-transports.js';

describe('transportsFromEnv', () => {
  it('refuses to build SES and SMS transports outside Lambda: no real message leaves a developer’s machine', () => {
    expect(() => transportsFromEnv({ ENVOL_EMAIL_FROM: 'x@example.fr', ENVOL_SMS_ORIGINATION: 'pool-1' })).toThrow(/Lambda only/);
  });

  it('builds them inside Lambda', () => {
    const transports = transportsFromEnv({ AWS_LAMBDA_FUNCTION_NAME: 'sender', ENVOL_EMAIL_FROM: 'x@example.fr' });
    expect([transports.email.name, transports.sms.name]).toEqual(['ses', 'end-user-messaging-sms']);
  });
});
