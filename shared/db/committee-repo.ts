import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, UpdateCommand, type UpdateCommandInput } from '@aws-sdk/lib-dynamodb';
import { ulid } from 'ulid';
import { z } from 'zod';
import type { Principal } from '../auth/principal.js';
import { DEFAULT_MIN_BALLOTS } from '../domain/consultation.js';
import { AlreadyExists, NotFound, VersionConflict } from '../domain/errors.js';
import { COMMITTEE_KINDS, FOLLOW_UP_STATUSES } from '../schemas/allowed-values.js';
import { type CreateConsultationInput, storedQuestionsSchema } from '../schemas/committees.js';
import { auditRepo } from './audit-repo.js';
import { keys } from './keys.js';
import { queryAll, queryAllByPrefix } from './query-page.js';
import type { Store } from './store.js';
import { TransactionCancelled, transactWrite, transactWriteRetryingConflicts } from './transact.js';
import type { YouthRecord } from './youth-repo.js';

const committeeItemSchema = z.object({
  id: z.string(),
  departement: z.string(),
  kind: z.enum(COMMITTEE_KINDS),
  name: z.string(),
  territory: z.string().nullable(),
  organiserSub: z.string(),
  memberCount: z.number().int(),
  createdAt: z.string(),
});
export type CommitteeRecord = z.infer<typeof committeeItemSchema>;

const memberItemSchema = z.object({
  youthId: z.string(),
  accountSub: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  addedAt: z.string(),
});
export type MemberRecord = z.infer<typeof memberItemSchema>;

const followUpItemSchema = z.object({
  questionId: z.string(),
  status: z.enum(FOLLOW_UP_STATUSES),
  text: z.string(),
  updatedAt: z.string(),
});

const consultationItemSchema = z.object({
  id: z.string(),
  committeeId: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  questions: storedQuestionsSchema,
  opensAt: z.string(),
  closesAt: z.string(),
  closedAt: z
    .string()
    .nullish()
    .transform((value) => value ?? null),
  publishedAt: z
    .string()
    .nullish()
    .transform((value) => value ?? null),
  minBallots: z.number().int(),
  followUps: z.record(z.string(), followUpItemSchema),
});
export type ConsultationRecord = z.infer<typeof consultationItemSchema>;

/** Sends an update of an existing consultation; one that is not there is NotFound, not a 500. */
async function updateConsultation(store: Store, update: UpdateCommandInput): Promise<void> {
  try {
    await store.db.send(new UpdateCommand({ ...update, TableName: store.tableName, ConditionExpression: 'attribute_exists(pk)' }));
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) throw new NotFound('consultation.notFound', { cause: error });
    throw error;
  }
}

/** Sets a timestamp attribute of an existing item unless it is already set. */
function stampOnce(store: Store, pk: string, sk: string, attribute: 'closedAt' | 'publishedAt', now: Date): Promise<void> {
  return updateConsultation(store, {
    TableName: store.tableName,
    Key: { pk, sk },
    UpdateExpression: 'SET #at = if_not_exists(#at, :now)',
    ExpressionAttributeNames: { '#at': attribute },
    ExpressionAttributeValues: { ':now': now.toISOString() },
  });
}

