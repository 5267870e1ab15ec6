import { randomUUID } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import type { Answers } from '../domain/consultation.js';
import { AlreadyExists, RuleViolation } from '../domain/errors.js';
import { keys, parseFollowUpAnswerSk, parseFollowUpTallySk } from './keys.js';
import { queryAllByPrefix } from './query-page.js';
import type { Store } from './store.js';
import { type TransactItem, TransactionCancelled, transactWriteRetryingConflicts } from './transact.js';

/** A counter as stored; `count` is absent only on an item nothing reached yet. */
const counterItemSchema = z.object({ sk: z.string(), count: z.number().int().default(0) });
/** Anonymous feedback as stored: the text alone. */
const feedbackItemSchema = z.object({ text: z.string() });
/** A cast ballot as stored: its answers alone. */
const ballotItemSchema = z.object({ answers: z.record(z.string(), z.union([z.string(), z.array(z.string())])) });
/** A participation marker as stored. */
const participationItemSchema = z.object({ blindedDigest: z.string().optional() });
/** A follow-up answer as stored: yes or no alone. */
const followUpAnswerItemSchema = z.object({ sk: z.string(), answersMyQuestion: z.boolean() });
/** A consultation's key pair as stored. */
const ballotKeyItemSchema = z.object({ suite: z.string(), publicKey: z.string(), sealedPrivateKey: z.string() });
export type StoredBallotKey = z.infer<typeof ballotKeyItemSchema>;

export interface BallotBox {
  departement: string;
  committeeId: string;
  consultationId: string;
}

/** Whose key pair: the consultation's ballots, or one of its follow-ups' answers when `followUpQuestionId` is set. */
export interface BallotKeyScope extends BallotBox {
  followUpQuestionId?: string;
}

function boxKey(box: BallotBox) {
  return keys.ballotBox(box.departement, box.committeeId, box.consultationId);
}

function ballotKeySk(scope: BallotKeyScope): string {
  return scope.followUpQuestionId === undefined ? keys.ballotKeySk : keys.followUpKeySk(scope.followUpQuestionId);
}

/**
 * Puts a participation marker holding the member's id and a digest of their blinded
 * request, with `more` in the same transaction. The same blinded request sent again (a
 * phone that lost the answer) finds the marker it wrote and writes nothing more; another
 * one is refused with `refusal`: one member, one credential.
 */
