import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type * as z from 'zod';
import type { Principal } from '../auth/principal.js';
import { monotonicFactory } from '../crypto/ulid.js';
import type { AuditAction } from '../schemas/allowed-values.js';
import { auditEntrySchema } from '../schemas/youth.js';
import { keys } from './keys.js';
import { type PageRequest, queryAllByPrefix, queryPage } from './query-page.js';
import type { Store } from './store.js';
import type { TransactItem } from './transact.js';

export type { AuditAction };

/** An audit entry as stored is the API's, read back through its schema. */
const auditItemSchema = auditEntrySchema;
export type AuditEntry = z.infer<typeof auditItemSchema>;

// Monotonic so that two entries of the same millisecond keep their order.
const nextId = monotonicFactory();

function auditItem(principal: Principal, youthId: string, action: AuditAction, now: Date, nothingSeen = false, reason?: string) {
  const entry: AuditEntry = {
    id: nextId(now.getTime()),
    at: now.toISOString(),
    actorSub: principal.sub,
    actorName: principal.name,
    actorRole: principal.role,
    action,
    ...(nothingSeen ? { nothingSeen } : {}),
    ...(reason ? { reason } : {}),
  };
  return { pk: keys.youth(principal.departement, youthId), sk: keys.auditSk(entry.id), type: 'audit', ...entry };
}

/** The audit log of a young person's file: who did what, when. Append-only. */
export const auditRepo = {
  /** The Put of an audit entry, to join a transaction with the write it records. */
  putItem(store: Store, principal: Principal, youthId: string, action: AuditAction, now: Date, reason?: string): TransactItem {
    return auditRepo.prepare(store, principal, youthId, action, now, reason).put;
  },

  /**
   * An audit entry as it will read, and its Put, when the entry must be shown before it is
   * written: it is written only once what it records has happened.
   */
  prepare(store: Store, principal: Principal, youthId: string, action: AuditAction, now: Date, reason?: string) {
    const item = auditItem(principal, youthId, action, now, false, reason);
    const { pk, sk, type, ...entry } = item;
    const put: TransactItem = { Put: { TableName: store.tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' } };
    return { entry, put };
  },

  /**
   * Records a read. Called before the data is returned: no trace, no read. `nothingSeen`
   * when the read returned nothing: the DPO still sees the attempt, the young person does not.
   */
  async record(
    store: Store,
    principal: Principal,
    youthId: string,
    action: AuditAction,
    now: Date,
    nothingSeen = false,
    reason?: string,
  ): Promise<void> {
    await store.db.send(
      new PutCommand({
        TableName: store.tableName,
        Item: auditItem(principal, youthId, action, now, nothingSeen, reason),
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  },

  /** Newest first. */
  list(store: Store, departement: string, youthId: string, page: PageRequest) {
    const pk = keys.youth(departement, youthId);
    return queryPage(
      store,
      {
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': pk, ':prefix': keys.auditPrefix },
        ScanIndexForward: false,
      },
      { pk: { equals: pk }, sk: { startsWith: keys.auditPrefix } },
      page,
      (item) => auditItemSchema.parse(item),
    );
  },

  async listAll(store: Store, departement: string, youthId: string): Promise<AuditEntry[]> {
    const items = await queryAllByPrefix(store, keys.youth(departement, youthId), keys.auditPrefix);
    return items.map((item) => auditItemSchema.parse(item));
  },
};
