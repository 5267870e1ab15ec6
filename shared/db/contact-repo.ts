import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { TooManyRequests, VersionConflict } from '../domain/errors.js';
import type { Channel, PlannedMessage, Recipient } from '../domain/reminders.js';
import { CODE_LIFETIME_MINUTES, CODE_RESEND_SECONDS, type PendingVerification } from '../domain/verification.js';
import { keys } from './keys.js';
import { outboxRepo, ownerPartition } from './outbox-repo.js';
import type { Store } from './store.js';
import { TransactionCancelled, transactWrite } from './transact.js';

/** A person's channels: verified addresses, what they chose, whether they stopped everything. */
const contactSchema = z.object({
  phone: z.string().nullable().default(null),
  email: z.string().nullable().default(null),
  sms: z.boolean().default(false),
  emailChosen: z.boolean().default(false),
  stoppedAt: z.string().nullable().default(null),
  version: z.number().int().default(0),
});
export type Contact = z.infer<typeof contactSchema>;

const verificationSchema = z.object({
  value: z.string(),
  requestId: z.string(),
  requestedAt: z.string(),
  codeHash: z.string().nullable().default(null),
  codeExpiresAt: z.string().nullable().default(null),
  attempts: z.number().int().default(0),
});
export type Verification = z.infer<typeof verificationSchema> & PendingVerification;

const EMPTY: Contact = contactSchema.parse({});

