/**
 * What the repositories ask of each table, as IAM item actions: the CDK stack grants a
 * serving function exactly these (infra/lib/data-table.ts), and `item-actions.test.ts`
 * checks them against the SDK commands the repositories send. A transaction is authorised
 * item by item through the action of each of its parts (a `Put` needs PutItem).
 */
export type ItemAction = 'GetItem' | 'BatchGetItem' | 'Query' | 'PutItem' | 'UpdateItem' | 'DeleteItem';

/**
 * The main table: reads (BatchGetItem for the caseload, whose cost must not grow with each
 * young person's records), writes, and DeleteItem for an idempotency record freed after a failure.
 */
export const DATA_TABLE_ITEM_ACTIONS: readonly ItemAction[] = ['GetItem', 'BatchGetItem', 'Query', 'PutItem', 'UpdateItem', 'DeleteItem'];

/**
 * The daily deadline alerts and reminders job: it reads the calendar index, the
 * départements' list, the files due, the entretiens and consultations of the days it
 * reminds of (Query, GetItem, BatchGetItem), and writes alerts with their summary
 * (PutItem, UpdateItem, in transactions) and the day's messages to the outbox (PutItem,
 * conditional). It never deletes anything.
 */
export const ALERTS_JOB_ITEM_ACTIONS: readonly ItemAction[] = ['GetItem', 'BatchGetItem', 'Query', 'PutItem', 'UpdateItem'];

/**
 * The daily retention job: it reads the retention index, the départements' list, the
 * files due and what holds them (Query, GetItem), files them again or archives them
 * (PutItem, UpdateItem, in transactions) and takes an archived file's deadlines out of
 * the calendar (DeleteItem of its calendar items, in the same transaction).
 */
export const RETENTION_JOB_ITEM_ACTIONS: readonly ItemAction[] = ['GetItem', 'Query', 'PutItem', 'UpdateItem', 'DeleteItem'];

/**
 * The reminder sender: it reads the due messages (Query), the channels, codes and
 * settings (GetItem), and moves each message along (UpdateItem, conditional). It writes
 * no new item and deletes nothing.
 */
export const REMINDER_SENDER_ITEM_ACTIONS: readonly ItemAction[] = ['GetItem', 'Query', 'UpdateItem'];

/**
 * The ballot box, for its own function (committees): never a DeleteItem, so even it cannot
 * take a participation marker back while a consultation runs.
 */
export const BALLOT_TABLE_ITEM_ACTIONS: readonly ItemAction[] = ['GetItem', 'Query', 'PutItem', 'UpdateItem'];

/**
 * The ballot box, for the functions that erase markers naming a member (the youth area when
 * a file is destroyed or handed over; the retention job a year after a publication): delete
 * by key and nothing else: no read, so no ballot, answer or feedback is ever seen there.
 */
export const BALLOT_MARKER_ERASURE_ITEM_ACTIONS: readonly ItemAction[] = ['DeleteItem'];
