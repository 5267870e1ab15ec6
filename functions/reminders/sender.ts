import { randomInt, randomUUID } from 'node:crypto';
import { contactRepo, usableChannels } from '../../shared/db/contact-repo.js';
import { outboxRepo } from '../../shared/db/outbox-repo.js';
import { reminderSettingsRepo } from '../../shared/db/reminder-settings-repo.js';
import type { Store } from '../../shared/db/store.js';
import { type Channel, composeMessage, decideDelivery, nextAttemptAt } from '../../shared/domain/reminders.js';
import { codeExpiry, hashCode } from '../../shared/domain/verification.js';
import { logger } from '../../shared/http/logger.js';
import type { OutboxMessage } from '../../shared/schemas/reminders.js';
import { SmsOptedOut } from './sms-errors.js';
import { stopUrl } from './stop-token.js';
import { failureCode, type Transports } from './transports.js';

export interface SenderDeps {
  store: Store;
  transports: Transports;
  /** The web app's origin, for the links in messages. */
  appOrigin: string;
  now: () => Date;
}

/** A claim older than this belongs to a run that stopped mid-way (the Lambda times out long before). */
export const CLAIM_LEASE_SECONDS = 300;

export interface SenderReport {
  sent: number;
  skipped: number;
  deferred: number;
  retried: number;
  failed: number;
}

/**
 * One run of the sender: every message due is claimed (one run only wins each), sent on
 * the channels the recipient chose, and marked sent, held, dropped, retried or failed.
 * The Lambda runs it every minute; `npm start` runs the same function every few seconds.
 */
export async function runSender(deps: SenderDeps): Promise<SenderReport> {
  const report: SenderReport = { sent: 0, skipped: 0, deferred: 0, retried: 0, failed: 0 };
  const now = deps.now();
  for (const message of await outboxRepo.listDue(deps.store, now)) {
    if (message.status === 'sending') {
      // Another run claimed it and never finished: it may have sent it, so it is not sent
      // again; the admins see it failed.
      const stale = message.claimedAt !== null && now.getTime() - Date.parse(message.claimedAt) > CLAIM_LEASE_SECONDS * 1000;
      if (
        stale &&
        message.claimToken &&
        (await outboxRepo.markFailed(deps.store, message, message.claimToken, 'Interrupted', now, false))
      ) {
        report.failed += 1;
      }
      continue;
    }
    const claimToken = randomUUID();
    if (!(await outboxRepo.claim(deps.store, message, claimToken, now))) continue;
    const outcome = await deliver(deps, message, claimToken, now);
    report[outcome] += 1;
    logger.info('reminder processed', { messageId: message.id, kind: message.kind, outcome });
  }
  return report;
}

type Outcome = keyof SenderReport;

async function deliver(deps: SenderDeps, message: OutboxMessage, claimToken: string, now: Date): Promise<Outcome> {
  const { store } = deps;
  let addresses: Partial<Record<Channel, string>>;
  let code: string | undefined;
  if (message.kind === 'verification_code') {
    const channel = message.verifies ?? 'sms';
    const verification = await contactRepo.getVerification(store, message.departement, message.recipient, channel);
    // A newer request replaced this one: its own message sends its own code.
    if (!verification || verification.requestId !== message.id) {
      await outboxRepo.markSkipped(store, message, claimToken, 'superseded');
      return 'skipped';
    }
    // The code is made here, as it leaves, and only its hash is stored.
    code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    await contactRepo.setCode(
      store,
      message.departement,
      message.recipient,
      channel,
      message.id,
      hashCode(code, message.id),
      codeExpiry(now),
    );
    addresses = { [channel]: verification.value };
  } else {
    const [switches, contact] = await Promise.all([
      reminderSettingsRepo.get(store, message.departement),
      contactRepo.get(store, message.departement, message.recipient),
    ]);
    const delivery = decideDelivery({ kind: message.kind, switches, recipient: { channels: usableChannels(contact) }, now });
    if (delivery.action === 'skip') {
      await outboxRepo.markSkipped(store, message, claimToken, delivery.reason);
      return 'skipped';
    }
    if (delivery.action === 'defer') {
      await outboxRepo.reschedule(store, message, claimToken, delivery.until, null);
      return 'deferred';
    }
    addresses = Object.fromEntries(delivery.channels.map((channel) => [channel, channel === 'sms' ? contact.phone : contact.email]));
  }

  const stop = await stopUrl(store, deps.appOrigin, message.departement, message.recipient);
  const channels = (Object.keys(addresses) as Channel[]).filter((channel) => !message.sentChannels.includes(channel));
  const sent: Channel[] = [...message.sentChannels];
  try {
    for (const channel of channels) {
      const to = addresses[channel];
      if (!to) continue;
      const composed = composeMessage({ kind: message.kind, date: message.date, code, appOrigin: deps.appOrigin, stopUrl: stop, channel });
      if (channel === 'sms') {
        try {
          await deps.transports.sms.send(to, composed.text);
        } catch (error) {
          if (!(error instanceof SmsOptedOut)) throw error;
          // They replied STOP to a text message: no more text messages, as they asked.
          await contactRepo.optOutSms(store, message.departement, message.recipient);
          continue;
        }
      } else await deps.transports.email.send(to, composed);
      sent.push(channel);
    }
  } catch (error) {
    const attempts = message.attempts + 1;
    const retryAt = message.kind === 'verification_code' ? null : nextAttemptAt(attempts, now);
    const reason = failureCode(error);
    logger.warn('reminder not sent', { messageId: message.id, kind: message.kind, attempt: attempts, error: reason });
    if (retryAt) {
      await outboxRepo.reschedule(store, message, claimToken, retryAt, reason, sent);
      return 'retried';
    }
    await outboxRepo.markFailed(store, message, claimToken, reason, now);
    return 'failed';
  }
  if (sent.length === 0) {
    await outboxRepo.markSkipped(store, message, claimToken, 'opted_out');
    return 'skipped';
  }
  await outboxRepo.markSent(store, message, claimToken, sent, now);
  return 'sent';
}
