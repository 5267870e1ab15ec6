import { randomInt, randomUUID } from 'node:crypto';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { type Answers, chosenOptions } from '../domain/consultation.js';
import { AlreadyExists, RuleViolation } from '../domain/errors.js';
import { keys, parseFollowUpTallySk, parseTallySk } from './keys.js';
import { queryAllByPrefix } from './query-page.js';
import type { Store } from './store.js';
import { type TransactItem, TransactionCancelled, transactWriteRetryingConflicts } from './transact.js';

/** A sharded counter as stored; `count` is absent only on an item no ballot reached yet. */
const counterItemSchema = z.object({ sk: z.string(), count: z.number().int().default(0) });
/** Anonymous feedback as stored: the text alone. */
const feedbackItemSchema = z.object({ text: z.string() });

/** How many items each counter is split over. Which shard a ballot lands on is random. */
export const TALLY_SHARDS = 16;

export interface BallotBox {
  departement: string;
  committeeId: string;
  consultationId: string;
}

function boxKey(box: BallotBox) {
  return keys.ballotBox(box.departement, box.committeeId, box.consultationId);
}

/**
 * One more feedback text from a member, unless they have given `max` already: a count
 * beside their participation marker, holding no text and no time.
 */
function feedbackCounted(store: Store, box: BallotBox, memberId: string, max: number): TransactItem {
  return {
    Update: {
      TableName: store.ballotTableName,
      Key: { pk: boxKey(box), sk: keys.feedbackCountSk(memberId) },
      UpdateExpression: 'ADD #count :one SET #type = :type',
      ConditionExpression: 'attribute_not_exists(#count) OR #count < :max',
      ExpressionAttributeNames: { '#count': 'count', '#type': 'type' },
      ExpressionAttributeValues: { ':one': 1, ':type': 'feedbackCount', ':max': max },
    },
  };
}

/** A member's feedback, as the rule sees it: the text and how many they may give in all. */
export interface MemberFeedback {
  text: string;
  perMember: number;
}

