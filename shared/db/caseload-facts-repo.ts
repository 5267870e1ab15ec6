import type { OpenDeadlineAlert } from '../domain/deadline-alerts.js';
import { keys } from './keys.js';
import type { Store } from './store.js';
import type { TransactItem } from './transact.js';

/**
 * The per-young-person summary the caseload reads in one batch instead of one Query per
 * person (docs/data-model.md, pattern D1). Each write that changes a fact adds its part to
 * its own transaction, so the summary never says what the records do not.
 */
export const caseloadFactsRepo = {
  /** For a new file: nothing to summarise yet, and the summary is complete. */
  createItem(store: Store, departement: string, youthId: string): TransactItem {
    return {
      Put: {
        TableName: store.tableName,
        Item: { pk: keys.youth(departement, youthId), sk: keys.caseloadFactsSk, type: 'caseloadFacts', complete: true },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    };
  },

  /** An interview's dates, as `interviewFacts` reads them. */
  interviewItem(
    store: Store,
    departement: string,
    youthId: string,
    interview: { id: string; kind: string; scheduledOn: string | null; heldOn: string | null },
  ): TransactItem {
    return {
      Update: {
        TableName: store.tableName,
        Key: { pk: keys.youth(departement, youthId), sk: keys.caseloadFactsSk },
        UpdateExpression: 'SET #interview = :dates, #type = :type',
        ExpressionAttributeNames: { '#interview': keys.caseloadFactsInterviewAttribute(interview.id), '#type': 'type' },
        ExpressionAttributeValues: {
          ':dates': { kind: interview.kind, scheduledOn: interview.scheduledOn, heldOn: interview.heldOn },
          ':type': 'caseloadFacts',
        },
      },
    };
  },

  /** One more (`change` 1) or one fewer (-1) « J'ai besoin d'aide » alert waiting for the binôme. */
  openHelpAlertsItem(store: Store, departement: string, youthId: string, change: 1 | -1): TransactItem {
    return {
      Update: {
        TableName: store.tableName,
        Key: { pk: keys.youth(departement, youthId), sk: keys.caseloadFactsSk },
        UpdateExpression: 'ADD openHelpAlerts :change SET #type = :type',
        ExpressionAttributeNames: { '#type': 'type' },
        ExpressionAttributeValues: { ':change': change, ':type': 'caseloadFacts' },
      },
    };
  },

  /** An open deadline alert, so « Mon suivi » shows it from the summary it already reads. */
  deadlineAlertItem(store: Store, departement: string, youthId: string, alert: OpenDeadlineAlert): TransactItem {
    return {
      Update: {
        TableName: store.tableName,
        Key: { pk: keys.youth(departement, youthId), sk: keys.caseloadFactsSk },
        UpdateExpression: 'SET #alert = :alert, #type = :type',
        ExpressionAttributeNames: { '#alert': keys.caseloadFactsDeadlineAlertAttribute(alert.id), '#type': 'type' },
        ExpressionAttributeValues: { ':alert': alert, ':type': 'caseloadFacts' },
      },
    };
  },

  /** The alert taken in hand leaves the summary. */
  deadlineAlertRemovalItem(store: Store, departement: string, youthId: string, alertId: string): TransactItem {
    return {
      Update: {
        TableName: store.tableName,
        Key: { pk: keys.youth(departement, youthId), sk: keys.caseloadFactsSk },
        UpdateExpression: 'REMOVE #alert',
        ExpressionAttributeNames: { '#alert': keys.caseloadFactsDeadlineAlertAttribute(alertId) },
      },
    };
  },

  /** The time of the newest journal entry (entries are only ever added). */
  journalItem(store: Store, departement: string, youthId: string, at: string): TransactItem {
    return {
      Update: {
        TableName: store.tableName,
        Key: { pk: keys.youth(departement, youthId), sk: keys.caseloadFactsSk },
        UpdateExpression: 'SET lastJournalAt = :at, #type = :type',
        ExpressionAttributeNames: { '#type': 'type' },
        ExpressionAttributeValues: { ':at': at, ':type': 'caseloadFacts' },
      },
    };
  },
};