/** Committees (CTJ / CDJ), their members and their consultations, in the main table. */
export const committeeRepo = {
  async create(store: Store, creator: Principal, input: { kind: 'CTJ' | 'CDJ'; name: string; territory?: string | undefined }, now: Date) {
    const committee: CommitteeRecord = {
      id: ulid(now.getTime()),
      departement: creator.departement,
      kind: input.kind,
      name: input.name,
      territory: input.territory ?? null,
      organiserSub: creator.sub,
      memberCount: 0,
      createdAt: now.toISOString(),
    };
    await transactWrite(store.db, [
      {
        Put: {
          TableName: store.tableName,
          Item: {
            pk: keys.committee(committee.departement, committee.id),
            sk: keys.committeeSk,
            type: 'committee',
            ...committee,
            gsi1pk: keys.organiserCommittees(committee.departement, committee.organiserSub),
            gsi1sk: keys.committeeSort(committee.id),
            gsi3pk: keys.departementCommittees(committee.departement),
            gsi3sk: keys.committeeSort(committee.id),
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    ]);
    return committee;
  },

  async get(store: Store, departement: string, committeeId: string): Promise<CommitteeRecord | null> {
    const result = await store.db.send(
      new GetCommand({ TableName: store.tableName, Key: { pk: keys.committee(departement, committeeId), sk: keys.committeeSk } }),
    );
    return result.Item ? committeeItemSchema.parse(result.Item) : null;
  },

  /** The committees an organisateur organises, or all of the département for an admin. */
  async listForStaff(store: Store, principal: Principal): Promise<CommitteeRecord[]> {
    const byAdmin = principal.role === 'admin';
    const items = await queryAll(store, {
      IndexName: byAdmin ? 'gsi3' : 'gsi1',
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': byAdmin ? 'gsi3pk' : 'gsi1pk' },
      ExpressionAttributeValues: {
        ':pk': byAdmin ? keys.departementCommittees(principal.departement) : keys.organiserCommittees(principal.departement, principal.sub),
      },
    });
    return items.map((item) => committeeItemSchema.parse(item));
  },

  /** The committees a young person (by their login) belongs to. */
  async listForMember(store: Store, departement: string, accountSub: string): Promise<CommitteeRecord[]> {
    const memberships = await queryAll(store, {
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.memberCommittees(departement, accountSub) },
    });
    const committees = await Promise.all(memberships.map((item) => committeeRepo.get(store, departement, String(item.committeeId))));
    return committees.filter((committee): committee is CommitteeRecord => committee !== null);
  },

  /**
   * Adds the member; the young person's audit log records who did it, in the same
   * transaction. Members added at the same moment all update the committee's count:
   * DynamoDB cancels all but one of those transactions, so they are retried.
   */
  async addMember(store: Store, actor: Principal, committee: CommitteeRecord, youth: YouthRecord, now: Date): Promise<MemberRecord> {
    const member: MemberRecord = {
      youthId: youth.id,
      accountSub: youth.accountSub,
      firstName: youth.firstName,
      lastName: youth.lastName,
      addedAt: now.toISOString(),
    };
    try {
      await transactWriteRetryingConflicts(store.db, [
        {
          Put: {
            TableName: store.tableName,
            Item: {
              pk: keys.committee(committee.departement, committee.id),
              sk: keys.memberSk(youth.id),
              type: 'committeeMember',
              committeeId: committee.id,
              ...member,
              gsi2pk: keys.memberCommittees(committee.departement, youth.accountSub),
              gsi2sk: keys.committeeSort(committee.id),
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        {
          Update: {
            TableName: store.tableName,
            Key: { pk: keys.committee(committee.departement, committee.id), sk: keys.committeeSk },
            UpdateExpression: 'ADD memberCount :one',
            ExpressionAttributeValues: { ':one': 1 },
          },
        },
        auditRepo.putItem(store, actor, youth.id, 'committee.join', now),
      ]);
    } catch (error) {
      if (error instanceof TransactionCancelled && error.failedCondition(0)) {
        throw new AlreadyExists('member.alreadyAdded', { cause: error });
      }
      // Still cancelled by others after every retry: nothing was written, the caller may try again.
      if (error instanceof TransactionCancelled) throw new VersionConflict({ cause: error });
      throw error;
    }
    return member;
  },

  async getMember(store: Store, departement: string, committeeId: string, youthId: string): Promise<MemberRecord | null> {
    const result = await store.db.send(
      new GetCommand({ TableName: store.tableName, Key: { pk: keys.committee(departement, committeeId), sk: keys.memberSk(youthId) } }),
    );
    return result.Item ? memberItemSchema.parse(result.Item) : null;
  },

  async listMembers(store: Store, departement: string, committeeId: string): Promise<MemberRecord[]> {
    const items = await queryAllByPrefix(store, keys.committee(departement, committeeId), keys.memberPrefix);
    return items.map((item) => memberItemSchema.parse(item));
  },

  async createConsultation(
    store: Store,
    committee: CommitteeRecord,
    input: CreateConsultationInput,
    now: Date,
  ): Promise<ConsultationRecord> {
    const consultation: ConsultationRecord = {
      id: ulid(now.getTime()),
      committeeId: committee.id,
      title: input.title,
      description: input.description ?? null,
      questions: input.questions,
      opensAt: new Date(input.opensAt).toISOString(),
      closesAt: new Date(input.closesAt).toISOString(),
      closedAt: null,
      publishedAt: null,
      minBallots: input.minBallots ?? DEFAULT_MIN_BALLOTS,
      followUps: {},
    };
    const { closedAt: _closed, publishedAt: _published, ...stored } = consultation;
    await transactWrite(store.db, [
      {
        Put: {
          TableName: store.tableName,
          Item: {
            pk: keys.committee(committee.departement, committee.id),
            sk: keys.consultationSk(consultation.id),
            type: 'consultation',
            ...stored,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    ]);
    return consultation;
  },

  async getConsultation(
    store: Store,
    departement: string,
    committeeId: string,
    consultationId: string,
  ): Promise<ConsultationRecord | null> {
    const result = await store.db.send(
      new GetCommand({
        TableName: store.tableName,
        Key: { pk: keys.committee(departement, committeeId), sk: keys.consultationSk(consultationId) },
      }),
    );
    return result.Item ? consultationItemSchema.parse(result.Item) : null;
  },

  async listConsultations(store: Store, departement: string, committeeId: string): Promise<ConsultationRecord[]> {
    const items = await queryAllByPrefix(store, keys.committee(departement, committeeId), keys.consultationPrefix);
    return items.map((item) => consultationItemSchema.parse(item));
  },

  /** Closes now (once: a second close keeps the first time). */
  close(store: Store, departement: string, committeeId: string, consultationId: string, now: Date): Promise<void> {
    return stampOnce(store, keys.committee(departement, committeeId), keys.consultationSk(consultationId), 'closedAt', now);
  },

  /** Publishes the results to the members (once). */
  publish(store: Store, departement: string, committeeId: string, consultationId: string, now: Date): Promise<void> {
    return stampOnce(store, keys.committee(departement, committeeId), keys.consultationSk(consultationId), 'publishedAt', now);
  },

  async putFollowUp(
    store: Store,
    departement: string,
    committeeId: string,
    consultationId: string,
    followUp: z.infer<typeof followUpItemSchema>,
  ): Promise<void> {
    await updateConsultation(store, {
      TableName: store.tableName,
      Key: { pk: keys.committee(departement, committeeId), sk: keys.consultationSk(consultationId) },
      UpdateExpression: 'SET followUps.#q = :followUp',
      ExpressionAttributeNames: { '#q': followUp.questionId },
      ExpressionAttributeValues: { ':followUp': followUp },
    });
  },
};
