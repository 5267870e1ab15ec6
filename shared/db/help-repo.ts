import * as z from 'zod';
import type { Principal } from '../auth/principal.js';
import { ulid } from '../crypto/ulid.js';
import type { HelpReason } from '../domain/help.js';
import type { PlannedMessage } from '../domain/reminders.js';
import { type HelpAlert, helpAlertSchema } from '../schemas/staff.js';
import { acknowledgeAlertItem, acknowledgedAlertItem, acknowledgementFailure } from './alert-acknowledgement.js';
import { auditRepo } from './audit-repo.js';
import { caseloadFactsRepo } from './caseload-facts-repo.js';
import { keys } from './keys.js';
import { outboxRepo } from './outbox-repo.js';
import { queryAllByPrefix } from './query-page.js';
import type { Store } from './store.js';
import { transactWrite } from './transact.js';

const storedAlertSchema = helpAlertSchema.extend({ acknowledgedByName: z.string().nullable().default(null) });

/** « J'ai besoin d'aide » alerts, in the young person's partition. */
export const helpRepo = {
  /** Raises an alert, counts it in the caseload summary and puts the binôme's messages in the outbox, together. */
  async raise(
    store: Store,
    departement: string,
    youthId: string,
    reason: HelpReason,
    now: Date,
    messages: readonly PlannedMessage[] = [],
  ): Promise<HelpAlert> {
    const alert: HelpAlert = {
      id: ulid(now.getTime()),
      youthId,
      reason,
      raisedAt: now.toISOString(),
      acknowledgedAt: null,
      acknowledgedByName: null,
    };
    await transactWrite(store.db, [
      {
        Put: {
          TableName: store.tableName,
          Item: { pk: keys.youth(departement, youthId), sk: keys.helpAlertSk(alert.id), type: 'helpAlert', ...alert },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      caseloadFactsRepo.openHelpAlertsItem(store, departement, youthId, 1),
      // The binôme's messages, sent at once (never the reason): with the alert, or not at all.
      ...outboxRepo.putItems(store, departement, messages, now),
    ]);
    return alert;
  },

  /** Newest first; a young person raises a handful. */
  async list(store: Store, departement: string, youthId: string): Promise<HelpAlert[]> {
    const items = await queryAllByPrefix(store, keys.youth(departement, youthId), keys.helpAlertPrefix);
    return items.map((item) => storedAlertSchema.parse(item)).reverse();
  },

  /** A member of the binôme takes the alert in hand: once (409 after), with the audit entry and the summary's count. */
  async acknowledge(store: Store, staff: Principal, youthId: string, alertId: string, now: Date): Promise<HelpAlert> {
    const key = { pk: keys.youth(staff.departement, youthId), sk: keys.helpAlertSk(alertId) };
    try {
      await transactWrite(store.db, [
        acknowledgeAlertItem(store, key, staff, now),
        caseloadFactsRepo.openHelpAlertsItem(store, staff.departement, youthId, -1),
        auditRepo.putItem(store, staff, youthId, 'help.acknowledge', now),
      ]);
    } catch (error) {
      throw acknowledgementFailure(error, { notFound: 'helpAlert.notFound', alreadyAcknowledged: 'helpAlert.alreadyAcknowledged' });
    }
    return storedAlertSchema.parse(await acknowledgedAlertItem(store, key, 'helpAlert.notFound'));
  },
};