/** Channels and consent of a young person or a staff member, and the codes that verify them. */
export const contactRepo = {
  async get(store: Store, departement: string, owner: Recipient): Promise<Contact> {
    const result = await store.db.send(
      new GetCommand({ TableName: store.tableName, Key: { pk: ownerPartition(departement, owner), sk: keys.contactSk } }),
    );
    return result.Item ? contactSchema.parse(result.Item) : EMPTY;
  },

  async getVerification(store: Store, departement: string, owner: Recipient, channel: Channel): Promise<Verification | null> {
    const result = await store.db.send(
      new GetCommand({ TableName: store.tableName, Key: { pk: ownerPartition(departement, owner), sk: keys.verificationSk(channel) } }),
    );
    return result.Item ? verificationSchema.parse(result.Item) : null;
  },

  /**
   * Asks for a code: the verification item (the address waiting to be verified, no code yet)
   * and the outbox message that will make and send the code, together. One code a minute at
   * most: the same address asked for again within it is a no-op, another one is 429.
   */
  async startVerification(store: Store, departement: string, owner: Recipient, channel: Channel, value: string, now: Date): Promise<void> {
    const planned: PlannedMessage = { kind: 'verification_code', recipient: owner, date: null, dueAt: now.toISOString() };
    const [message] = outboxRepo.putItems(store, departement, [planned], now, channel);
    const requestId = (message?.Put?.Item as { id: string } | undefined)?.id ?? '';
    const minuteAgo = new Date(now.getTime() - CODE_RESEND_SECONDS * 1000).toISOString();
    try {
      await transactWrite(store.db, [
        {
          Put: {
            TableName: store.tableName,
            Item: {
              pk: ownerPartition(departement, owner),
              sk: keys.verificationSk(channel),
              type: 'contactVerification',
              value,
              requestId,
              requestedAt: now.toISOString(),
              codeHash: null,
              codeExpiresAt: null,
              attempts: 0,
              // Deleted by the TTL once no code of it can be used any more.
              expiresAt: Math.floor(now.getTime() / 1000) + (CODE_LIFETIME_MINUTES + 60) * 60,
            },
            ConditionExpression: 'attribute_not_exists(pk) OR requestedAt < :minuteAgo',
            ExpressionAttributeValues: { ':minuteAgo': minuteAgo },
          },
        },
        ...(message ? [message] : []),
      ]);
    } catch (error) {
      if (error instanceof TransactionCancelled && error.failedCondition(0)) {
        // The same address asked for twice within the minute (a double tap): the code on its way will do.
        const earlier = await contactRepo.getVerification(store, departement, owner, channel);
        if (earlier?.value === value) return;
        throw new TooManyRequests('reminders.codeJustSent', CODE_RESEND_SECONDS, { cause: error });
      }
      throw error;
    }
  },

  /** The sender stores the hash of the code it made, for the request it is sending (not a newer one). */
  async setCode(
    store: Store,
    departement: string,
    owner: Recipient,
    channel: Channel,
    requestId: string,
    codeHash: string,
    codeExpiresAt: string,
  ) {
    try {
      await store.db.send(
        new UpdateCommand({
          TableName: store.tableName,
          Key: { pk: ownerPartition(departement, owner), sk: keys.verificationSk(channel) },
          UpdateExpression: 'SET codeHash = :hash, codeExpiresAt = :expires',
          ConditionExpression: 'requestId = :request',
          ExpressionAttributeValues: { ':hash': codeHash, ':expires': codeExpiresAt, ':request': requestId },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  },

  /** Counts one try before it is checked, so that tries made at once are all counted. Null when no code was asked for. */
  async countAttempt(store: Store, departement: string, owner: Recipient, channel: Channel): Promise<Verification | null> {
    try {
      const result = await store.db.send(
        new UpdateCommand({
          TableName: store.tableName,
          Key: { pk: ownerPartition(departement, owner), sk: keys.verificationSk(channel) },
          UpdateExpression: 'SET attempts = attempts + :one',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':one': 1 },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return verificationSchema.parse(result.Attributes);
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return null;
      throw error;
    }
  },

  /** The code was right: the address becomes the channel's, chosen, and the code is gone. */
  async confirm(store: Store, departement: string, owner: Recipient, channel: Channel, verification: Verification): Promise<void> {
    const pk = ownerPartition(departement, owner);
    const [address, chosen] = channel === 'sms' ? ['phone', 'sms'] : ['email', 'emailChosen'];
    await transactWrite(store.db, [
      {
        Update: {
          TableName: store.tableName,
          Key: { pk, sk: keys.contactSk },
          UpdateExpression: `SET #type = :type, #address = :value, #chosen = :yes, stoppedAt = :none, version = if_not_exists(version, :zero) + :one`,
          ExpressionAttributeNames: { '#type': 'type', '#address': address, '#chosen': chosen },
          ExpressionAttributeValues: {
            ':type': 'contact',
            ':value': verification.value,
            ':yes': true,
            ':none': null,
            ':zero': 0,
            ':one': 1,
          },
        },
      },
      {
        Delete: {
          TableName: store.tableName,
          Key: { pk, sk: keys.verificationSk(channel) },
          ConditionExpression: 'requestId = :request',
          ExpressionAttributeValues: { ':request': verification.requestId },
        },
      },
    ]);
  },

  /** The person's choice of channels, with the version they read (409 otherwise). Choosing a channel again is consenting again: it ends a STOP. */
  async choose(
    store: Store,
    departement: string,
    owner: Recipient,
    choice: { sms: boolean; email: boolean; version: number },
  ): Promise<Contact> {
    const resumes = choice.sms || choice.email;
    try {
      const result = await store.db.send(
        new UpdateCommand({
          TableName: store.tableName,
          Key: { pk: ownerPartition(departement, owner), sk: keys.contactSk },
          UpdateExpression: `SET #type = :type, sms = :sms, emailChosen = :email, version = if_not_exists(version, :zero) + :one${resumes ? ', stoppedAt = :none' : ''}`,
          ConditionExpression: choice.version === 0 ? 'attribute_not_exists(version) OR version = :zero' : 'version = :version',
          ExpressionAttributeNames: { '#type': 'type' },
          ExpressionAttributeValues: {
            ':type': 'contact',
            ':sms': choice.sms,
            ':email': choice.email,
            ':zero': 0,
            ':one': 1,
            ...(resumes ? { ':none': null } : {}),
            ...(choice.version === 0 ? {} : { ':version': choice.version }),
          },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return contactSchema.parse(result.Attributes);
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new VersionConflict({ cause: error });
      throw error;
    }
  },

  /** STOP replied to a text message: SMS off, e-mail as it was. */
  async optOutSms(store: Store, departement: string, owner: Recipient): Promise<void> {
    await store.db
      .send(
        new UpdateCommand({
          TableName: store.tableName,
          Key: { pk: ownerPartition(departement, owner), sk: keys.contactSk },
          UpdateExpression: 'SET sms = :no, version = if_not_exists(version, :zero) + :one',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':no': false, ':zero': 0, ':one': 1 },
        }),
      )
      .catch((error: unknown) => {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      });
  },

  /** STOP: every channel off, at once, whatever version (a link or a text message cannot know it). */
  async stop(store: Store, departement: string, owner: Recipient, now: Date): Promise<void> {
    await store.db.send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: { pk: ownerPartition(departement, owner), sk: keys.contactSk },
        UpdateExpression:
          'SET #type = :type, sms = :no, emailChosen = :no, stoppedAt = :now, version = if_not_exists(version, :zero) + :one',
        ExpressionAttributeNames: { '#type': 'type' },
        ExpressionAttributeValues: { ':type': 'contact', ':no': false, ':now': now.toISOString(), ':zero': 0, ':one': 1 },
      }),
    );
  },
};

/** The channels a message may use now: verified, chosen, not stopped. */
export function usableChannels(contact: Contact): Channel[] {
  if (contact.stoppedAt) return [];
  const channels: Channel[] = [];
  if (contact.sms && contact.phone) channels.push('sms');
  if (contact.emailChosen && contact.email) channels.push('email');
  return channels;
}
