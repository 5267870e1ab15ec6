import { GetCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { CHECK_IN_AGES, CHECK_IN_CHOICES, type CheckInAge, type CheckInAnswers, type CheckInOutcome } from '../domain/check-ins.js';
import { RuleViolation } from '../domain/errors.js';
import { EXIT_ACTIVITY, EXIT_HEALTH_COVER, EXIT_HOUSING, EXIT_RESOURCES, type ExitSituation } from '../domain/exit-situation.js';
import { keys } from './keys.js';
import { queryAll } from './query-page.js';
import type { Store } from './store.js';
import { type TransactItem, TransactionCancelled, transactWrite } from './transact.js';

const situationSchema = z.object({
  housing: z.enum(EXIT_HOUSING),
  resources: z.enum(EXIT_RESOURCES),
  activity: z.enum(EXIT_ACTIVITY),
  healthCover: z.enum(EXIT_HEALTH_COVER),
});
const interviewFactsSchema = z.object({
  kind: z.string().nullable(),
  heldOn: z.string().nullable(),
  situation: situationSchema.nullable(),
  cejProposedOn: z.string().nullable(),
});
const supportRequestFactsSchema = z.object({ kind: z.string(), requestedOn: z.string() });
const supportDecisionFactsSchema = z.object({ outcome: z.enum(['accordee', 'refusee']), decidedOn: z.string() });
const answersSchema = z.object({
  housing: z.enum(CHECK_IN_CHOICES.housing),
  resources: z.enum(CHECK_IN_CHOICES.resources),
  activity: z.enum(CHECK_IN_CHOICES.activity),
  healthCover: z.enum(CHECK_IN_CHOICES.healthCover),
  someoneToCountOn: z.enum(CHECK_IN_CHOICES.someoneToCountOn),
});
const checkInSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('answered'), on: z.string(), answers: answersSchema }),
  z.object({ status: z.literal('declined'), on: z.string() }),
]);

/** One young person's facts, as the indicators read them. */
export interface IndicatorFacts {
  youthId: string;
  interviews: z.infer<typeof interviewFactsSchema>[];
  planFirstSignedOn: string | null;
  supportRequests: z.infer<typeof supportRequestFactsSchema>[];
  supportDecisions: z.infer<typeof supportDecisionFactsSchema>[];
  checkIns: Partial<Record<CheckInAge, CheckInOutcome>>;
}

/** Reads an item's attributes by their prefix; an attribute that does not parse is left out rather than failing the whole table. */
function readFacts(youthId: string, item: Record<string, unknown>): IndicatorFacts {
  const facts: IndicatorFacts = {
    youthId,
    interviews: [],
    planFirstSignedOn: null,
    supportRequests: [],
    supportDecisions: [],
    checkIns: {},
  };
  for (const [name, value] of Object.entries(item)) {
    if (name.startsWith('interview#')) {
      const parsed = interviewFactsSchema.safeParse(value);
      if (parsed.success) facts.interviews.push(parsed.data);
    } else if (name.startsWith('supportRequest#')) {
      const parsed = supportRequestFactsSchema.safeParse(value);
      if (parsed.success) facts.supportRequests.push(parsed.data);
    } else if (name.startsWith('supportDecision#')) {
      const parsed = supportDecisionFactsSchema.safeParse(value);
      if (parsed.success) facts.supportDecisions.push(parsed.data);
    } else if (name === 'planFirstSignedOn' && typeof value === 'string') {
      facts.planFirstSignedOn = value;
    }
  }
  for (const age of CHECK_IN_AGES) {
    const parsed = checkInSchema.safeParse(item[keys.indicatorCheckInAttribute(age)]);
    if (parsed.success) facts.checkIns[age] = parsed.data;
  }
  return facts;
}

/** An Update of the facts item that also (re)writes its index keys: whichever write comes first creates it. */
function factsUpdate(
  store: Store,
  departement: string,
  youthId: string,
  set: string,
  names: Record<string, string>,
  values: Record<string, unknown>,
  condition?: string,
): TransactItem {
  return {
    Update: {
      TableName: store.tableName,
      Key: { pk: keys.youth(departement, youthId), sk: keys.indicatorFactsSk },
      UpdateExpression: `SET ${set}, #type = :type, gsi3pk = :gsi3pk, gsi3sk = :youthId, youthId = :youthId`,
      ExpressionAttributeNames: { ...names, '#type': 'type' },
      ExpressionAttributeValues: {
        ...values,
        ':type': 'indicatorFacts',
        ':gsi3pk': keys.departementIndicators(departement),
        ':youthId': youthId,
      },
      ...(condition ? { ConditionExpression: condition } : {}),
    },
  };
}

