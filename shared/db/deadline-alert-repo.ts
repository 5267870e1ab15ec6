import * as z from 'zod';
import type { Principal } from '../auth/principal.js';
import type { DeadlineAlert } from '../domain/deadline-alerts.js';
import { type DeadlineAlertRecord, deadlineAlertSchema } from '../schemas/deadlines.js';
import { acknowledgeAlertItem, acknowledgedAlertItem, acknowledgementFailure } from './alert-acknowledgement.js';
import { auditRepo } from './audit-repo.js';
import { caseloadFactsRepo } from './caseload-facts-repo.js';
import { keys } from './keys.js';
import { queryAllByPrefix } from './query-page.js';
import type { Store } from './store.js';
import { TransactionCancelled, transactWriteRetryingConflicts } from './transact.js';

const storedAlertSchema = deadlineAlertSchema.extend({ acknowledgedByName: z.string().nullable().default(null) });

/** Deadline alerts written by the daily job, in the young person's partition. */
export const deadlineAlertRepo = {
  /**
   * Writes the alert once: its key is derived from what it is about and the Put is
   * conditional, so a second run, or two runs at once, write nothing more. The caseload
   * summary gets it in the same transaction. False when it was already there.
   */
  async raise(store: Store, departement: string, alert: DeadlineAlert, raisedOn: string): Promise<boolean> {
    const { youthId, ...about } = alert;
    try {
      await transactWriteRetryingConflicts(store.db, [
        {
          Put: {
            TableName: store.tableName,
            Item: {
              pk: keys.youth(departement, youthId),
              sk: keys.deadlineAlertSk(alert.id),
              type: 'deadlineAlert',
              ...alert,
              raisedOn,
              acknowledgedAt: null,
              acknowledgedByName: null,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        caseloadFactsRepo.deadlineAlertItem(store, departement, youthId, { ...about, raisedOn }),
      ]);
      return true;
    } catch (error) {
      if (error instanceof TransactionCancelled && error.failedCondition(0)) return false;
      throw error;
    }
  },

  /** Newest date first; a young person gets a handful a year. */
  async list(store: Store, departement: string, youthId: string): Promise<DeadlineAlertRecord[]> {
    const items = await queryAllByPrefix(store, keys.youth(departement, youthId), keys.deadlineAlertPrefix);
    return items
      .map((item) => storedAlertSchema.parse(item))
      .sort((a, b) => b.raisedOn.localeCompare(a.raisedOn) || b.dueOn.localeCompare(a.dueOn));
  },

  /** A member of the binôme takes the alert in hand: once (409 after), with the audit entry; it leaves « Mon suivi ». */
  async acknowledge(store: Store, staff: Principal, youthId: string, alertId: string, now: Date): Promise<DeadlineAlertRecord> {
    const key = { pk: keys.youth(staff.departement, youthId), sk: keys.deadlineAlertSk(alertId) };
    try {
      await transactWriteRetryingConflicts(store.db, [
        acknowledgeAlertItem(store, key, staff, now),
        caseloadFactsRepo.deadlineAlertRemovalItem(store, staff.departement, youthId, alertId),
        auditRepo.putItem(store, staff, youthId, 'alert.acknowledge', now),
      ]);
    } catch (error) {
      throw acknowledgementFailure(error, { notFound: 'deadlineAlert.notFound', alreadyAcknowledged: 'deadlineAlert.alreadyAcknowledged' });
    }
    return storedAlertSchema.parse(await acknowledgedAlertItem(store, key, 'deadlineAlert.notFound'));
  },
};
