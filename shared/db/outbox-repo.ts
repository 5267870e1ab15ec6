import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand, QueryCommand, UpdateCommand, type UpdateCommandInput } from '@aws-sdk/lib-dynamodb';
import { encodeTime } from 'ulid';
import { ulid } from '../crypto/ulid.js';
import type { Channel, DailyMessage, MessageKind, PlannedMessage, Recipient } from '../domain/reminders.js';
import { type OutboxMessage, outboxMessageSchema } from '../schemas/reminders.js';
import { keys } from './keys.js';
import { queryAllByPrefix } from './query-page.js';
import type { Store } from './store.js';
import type { TransactItem } from './transact.js';

/** Sent and dropped messages are kept a year (the RGPD export lists them), then deleted by the TTL. */
const KEEP_SECONDS = 366 * 24 * 3600;

/** The partition a message lives in: its young person's, or its staff member's directory entry. */
export function ownerPartition(departement: string, recipient: Recipient): string {
  return recipient.type === 'jeune' ? keys.youth(departement, recipient.youthId) : keys.staff(departement, recipient.sub);
}

function messageKey(message: Pick<OutboxMessage, 'departement' | 'recipient' | 'id'>) {
  return { pk: ownerPartition(message.departement, message.recipient), sk: keys.outboxSk(message.id) };
}