/**
 * The facts the exit indicators count (docs/data-model.md, pattern I1), one item per
 * young person, each part written in the transaction of the record it summarises.
 */
export const indicatorFactsRepo = {
  /** An interview's kind and day held, the follow-up's situation, the day the CEJ was proposed. */
  interviewItem(
    store: Store,
    departement: string,
    youthId: string,
    interview: {
      id: string;
      kind: string | null;
      heldOn: string | null;
      situation?: ExitSituation | null;
      rightsTold?: readonly { right: string; toldOn: string }[] | null;
    },
  ): TransactItem {
    const cej = (interview.rightsTold ?? []).find((told) => told.right === 'contrat_engagement_jeune');
    return factsUpdate(
      store,
      departement,
      youthId,
      '#interview = :facts',
      { '#interview': keys.indicatorInterviewAttribute(interview.id) },
      {
        ':facts': {
          kind: interview.kind,
          heldOn: interview.heldOn,
          situation: interview.situation ?? null,
          cejProposedOn: cej?.toldOn ?? null,
        },
      },
    );
  },

  /**
   * The first day the young person signed a projet d'autonomie (later signatures keep it).
   * `fromHistory`: the day read from the plan's history (the backfill), which is the first
   * signature's, so it replaces whatever a later signature may have left there.
   */
  planSignedItem(store: Store, departement: string, youthId: string, signedOn: string, fromHistory = false): TransactItem {
    return factsUpdate(
      store,
      departement,
      youthId,
      fromHistory ? 'planFirstSignedOn = :signedOn' : 'planFirstSignedOn = if_not_exists(planFirstSignedOn, :signedOn)',
      {},
      { ':signedOn': signedOn },
    );
  },

  supportRequestItem(
    store: Store,
    departement: string,
    youthId: string,
    request: { id: string; kind: string; requestedOn: string },
  ): TransactItem {
    return factsUpdate(
      store,
      departement,
      youthId,
      '#request = :facts',
      { '#request': keys.indicatorSupportRequestAttribute(request.id) },
      { ':facts': { kind: request.kind, requestedOn: request.requestedOn } },
    );
  },

  supportDecisionItem(
    store: Store,
    departement: string,
    youthId: string,
    decision: { id: string; outcome: 'accordee' | 'refusee'; decidedOn: string },
  ): TransactItem {
    return factsUpdate(
      store,
      departement,
      youthId,
      '#decision = :facts',
      { '#decision': keys.indicatorSupportDecisionAttribute(decision.id) },
      { ':facts': { outcome: decision.outcome, decidedOn: decision.decidedOn } },
    );
  },

  /** The young person's check-in, once: a second answer (or a decline after an answer) is refused, nothing written. */
  async recordCheckIn(store: Store, departement: string, youthId: string, age: CheckInAge, outcome: CheckInOutcome): Promise<void> {
    const stored: { status: string; on: string; answers?: CheckInAnswers } = outcome;
    try {
      await transactWrite(store.db, [
        factsUpdate(
          store,
          departement,
          youthId,
          '#checkIn = :outcome',
          { '#checkIn': keys.indicatorCheckInAttribute(age) },
          { ':outcome': stored },
          'attribute_not_exists(#checkIn)',
        ),
      ]);
    } catch (error) {
      if (error instanceof TransactionCancelled && error.failedCondition(0))
        throw new RuleViolation('checkIn.alreadyDone', { cause: error });
      throw error;
    }
  },

  /** One young person's facts (their own check-ins, for their page). */
  async get(store: Store, departement: string, youthId: string): Promise<IndicatorFacts> {
    const result = await store.db.send(
      new GetCommand({
        TableName: store.tableName,
        Key: { pk: keys.youth(departement, youthId), sk: keys.indicatorFactsSk },
        ConsistentRead: true,
      }),
    );
    return readFacts(youthId, result.Item ?? {});
  },

  /** Every young person's facts in the département: one Query on gsi3, page after page (about 1 MB of facts a page). */
  async listForDepartement(store: Store, departement: string): Promise<IndicatorFacts[]> {
    const items = await queryAll(store, {
      IndexName: 'gsi3',
      KeyConditionExpression: 'gsi3pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.departementIndicators(departement) },
    });
    return items.flatMap((item) => (typeof item.youthId === 'string' ? [readFacts(item.youthId, item)] : []));
  },
};
