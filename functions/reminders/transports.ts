import type { ComposedMessage } from '../../shared/domain/reminders.js';

/** Where an e-mail goes out: SES in AWS, MailDev on a developer's machine. */
export interface EmailTransport {
  readonly name: string;
  send(to: string, message: ComposedMessage): Promise<void>;
}

/** Where a text message goes out: AWS End User Messaging SMS in AWS, a local outbox page on a developer's machine. */
export interface SmsTransport {
  readonly name: string;
  send(to: string, text: string): Promise<void>;
}

export interface Transports {
  email: EmailTransport;
  sms: SmsTransport;
}

/**
 * A transport failure the sender may record: the error's name only (`MessageRejected`,
 * `ECONNREFUSED`), never its message, which may quote the address.
 */
export function failureCode(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return (typeof code === 'string' && /^[A-Z_]+$/.test(code) ? code : error.name).slice(0, 64);
  }
  return 'UnknownError';
}
