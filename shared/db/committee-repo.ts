import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, UpdateCommand, type UpdateCommandInput } from '@aws-sdk/lib-dynamodb';
import { decodeTime } from 'ulid';
import * as z from 'zod';
import type { Principal } from '../auth/principal.js';
import { ulid } from '../crypto/ulid.js';
import { parisDate } from '../domain/calendar-date.js';
import { DEFAULT_MIN_BALLOTS } from '../domain/consultation.js';
import { AlreadyExists, NotFound, VersionConflict } from '../domain/errors.js';
import { consultationOpeningDay } from '../domain/reminders.js';
import {
  type CreateCommitteeInput,
  type CreateConsultationInput,
  committeeSchema,
  consultationSchema,
  followUpSchema,
  memberSchema,
} from '../schemas/committees.js';
import { subjectSchema, timestampSchema } from '../schemas/common.js';
import { auditRepo } from './audit-repo.js';
import { keys } from './keys.js';
import { markersIndexRepo } from './markers-index-repo.js';
import { indexPartitionQuery, queryAll, queryAllByPrefix } from './query-page.js';
import type { Store } from './store.js';
import { TransactionCancelled, transactWrite, transactWriteRetryingConflicts } from './transact.js';
import type { YouthRecord } from './youth-repo.js';

/** A committee as stored: the API's, with the département it belongs to. */
const committeeItemSchema = committeeSchema.extend({ departement: z.string() });
export type CommitteeRecord = z.infer<typeof committeeItemSchema>;

/** A member as stored: the API's, with the login that makes the young person a member (never shown). */
const memberItemSchema = memberSchema.extend({ accountSub: subjectSchema });
export type MemberRecord = z.infer<typeof memberItemSchema>;

/** A member item as the index of a young person's committees finds it: which committee. */
const membershipItemSchema = z.object({ committeeId: z.string() });

/**
 * What was done with a question, as stored: the API's without what is read or computed at
 * request time; follow-ups given before the answer window existed have no closing time.
 */
const followUpItemSchema = followUpSchema
  .pick({ questionId: true, status: true, text: true, updatedAt: true })
  .extend({ answersCloseAt: timestampSchema.nullish() });

/** Absent until it happens: `if_not_exists` needs the attribute absent, not null. */
const untilItHappens = timestampSchema.nullish().transform((value) => value ?? null);

/** A consultation as stored: the API's without what is computed per request (status, counts, the caller's vote). */
const consultationItemSchema = consultationSchema
  .omit({ status: true, ballots: true, followUps: true, hasVoted: true })
  .extend({ closedAt: untilItHappens, publishedAt: untilItHappens, followUps: z.record(z.string(), followUpItemSchema) });
export type ConsultationRecord = z.infer<typeof consultationItemSchema>;

/** What casting a ballot needs of a consultation: its questions and its timing, nothing else. */
const votingRulesItemSchema = consultationItemSchema.pick({
  questions: true,
  opensAt: true,
  closesAt: true,
  closedAt: true,
  publishedAt: true,
});
export type VotingRules = z.infer<typeof votingRulesItemSchema>;
const VOTING_RULES_ATTRIBUTES = ['questions', 'opensAt', 'closesAt', 'closedAt', 'publishedAt'] as const;

/**
 * A consultation's places in the daily reminders' indexes: the day its voting ends (gsi3,
 * « closes tomorrow ») and the day it opens for its members (gsi2, « opens »). Its id is a
 * ulid of its creation, so the keys are the same whenever they are computed.
 */
