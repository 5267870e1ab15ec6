/**
 * The only transports wired outside AWS: e-mails to MailDev (an SMTP server on this
 * machine that keeps every e-mail and shows them in its web page, relaying none), text
 * messages to a list shown at `/dev/sms`. No real message can leave a developer's machine.
 */
import { MailDev } from 'maildev';
import nodemailer from 'nodemailer';
import { SmsOptedOut } from '../reminders/sms-errors.js';
import type { EmailTransport, SmsTransport, Transports } from '../reminders/transports.js';
import { isLoopback } from './server.js';

const FROM = 'Envol (local) <ne-pas-repondre@envol.localhost>';

/** E-mails to an SMTP server on this machine; refuses any other host. */
export function mailDevTransport(smtpPort: number, host = '127.0.0.1'): EmailTransport {
  if (!isLoopback(host)) throw new Error(`Local e-mails go to this machine only, not to ${host}.`);
  const smtp = nodemailer.createTransport({ host, port: smtpPort, secure: false, ignoreTLS: true });
  return {
    name: 'maildev',
    async send(to, message) {
      await smtp.sendMail({ from: FROM, to, subject: message.subject, text: message.text });
    },
  };
}

export interface LocalSms {
  to: string;
  text: string;
  at: string;
}

/** Text messages kept in memory for the `/dev/sms` page; a number that replied STOP is refused, as AWS does. */
export interface LocalSmsOutbox extends SmsTransport {
  list(): readonly LocalSms[];
  /** What AWS End User Messaging does when someone replies STOP: the number joins the opt-out list. */
  receive(from: string, text: string): void;
}

export function localSmsOutbox(): LocalSmsOutbox {
  const messages: LocalSms[] = [];
  const optedOut = new Set<string>();
  return {
    name: 'local-sms',
    async send(to, text) {
      if (optedOut.has(to)) throw new SmsOptedOut();
      messages.unshift({ to, text, at: new Date().toISOString() });
      messages.splice(200);
    },
    list: () => messages,
    receive(from, text) {
      if (/^\s*stop\s*$/i.test(text)) optedOut.add(from);
      else optedOut.delete(from);
    },
  };
}

export interface LocalMailDev {
  smtpPort: number;
  /** Its web page, which lists the e-mails; its REST API is under `/api/email`. */
  webUrl: string;
  stop(): Promise<void>;
}

/**
 * Starts MailDev on 127.0.0.1 (its own default listens on every interface), on ports the
 * system assigns as it binds: a port found free beforehand could be taken by another
 * program before MailDev binds it.
 */
export async function startMailDev(): Promise<LocalMailDev> {
  const mailDev = new MailDev({ smtp: 0, web: 0, ip: '127.0.0.1', webIp: '127.0.0.1', silent: true });
  const servers = await mailDev.start();
  const webAddress = servers.api?.getAddress();
  if (!webAddress) {
    await mailDev.stop();
    throw new Error('MailDev started without its web page.');
  }
  return { smtpPort: servers.smtp.getAddress().port, webUrl: `http://127.0.0.1:${webAddress.port}`, stop: () => mailDev.stop() };
}

export interface LocalMessaging {
  transports: Transports;
  sms: LocalSmsOutbox;
  mailDevUrl: string;
  stop(): Promise<void>;
}

/** MailDev and the SMS outbox, ready for the sender of the local server. */
export async function startLocalMessaging(): Promise<LocalMessaging> {
  const mailDev = await startMailDev();
  const sms = localSmsOutbox();
  return { transports: { email: mailDevTransport(mailDev.smtpPort), sms }, sms, mailDevUrl: mailDev.webUrl, stop: mailDev.stop };
}