/** The conditional Put of one message, new and pending, in the due index. */
function putItem(store: Store, departement: string, planned: PlannedMessage, id: string, now: Date, verifies: Channel | null) {
  const message: OutboxMessage = {
    id,
    departement,
    kind: planned.kind,
    recipient: planned.recipient,
    date: planned.date,
    verifies,
    createdAt: now.toISOString(),
    dueAt: planned.dueAt,
    status: 'pending',
    attempts: 0,
    claimToken: null,
    claimedAt: null,
    lastError: null,
    sentAt: null,
    sentChannels: [],
    failedAt: null,
    skippedReason: null,
  };
  return {
    Put: {
      TableName: store.tableName,
      Item: {
        ...messageKey(message),
        type: 'outboxMessage',
        ...message,
        gsi1pk: keys.outboxDue,
        gsi1sk: keys.outboxDueSort(message.dueAt, id),
        expiresAt: Math.floor(now.getTime() / 1000) + KEEP_SECONDS,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  } satisfies TransactItem;
}

/**
 * The id of a message of the daily job: the same for one kind, one person and one day (and,
 * for an opening, one consultation) on every run, so that a second run (or two at once)
 * finds it written. Its start is a ulid time of that day, so it sorts among the event
 * messages by day.
 */
export function dailyMessageId(day: string, kind: MessageKind, about: string | null = null): string {
  return `${encodeTime(Date.parse(`${day}T00:00:00Z`), 10)}-${day}-${kind}${about ? `-${about}` : ''}`;
}

/** The outbox: messages written with the event that makes them, then sent once by the sender. */
export const outboxRepo = {
  /**
   * The Put of each planned message, to add to the transaction that records the event:
   * the event and its messages are written together or not at all.
   */
  putItems(
    store: Store,
    departement: string,
    messages: readonly PlannedMessage[],
    now: Date,
    verifies: Channel | null = null,
  ): TransactItem[] {
    // ulid's time part is the same within a millisecond; the index keeps ids apart and ordered.
    return messages.map((planned, index) =>
      putItem(store, departement, planned, `${ulid(now.getTime())}${index.toString(36).padStart(2, '0')}`, now, verifies),
    );
  },

  /**
   * Writes the daily job's messages, each once: its id says which day, kind and person (and
   * consultation, for an opening: `dailyMessageId`) and the Put is conditional. Returns how
   * many were new.
   */
  async putDaily(store: Store, departement: string, messages: readonly DailyMessage[], now: Date): Promise<number> {
    let created = 0;
    for (const { once, ...planned } of messages) {
      const { Put } = putItem(store, departement, planned, dailyMessageId(once.day, planned.kind, once.about), now, null);
      try {
        await store.db.send(new PutCommand(Put));
        created += 1;
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
    }
    return created;
  },

  /** Messages due by `now` (and claims left hanging), oldest first, at most `limit`. */
  async listDue(store: Store, now: Date, limit = 50): Promise<OutboxMessage[]> {
    const result = await store.db.send(
      new QueryCommand({
        TableName: store.tableName,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :due AND gsi1sk <= :now',
        ExpressionAttributeValues: { ':due': keys.outboxDue, ':now': `${now.toISOString()}#~` },
        Limit: limit,
      }),
    );
    return (result.Items ?? []).map((item) => outboxMessageSchema.parse(item));
  },

  /**
   * Takes a due message for this run of the sender: `pending` → `sending`, with this run's
   * token. Of two runs at once, one only gets true: a message is sent once.
   */
  async claim(store: Store, message: OutboxMessage, claimToken: string, now: Date): Promise<boolean> {
    return conditional(store, {
      Key: messageKey(message),
      UpdateExpression: 'SET #status = :sending, claimToken = :token, claimedAt = :now',
      ConditionExpression: '#status = :pending AND dueAt <= :now',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':sending': 'sending', ':pending': 'pending', ':token': claimToken, ':now': now.toISOString() },
    });
  },

  /** Sent: out of the due index, with the channels used (never the address). */
  async markSent(store: Store, message: OutboxMessage, claimToken: string, channels: Channel[], now: Date): Promise<boolean> {
    return conditional(store, {
      Key: messageKey(message),
      UpdateExpression: 'SET #status = :sent, sentAt = :now, sentChannels = :channels, attempts = attempts + :one REMOVE gsi1pk, gsi1sk',
      ConditionExpression: '#status = :sending AND claimToken = :token',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':sent': 'sent',
        ':sending': 'sending',
        ':token': claimToken,
        ':now': now.toISOString(),
        ':channels': channels,
        ':one': 1,
      },
    });
  },

  /** Dropped (switched off, no channel chosen): kept for the record, never sent. */
  async markSkipped(store: Store, message: OutboxMessage, claimToken: string, reason: string): Promise<boolean> {
    return conditional(store, {
      Key: messageKey(message),
      UpdateExpression: 'SET #status = :skipped, skippedReason = :reason REMOVE gsi1pk, gsi1sk',
      ConditionExpression: '#status = :sending AND claimToken = :token',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':skipped': 'skipped', ':sending': 'sending', ':token': claimToken, ':reason': reason },
    });
  },

  /**
   * Back to `pending`, due at `dueAt`: quiet hours, or a retry after a failed attempt
   * (`error` set). `sentChannels` keeps the channels that went out, so a retry sends only the others.
   */
  async reschedule(
    store: Store,
    message: OutboxMessage,
    claimToken: string,
    dueAt: string,
    error: string | null,
    sentChannels: Channel[] = message.sentChannels,
  ): Promise<boolean> {
    return conditional(store, {
      Key: messageKey(message),
      UpdateExpression: `SET #status = :pending, dueAt = :dueAt, gsi1sk = :sort, claimToken = :none, sentChannels = :channels${error ? ', attempts = attempts + :one, lastError = :error' : ''}`,
      ConditionExpression: '#status = :sending AND claimToken = :token',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':pending': 'pending',
        ':sending': 'sending',
        ':token': claimToken,
        ':dueAt': dueAt,
        ':sort': keys.outboxDueSort(dueAt, message.id),
        ':none': null,
        ':channels': sentChannels,
        ...(error ? { ':one': 1, ':error': error } : {}),
      },
    });
  },

  /**
   * Failed for good: out of the due index, into the département's failures for its admins.
   * `expectedStatus` is `sending` after this run's last attempt, or `sending` with another
   * run's token when that run stopped mid-way (it may have sent: never sent twice).
   */
  async markFailed(
    store: Store,
    message: OutboxMessage,
    claimToken: string,
    error: string,
    now: Date,
    countAttempt = true,
  ): Promise<boolean> {
    return conditional(store, {
      Key: messageKey(message),
      UpdateExpression: `SET #status = :failed, failedAt = :now, lastError = :error, gsi3pk = :failedKey, gsi3sk = :sort${countAttempt ? ', attempts = attempts + :one' : ''} REMOVE gsi1pk, gsi1sk`,
      ConditionExpression: '#status = :sending AND claimToken = :token',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':failed': 'failed',
        ':sending': 'sending',
        ':token': claimToken,
        ':now': now.toISOString(),
        ':error': error,
        ':failedKey': keys.outboxFailed(message.departement),
        ':sort': `${now.toISOString()}#${message.id}`,
        ...(countAttempt ? { ':one': 1 } : {}),
      },
    });
  },

  /** The département's messages that failed for good, newest first. */
  async listFailed(store: Store, departement: string, limit = 100): Promise<OutboxMessage[]> {
    const result = await store.db.send(
      new QueryCommand({
        TableName: store.tableName,
        IndexName: 'gsi3',
        KeyConditionExpression: 'gsi3pk = :failed',
        ExpressionAttributeValues: { ':failed': keys.outboxFailed(departement) },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return (result.Items ?? []).map((item) => outboxMessageSchema.parse(item));
  },

  /** Every message of a young person's partition (to them, or to staff about them), oldest first. */
  async listForYouth(store: Store, departement: string, youthId: string): Promise<OutboxMessage[]> {
    const items = await queryAllByPrefix(store, keys.youth(departement, youthId), keys.outboxPrefix);
    return items.map((item) => outboxMessageSchema.parse(item));
  },

  /** Every message to a staff member (digests), oldest first. */
  async listForStaff(store: Store, departement: string, sub: string): Promise<OutboxMessage[]> {
    const items = await queryAllByPrefix(store, keys.staff(departement, sub), keys.outboxPrefix);
    return items.map((item) => outboxMessageSchema.parse(item));
  },
};

/** One conditional update: true when it was made, false when its condition no longer held (another run got there first). */
async function conditional(store: Store, input: Omit<UpdateCommandInput, 'TableName'>): Promise<boolean> {
  try {
    await store.db.send(new UpdateCommand({ TableName: store.tableName, ...input }));
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}