async function markIssued(
  store: Store,
  box: BallotBox,
  marker: { sk: string; type: string; blindedDigest: string },
  more: TransactItem[],
  refusal: 'ballot.alreadyCast' | 'followUp.alreadyAnswered',
): Promise<'issued' | 'issuedBefore'> {
  const key = { pk: boxKey(box), sk: marker.sk };
  try {
    await transactWriteRetryingConflicts(store.db, [
      {
        Put: {
          TableName: store.ballotTableName,
          Item: { ...key, type: marker.type, blindedDigest: marker.blindedDigest },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      ...more,
    ]);
    return 'issued';
  } catch (error) {
    if (!(error instanceof TransactionCancelled && error.failedCondition(0))) throw error;
    const found = await store.db.send(new GetCommand({ TableName: store.ballotTableName, Key: key, ConsistentRead: true }));
    if (found.Item && participationItemSchema.parse(found.Item).blindedDigest === marker.blindedDigest) return 'issuedBefore';
    throw new AlreadyExists(refusal, { cause: error });
  }
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

/** What became of a ballot sent with a credential. */
export type CastResult = { counted: true } | { counted: false; alreadyCounted: Answers | null };

/**
 * The ballot box, in its own table. A member's participation marker holds their id and
 * a digest of their blinded credential request, their feedback count their id and a
 * number; a cast ballot holds its answers under the spent credential's id, feedback its
 * text alone. No item holds both a member and a choice or a text, no item holds a time.
 */
export const ballotRepo = {
  /**
   * Marks that a member was given their one credential, with their optional feedback
   * (under their limit), all or nothing. The same blinded request sent again (a phone
   * that lost the answer) finds the marker it wrote and is signed again, and writes
   * nothing more; another request from the same member is refused: one member, one
   * credential. The caller has checked that the consultation is open.
   */
  async markCredentialIssued(
    store: Store,
    box: BallotBox,
    memberId: string,
    blindedDigest: string,
    feedback: MemberFeedback | undefined,
  ): Promise<'issued' | 'issuedBefore'> {
    const more = feedback ? [feedbackCounted(store, box, memberId, feedback.perMember), feedbackPut(store, box, feedback.text)] : [];
    try {
      return await markIssued(
        store,
        box,
        { sk: keys.participationSk(memberId), type: 'participation', blindedDigest },
        more,
        'ballot.alreadyCast',
      );
    } catch (error) {
      if (error instanceof TransactionCancelled && feedback && error.failedCondition(1)) {
        throw new RuleViolation('feedback.limitReached', { params: { perMember: feedback.perMember }, cause: error });
      }
      throw error;
    }
  },

  /**
   * Casts one ballot: one item under the credential's id (only if absent: the credential
   * is spent once), holding the answers and nothing else. A single conditional write, so
   * that ballots never contend with each other. When the credential was spent already,
   * answers what was counted with it.
   */
  async cast(store: Store, box: BallotBox, credentialId: string, answers: Answers): Promise<CastResult> {
    const key = { pk: boxKey(box), sk: keys.ballotSk(credentialId) };
    try {
      await store.db.send(
        new PutCommand({
          TableName: store.ballotTableName,
          Item: { ...key, type: 'ballot', answers },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return { counted: true };
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      return { counted: false, alreadyCounted: await ballotRepo.castBallot(store, box, credentialId) };
    }
  },

  /** The answers counted with a credential, or null when it has not been spent. */
  async castBallot(store: Store, box: BallotBox, credentialId: string): Promise<Answers | null> {
    const result = await store.db.send(
      new GetCommand({ TableName: store.ballotTableName, Key: { pk: boxKey(box), sk: keys.ballotSk(credentialId) }, ConsistentRead: true }),
    );
    return result.Item ? ballotItemSchema.parse(result.Item).answers : null;
  },

  /** Every cast ballot's answers, for the tally once the consultation is closed. */
  async ballots(store: Store, box: BallotBox): Promise<Answers[]> {
    const items = await queryAllByPrefix(store, boxKey(box), keys.ballotPrefix, store.ballotTableName);
    return items.map((item) => ballotItemSchema.parse(item).answers);
  },

  /** The key pair of the consultation (or of one of its follow-ups), or null before it has one. */
  async ballotKey(store: Store, scope: BallotKeyScope): Promise<StoredBallotKey | null> {
    const result = await store.db.send(
      new GetCommand({ TableName: store.ballotTableName, Key: { pk: boxKey(scope), sk: ballotKeySk(scope) }, ConsistentRead: true }),
    );
    return result.Item ? ballotKeyItemSchema.parse(result.Item) : null;
  },

  /** Stores the key pair of the consultation (or follow-up) unless it has one already; answers the one that is kept. */
  async keepBallotKey(store: Store, scope: BallotKeyScope, key: StoredBallotKey): Promise<StoredBallotKey> {
    try {
      await store.db.send(
        new PutCommand({
          TableName: store.ballotTableName,
          Item: { pk: boxKey(scope), sk: ballotKeySk(scope), type: 'ballotKey', ...key },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return key;
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const kept = await ballotRepo.ballotKey(store, scope);
      if (!kept) throw error;
      return kept;
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

  /** Whether the member was given their credential: their ballot is counted or on its way, and the server cannot tell which. */
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

  /** The number of ballots cast (credentials spent), counted without reading them. */
  async countBallots(store: Store, box: BallotBox): Promise<number> {
    let count = 0;
    let start: Record<string, unknown> | undefined;
    do {
      const result = await store.db.send(
        new QueryCommand({
          TableName: store.ballotTableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': boxKey(box), ':prefix': keys.ballotPrefix },
          Select: 'COUNT',
          ExclusiveStartKey: start,
        }),
      );
      count += result.Count ?? 0;
      start = result.LastEvaluatedKey;
    } while (start);
    return count;
  },

  async feedback(store: Store, box: BallotBox): Promise<string[]> {
    const items = await queryAllByPrefix(store, boxKey(box), keys.feedbackPrefix, store.ballotTableName);
    return items.map((item) => feedbackItemSchema.parse(item).text);
  },

  /**
   * Marks that a member was given their one answer credential for a follow-up; the same
   * blinded request again writes nothing more, another is refused (ALREADY_ANSWERED).
   */
  markFollowUpCredentialIssued(
    store: Store,
    box: BallotBox,
    questionId: string,
    memberId: string,
    blindedDigest: string,
  ): Promise<'issued' | 'issuedBefore'> {
    return markIssued(
      store,
      box,
      { sk: keys.followUpParticipationSk(questionId, memberId), type: 'followUpParticipation', blindedDigest },
      [],
      'followUp.alreadyAnswered',
    );
  },

  /**
   * Counts one follow-up answer: one item under the spent credential's id holding yes or
   * no and nothing else, written only if absent. When the credential was spent already,
   * answers what was counted with it.
   */
  async castFollowUpAnswer(
    store: Store,
    box: BallotBox,
    questionId: string,
    credentialId: string,
    answersMyQuestion: boolean,
  ): Promise<{ counted: true } | { counted: false; alreadyCounted: boolean | null }> {
    try {
      await store.db.send(
        new PutCommand({
          TableName: store.ballotTableName,
          Item: { pk: boxKey(box), sk: keys.followUpAnswerSk(questionId, credentialId), type: 'followUpAnswer', answersMyQuestion },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return { counted: true };
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      return { counted: false, alreadyCounted: await ballotRepo.followUpAnswer(store, box, questionId, credentialId) };
    }
  },

  /** The yes / no counted with a follow-up credential, or null when it has not been spent. */
  async followUpAnswer(store: Store, box: BallotBox, questionId: string, credentialId: string): Promise<boolean | null> {
    const result = await store.db.send(
      new GetCommand({
        TableName: store.ballotTableName,
        Key: { pk: boxKey(box), sk: keys.followUpAnswerSk(questionId, credentialId) },
        ConsistentRead: true,
      }),
    );
    return result.Item ? followUpAnswerItemSchema.parse(result.Item).answersMyQuestion : null;
  },

  /** Whether the member was given their answer credential for this follow-up (their answer is counted or on its way). */
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

  /**
   * Yes / no counts per question of the follow-up answers: the anonymous answers, plus the
   * counters of the answers given before answer credentials existed.
   */
  async followUpTallies(store: Store, box: BallotBox): Promise<Map<string, { yes: number; no: number }>> {
    const [answers, items] = await Promise.all([
      queryAllByPrefix(store, boxKey(box), keys.followUpAnswerPrefix, store.ballotTableName),
      queryAllByPrefix(store, boxKey(box), keys.followUpTallyPrefix, store.ballotTableName),
    ]);
    const counts = new Map<string, { yes: number; no: number }>();
    for (const item of answers) {
      const answer = followUpAnswerItemSchema.parse(item);
      const { questionId } = parseFollowUpAnswerSk(answer.sk);
      const current = counts.get(questionId) ?? { yes: 0, no: 0 };
      current[answer.answersMyQuestion ? 'yes' : 'no'] += 1;
      counts.set(questionId, current);
    }
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