export function consultationIndexKeys(
  departement: string,
  consultation: Pick<ConsultationRecord, 'id' | 'committeeId' | 'opensAt' | 'closesAt'>,
) {
  const sort = keys.consultationClosingSort(consultation.committeeId, consultation.id);
  const openingDay = consultationOpeningDay(new Date(consultation.opensAt), new Date(decodeTime(consultation.id)));
  return {
    gsi2pk: keys.consultationsOpening(departement, openingDay),
    gsi2sk: sort,
    gsi3pk: keys.consultationsClosing(departement, parisDate(new Date(consultation.closesAt))),
    gsi3sk: sort,
  };
}

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
  async create(store: Store, creator: Principal, input: CreateCommitteeInput, now: Date) {
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
    const items = await queryAll(
      store,
      indexPartitionQuery(
        principal.role === 'admin'
          ? { index: 'gsi3', value: keys.departementCommittees(principal.departement) }
          : { index: 'gsi1', value: keys.organiserCommittees(principal.departement, principal.sub) },
      ),
    );
    return items.map((item) => committeeItemSchema.parse(item));
  },

  /** The committees a young person (by their login) belongs to. */
  async listForMember(store: Store, departement: string, accountSub: string): Promise<CommitteeRecord[]> {
    const memberships = await queryAll(store, {
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.memberCommittees(departement, accountSub) },
    });
    const committeeIds = memberships.map((item) => membershipItemSchema.parse(item).committeeId);
    const committees = await Promise.all(committeeIds.map((committeeId) => committeeRepo.get(store, departement, committeeId)));
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
            // Found by the days it opens and closes (Paris), for the daily reminders.
            ...consultationIndexKeys(committee.departement, consultation),
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

  /**
   * The consultation's questions and timing as they are now, for a ballot being cast: read
   * strongly consistent, so that a ballot cast after the close was written is refused, and
   * only those attributes, so that the busiest request of a meeting reads little.
   */
  async votingRules(store: Store, departement: string, committeeId: string, consultationId: string): Promise<VotingRules | null> {
    const result = await store.db.send(
      new GetCommand({
        TableName: store.tableName,
        Key: { pk: keys.committee(departement, committeeId), sk: keys.consultationSk(consultationId) },
        ConsistentRead: true,
        ProjectionExpression: VOTING_RULES_ATTRIBUTES.map((_, index) => `#a${index}`).join(', '),
        ExpressionAttributeNames: Object.fromEntries(VOTING_RULES_ATTRIBUTES.map((name, index) => [`#a${index}`, name])),
      }),
    );
    return result.Item ? votingRulesItemSchema.parse(result.Item) : null;
  },

  async listConsultations(store: Store, departement: string, committeeId: string): Promise<ConsultationRecord[]> {
    const items = await queryAllByPrefix(store, keys.committee(departement, committeeId), keys.consultationPrefix);
    return items.map((item) => consultationItemSchema.parse(item));
  },

  /** The consultations whose voting ends on `day` (Paris), across the département's committees: one Query. */
  async closingOn(store: Store, departement: string, day: string): Promise<ConsultationRecord[]> {
    const items = await queryAll(store, {
      IndexName: 'gsi3',
      KeyConditionExpression: 'gsi3pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.consultationsClosing(departement, day) },
    });
    return items.map((item) => consultationItemSchema.parse(item));
  },

  /** The consultations opening for their members on `day` (Paris), across the département's committees: one Query. */
  async openingOn(store: Store, departement: string, day: string): Promise<ConsultationRecord[]> {
    const items = await queryAll(store, {
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.consultationsOpening(departement, day) },
    });
    return items.map((item) => consultationItemSchema.parse(item));
  },

  /**
   * Puts a consultation written before the daily reminders' indexes in them (the backfill):
   * true when it changed something. Its days never change, so running it again writes nothing.
   */
  async indexForReminders(store: Store, departement: string, consultation: ConsultationRecord): Promise<boolean> {
    const wanted = consultationIndexKeys(departement, consultation);
    try {
      await store.db.send(
        new UpdateCommand({
          TableName: store.tableName,
          Key: { pk: keys.committee(departement, consultation.committeeId), sk: keys.consultationSk(consultation.id) },
          UpdateExpression: 'SET gsi2pk = :g2pk, gsi2sk = :g2sk, gsi3pk = :g3pk, gsi3sk = :g3sk',
          ConditionExpression: 'attribute_exists(pk) AND NOT (gsi2pk = :g2pk AND gsi2sk = :g2sk AND gsi3pk = :g3pk AND gsi3sk = :g3sk)',
          ExpressionAttributeValues: { ':g2pk': wanted.gsi2pk, ':g2sk': wanted.gsi2sk, ':g3pk': wanted.gsi3pk, ':g3sk': wanted.gsi3sk },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  },

  /** Closes now (once: a second close keeps the first time). */
  close(store: Store, departement: string, committeeId: string, consultationId: string, now: Date): Promise<void> {
    return stampOnce(store, keys.committee(departement, committeeId), keys.consultationSk(consultationId), 'closedAt', now);
  },

  /**
   * Publishes the results to the members (once), then files the consultation in the
   * publications' day index under the day it was first published, for the retention job
   * that deletes its markers a year later (a second publish writes nothing more).
   */
  async publish(store: Store, departement: string, committeeId: string, consultationId: string, now: Date): Promise<void> {
    await stampOnce(store, keys.committee(departement, committeeId), keys.consultationSk(consultationId), 'publishedAt', now);
    const consultation = await committeeRepo.getConsultation(store, departement, committeeId, consultationId);
    if (!consultation?.publishedAt) return;
    await markersIndexRepo.file(store, departement, committeeId, consultationId, parisDate(new Date(consultation.publishedAt)));
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
