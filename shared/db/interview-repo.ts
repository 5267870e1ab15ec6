import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import type { Principal } from '../auth/principal.js';
import { NotFound, VersionConflict } from '../domain/errors.js';
import { type PlannedMessage, plannedInterviewDay } from '../domain/reminders.js';
import { calendarDateSchema } from '../schemas/common.js';
import { type Interview, interviewSchema } from '../schemas/interviews.js';
import { auditRepo } from './audit-repo.js';
import { calendarSyncItems } from './calendar-sync.js';
import { caseloadFactsRepo } from './caseload-facts-repo.js';
import { indicatorFactsRepo } from './indicator-facts-repo.js';
import { keys } from './keys.js';
import { outboxRepo } from './outbox-repo.js';
import { queryAll, queryAllByPrefix } from './query-page.js';
import type { Store } from './store.js';
import { TransactionCancelled, transactWrite } from './transact.js';

/** Its place in the daily reminders' index: by its day while it is still to come; held (or without a day), none. */
function plannedIndexKeys(departement: string, youthId: string, interview: Interview) {
  const plannedOn = plannedInterviewDay(interview);
  return plannedOn
    ? { gsi3pk: keys.plannedInterviews(departement, plannedOn), gsi3sk: keys.plannedInterviewSort(youthId, interview.id) }
    : null;
}

function item(departement: string, youthId: string, interview: Interview) {
  return {
    pk: keys.youth(departement, youthId),
    sk: keys.interviewSk(interview.id),
    type: 'interview',
    ...interview,
    ...plannedIndexKeys(departement, youthId, interview),
  };
}

const plannedItemSchema = z.object({ gsi3sk: z.string(), scheduledOn: calendarDateSchema });

/**
 * A record as earlier versions stored it reads as today's: the follow-up's four yes/no
 * (`exitSituation`) become `legacyExitIndicators`; missing fields take their defaults
 * in `interviewSchema`.
 */
function readStored(stored: Record<string, unknown>): Interview {
  const { exitSituation, ...rest } = stored;
  return interviewSchema.parse(exitSituation === undefined ? rest : { legacyExitIndicators: exitSituation, ...rest });
}

/** The calendar as it will be once `interview` is written: its dates replace those it had. */
async function calendarItemsWith(store: Store, departement: string, youthId: string, interview: Interview) {
  const others = await interviewRepo.list(store, departement, youthId);
  const interviews = [...others.filter((other) => other.id !== interview.id), interview];
  return calendarSyncItems(store, { departement, youthId }, { interviews });
}

/** Records of the entretien pour l'autonomie and follow-up interviews. */
export const interviewRepo = {
  /** Stores a new record (built and checked by `newInterview`) with its audit entry and the messages it makes (outbox). */
  async create(
    store: Store,
    author: Principal,
    youthId: string,
    interview: Interview,
    now: Date,
    messages: readonly PlannedMessage[] = [],
  ): Promise<Interview> {
    const calendar = await calendarItemsWith(store, author.departement, youthId, interview);
    await transactWrite(store.db, [
      {
        Put: {
          TableName: store.tableName,
          Item: item(author.departement, youthId, interview),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      auditRepo.putItem(store, author, youthId, 'interview.write', now),
      caseloadFactsRepo.interviewItem(store, author.departement, youthId, interview),
      ...outboxRepo.putItems(store, author.departement, messages, now),
      indicatorFactsRepo.interviewItem(store, author.departement, youthId, interview),
      ...calendar,
    ]);
    return interview;
  },

  async get(store: Store, departement: string, youthId: string, interviewId: string): Promise<Interview | null> {
    const result = await store.db.send(
      new GetCommand({ TableName: store.tableName, Key: { pk: keys.youth(departement, youthId), sk: keys.interviewSk(interviewId) } }),
    );
    return result.Item ? readStored(result.Item) : null;
  },

  /** Oldest first; a young person has a handful of interviews. */
  async list(store: Store, departement: string, youthId: string): Promise<Interview[]> {
    const items = await queryAllByPrefix(store, keys.youth(departement, youthId), keys.interviewPrefix);
    return items.map(readStored);
  },

  /** The entretiens pour l'autonomie planned for `day` and not held, across the département: one Query per day. */
  async plannedOn(store: Store, departement: string, day: string): Promise<{ youthId: string; plannedOn: string }[]> {
    const items = await queryAll(store, {
      IndexName: 'gsi3',
      KeyConditionExpression: 'gsi3pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.plannedInterviews(departement, day) },
      ProjectionExpression: 'gsi3sk, scheduledOn',
    });
    return items.map((stored) => {
      const planned = plannedItemSchema.parse(stored);
      return { youthId: planned.gsi3sk.split('#')[0] ?? '', plannedOn: planned.scheduledOn };
    });
  },

  /**
   * Puts an entretien planned before the daily reminders' index in it (the backfill): true
   * when it changed something. Only while the record is still the version read (a save since
   * wrote its own index), and never again once there.
   */
  async indexForReminders(store: Store, departement: string, youthId: string, interview: Interview): Promise<boolean> {
    const wanted = plannedIndexKeys(departement, youthId, interview);
    if (!wanted) return false;
    try {
      await store.db.send(
        new UpdateCommand({
          TableName: store.tableName,
          Key: { pk: keys.youth(departement, youthId), sk: keys.interviewSk(interview.id) },
          UpdateExpression: 'SET gsi3pk = :pk, gsi3sk = :sk',
          ConditionExpression: 'version = :version AND NOT (gsi3pk = :pk AND gsi3sk = :sk)',
          ExpressionAttributeValues: { ':pk': wanted.gsi3pk, ':sk': wanted.gsi3sk, ':version': interview.version },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  },

  /** Writes `next` if the stored version is still the one before it; VersionConflict otherwise, nothing written. */
  async update(
    store: Store,
    author: Principal,
    youthId: string,
    next: Interview,
    now: Date,
    messages: readonly PlannedMessage[] = [],
  ): Promise<Interview> {
    const version = next.version - 1;
    const calendar = await calendarItemsWith(store, author.departement, youthId, next);
    try {
      await transactWrite(store.db, [
        {
          Put: {
            TableName: store.tableName,
            Item: item(author.departement, youthId, next),
            ConditionExpression: 'attribute_exists(pk) AND version = :expected',
            ExpressionAttributeValues: { ':expected': version },
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          },
        },
        auditRepo.putItem(store, author, youthId, 'interview.write', now),
        caseloadFactsRepo.interviewItem(store, author.departement, youthId, next),
        ...outboxRepo.putItems(store, author.departement, messages, now),
        indicatorFactsRepo.interviewItem(store, author.departement, youthId, next),
        ...calendar,
      ]);
    } catch (error) {
      if (error instanceof TransactionCancelled && error.failedCondition(0)) {
        if (!error.reasons[0]?.item) throw new NotFound('interview.notFound', { cause: error });
        throw new VersionConflict({ cause: error });
      }
      throw error;
    }
    return next;
  },
};