function feedbackPut(store: Store, box: BallotBox, text: string): TransactItem {
  // A random id and no date: nothing orders feedback or ties it to a ballot.
  return {
    Put: {
      TableName: store.ballotTableName,
      Item: { pk: boxKey(box), sk: keys.feedbackSk(randomUUID()), type: 'feedback', text },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
}

/**
 * The ballot box, in its own table. A member's participation marker holds their id
 * and nothing else, their feedback count their id and a number; counters hold counts
 * and nothing else, feedback its text alone; no item holds both a member and a choice
 * or a text, no item holds a time, and each ballot or feedback is one transaction.
 */
export const ballotRepo = {
  /**
   * Casts one secret ballot: the participation marker (only if absent: one member,
   * one vote), +1 on each chosen option's counter and the optional feedback (with the
   * member's feedback count, under its limit), all or nothing. The caller has checked that the consultation is open. That check is not
   * repeated inside the transaction on purpose: every ballot would then touch the one
   * consultation item and conflict with every other; a ballot accepted while the
   * organiser closes is simply one that arrived in time.
   */
  async cast(store: Store, box: BallotBox, memberId: string, answers: Answers, feedback: MemberFeedback | undefined): Promise<void> {
    const items: TransactItem[] = [
      {
        Put: {
          TableName: store.ballotTableName,
          Item: { pk: boxKey(box), sk: keys.participationSk(memberId), type: 'participation' },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      ...(feedback ? [feedbackCounted(store, box, memberId, feedback.perMember), feedbackPut(store, box, feedback.text)] : []),
      ...chosenOptions(answers).map(
        ({ questionId, optionId }): TransactItem => ({
          Update: {
            TableName: store.ballotTableName,
            Key: { pk: boxKey(box), sk: keys.tallySk(questionId, optionId, randomInt(TALLY_SHARDS)) },
            UpdateExpression: 'ADD #count :one SET #type = :type',
            ExpressionAttributeNames: { '#count': 'count', '#type': 'type' },
            ExpressionAttributeValues: { ':one': 1, ':type': 'tally' },
          },
        }),
      ),
    ];
    try {
      await transactWriteRetryingConflicts(store.db, items);
    } catch (error) {
      if (error instanceof TransactionCancelled && error.failedCondition(0)) {
        throw new AlreadyExists('ballot.alreadyCast', { cause: error });
      }
      if (error instanceof TransactionCancelled && feedback && error.failedCondition(1)) {
        throw new RuleViolation('feedback.limitReached', { params: { perMember: feedback.perMember }, cause: error });
      }
      throw error;
    }
  },

  /** Feedback without a vote, under the member's limit; the caller has checked that the consultation is open. */
  async addFeedback(store: Store, box: BallotBox, memberId: string, feedback: MemberFeedback): Promise<void> {
    try {
      await transactWriteRetryingConflicts(store.db, [
        feedbackCounted(store, box, memberId, feedback.perMember),
        feedbackPut(store, box, feedback.text),
      ]);
    } catch (error) {
      if (error instanceof TransactionCancelled && error.failedCondition(0)) {
        throw new RuleViolation('feedback.limitReached', { params: { perMember: feedback.perMember }, cause: error });
      }
      throw error;
    }
  },

  /** How many feedback texts a member has given in this consultation. */
  async feedbackGiven(store: Store, box: BallotBox, memberId: string): Promise<number> {
    const result = await store.db.send(
      new GetCommand({
        TableName: store.ballotTableName,
        Key: { pk: boxKey(box), sk: keys.feedbackCountSk(memberId) },
        ProjectionExpression: '#count',
        ExpressionAttributeNames: { '#count': 'count' },
      }),
    );
    return counterItemSchema.pick({ count: true }).parse(result.Item ?? {}).count;
  },

  async hasVoted(store: Store, box: BallotBox, memberId: string): Promise<boolean> {
    const result = await store.db.send(
      new GetCommand({
        TableName: store.ballotTableName,
        Key: { pk: boxKey(box), sk: keys.participationSk(memberId) },
        ProjectionExpression: 'pk',
      }),
    );
    return result.Item !== undefined;
  },

  /** The number of ballots cast: the participation markers, counted. */
  async countBallots(store: Store, box: BallotBox): Promise<number> {
    let count = 0;
    let start: Record<string, unknown> | undefined;
    do {
      const result = await store.db.send(
        new QueryCommand({
          TableName: store.ballotTableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': boxKey(box), ':prefix': keys.participationPrefix },
          Select: 'COUNT',
          ExclusiveStartKey: start,
        }),
      );
      count += result.Count ?? 0;
      start = result.LastEvaluatedKey;
    } while (start);
    return count;
  },

  /** Counts per `question#option`, shards summed. */
  async tallies(store: Store, box: BallotBox): Promise<Map<string, number>> {
    const items = await queryAllByPrefix(store, boxKey(box), keys.tallyPrefix, store.ballotTableName);
    const counts = new Map<string, number>();
    for (const item of items) {
      const counter = counterItemSchema.parse(item);
      const { questionId, optionId } = parseTallySk(counter.sk);
      const key = `${questionId}#${optionId}`;
      counts.set(key, (counts.get(key) ?? 0) + counter.count);
    }
    return counts;
  },

  async feedback(store: Store, box: BallotBox): Promise<string[]> {
    const items = await queryAllByPrefix(store, boxKey(box), keys.feedbackPrefix, store.ballotTableName);
    return items.map((item) => feedbackItemSchema.parse(item).text);
  },

  /** A member says, once and anonymously, whether a follow-up answers their question. */
  async answerFollowUp(store: Store, box: BallotBox, questionId: string, memberId: string, answersMyQuestion: boolean): Promise<void> {
    try {
      await transactWriteRetryingConflicts(store.db, [
        {
          Put: {
            TableName: store.ballotTableName,
            Item: { pk: boxKey(box), sk: keys.followUpParticipationSk(questionId, memberId), type: 'followUpParticipation' },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        {
          Update: {
            TableName: store.ballotTableName,
            Key: { pk: boxKey(box), sk: keys.followUpTallySk(questionId, answersMyQuestion ? 'yes' : 'no', randomInt(TALLY_SHARDS)) },
            UpdateExpression: 'ADD #count :one SET #type = :type',
            ExpressionAttributeNames: { '#count': 'count', '#type': 'type' },
            ExpressionAttributeValues: { ':one': 1, ':type': 'followUpTally' },
          },
        },
      ]);
    } catch (error) {
      if (error instanceof TransactionCancelled && error.failedCondition(0)) {
        throw new AlreadyExists('followUp.alreadyAnswered', { cause: error });
      }
      throw error;
    }
  },

  async hasAnsweredFollowUp(store: Store, box: BallotBox, questionId: string, memberId: string): Promise<boolean> {
    const result = await store.db.send(
      new GetCommand({
        TableName: store.ballotTableName,
        Key: { pk: boxKey(box), sk: keys.followUpParticipationSk(questionId, memberId) },
        ProjectionExpression: 'pk',
      }),
    );
    return result.Item !== undefined;
  },

  /** Yes / no counts per question of the follow-up answers. */
  async followUpTallies(store: Store, box: BallotBox): Promise<Map<string, { yes: number; no: number }>> {
    const items = await queryAllByPrefix(store, boxKey(box), keys.followUpTallyPrefix, store.ballotTableName);
    const counts = new Map<string, { yes: number; no: number }>();
    for (const item of items) {
      const counter = counterItemSchema.parse(item);
      const { questionId, answer } = parseFollowUpTallySk(counter.sk);
      const current = counts.get(questionId) ?? { yes: 0, no: 0 };
      current[answer] += counter.count;
      counts.set(questionId, current);
    }
    return counts;
  },
};
