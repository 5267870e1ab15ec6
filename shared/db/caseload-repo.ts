import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import type { CaseloadFacts } from '../domain/caseload.js';
import type { OpenDeadlineAlert } from '../domain/deadline-alerts.js';
import { interviewFacts } from '../domain/interview-facts.js';
import { calendarDateSchema } from '../schemas/common.js';
import { openDeadlineAlertSchema } from '../schemas/deadlines.js';
import { batchGet } from './batch-get.js';
import { interviewRepo } from './interview-repo.js';
import { keys } from './keys.js';
import type { Store } from './store.js';
import { type YouthRecord, youthRepo } from './youth-repo.js';

const planFactsSchema = z.object({
  lastReviewedOn: calendarDateSchema,
  majorChangeOn: calendarDateSchema.nullable().default(null),
  goals: z.array(z.object({ actions: z.array(z.object({ dueOn: calendarDateSchema, status: z.string() })).default([]) })).default([]),
});
const interviewDatesSchema = z.object({ kind: z.string(), scheduledOn: z.string().nullable(), heldOn: z.string().nullable() });
const factsItemSchema = z.object({
  complete: z.boolean().default(false),
  lastJournalAt: z.string().nullable().default(null),
  openHelpAlerts: z.number().int().default(0),
});

function deadlineAlertsOf(item: Record<string, unknown>): OpenDeadlineAlert[] {
  return Object.entries(item)
    .filter(([name]) => name.startsWith(keys.caseloadFactsDeadlineAlertPrefix))
    .flatMap(([, value]) => openDeadlineAlertSchema.safeParse(value).data ?? []);
}

const openRgpdRequestFactSchema = z.object({ id: z.string(), dueOn: calendarDateSchema });

function rgpdRequestsOf(item: Record<string, unknown>): { id: string; dueOn: string }[] {
  return Object.entries(item)
    .filter(([name]) => name.startsWith(keys.caseloadFactsRgpdRequestPrefix))
    .flatMap(([, value]) => openRgpdRequestFactSchema.safeParse(value).data ?? []);
}

function interviewDatesOf(item: Record<string, unknown>) {
  return Object.entries(item)
    .filter(([name]) => name.startsWith('interview#'))
    .map(([, value]) => interviewDatesSchema.parse(value));
}

/**
 * Fills the summary of a file from before it existed, once: its interviews' dates and its
 * last journal entry, then `complete`. Writes made since by others only ever add to it.
 */
async function backfill(store: Store, youth: YouthRecord): Promise<Record<string, unknown>> {
  const pk = keys.youth(youth.departement, youth.id);
  const [interviews, lastEntry] = await Promise.all([
    interviewRepo.list(store, youth.departement, youth.id),
    store.db.send(
      new QueryCommand({
        TableName: store.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': pk, ':prefix': keys.journalPrefix },
        ProjectionExpression: 'createdAt',
        ScanIndexForward: false,
        Limit: 1,
      }),
    ),
  ]);
  const lastJournalAt = z.object({ createdAt: z.string() }).safeParse(lastEntry.Items?.[0]).data?.createdAt ?? null;
  const values: Record<string, unknown> = {
    complete: true,
    type: 'caseloadFacts',
    ...(lastJournalAt ? { lastJournalAt } : {}),
    ...Object.fromEntries(
      interviews.map((interview) => [
        keys.caseloadFactsInterviewAttribute(interview.id),
        { kind: interview.kind, scheduledOn: interview.scheduledOn, heldOn: interview.heldOn },
      ]),
    ),
  };
  const names = Object.keys(values);
  await store.db.send(
    new UpdateCommand({
      TableName: store.tableName,
      Key: { pk, sk: keys.caseloadFactsSk },
      UpdateExpression: `SET ${names.map((_, index) => `#a${index} = :v${index}`).join(', ')}`,
      ExpressionAttributeNames: Object.fromEntries(names.map((name, index) => [`#a${index}`, name])),
      ExpressionAttributeValues: Object.fromEntries(names.map((name, index) => [`:v${index}`, values[name]])),
    }),
  );
  return values;
}

/** What the dashboard's caseload needs, read in a number of requests that does not grow with each young person's records. */
export const caseloadRepo = {
  /**
   * The facts of every young person a referent or coordinateur follows: the caseload index
   * (Query, all pages), then the plan and the summary of each in BatchGetItem requests of
   * 100 keys (50 young people). A file from before the summary costs a few requests once.
   */
  async factsFor(store: Store, departement: string, staff: { role: 'referent' | 'coordinateur'; sub: string }): Promise<CaseloadFacts[]> {
    return caseloadRepo.factsOf(store, departement, await youthRepo.caseloadOf(store, departement, staff));
  },

  /** The same facts for files already read: one BatchGetItem per 50 of them. */
  async factsOf(store: Store, departement: string, profiles: readonly YouthRecord[]): Promise<CaseloadFacts[]> {
    const items = await batchGet(
      store,
      profiles.flatMap((youth) => [
        { pk: keys.youth(departement, youth.id), sk: keys.planSk },
        { pk: keys.youth(departement, youth.id), sk: keys.caseloadFactsSk },
      ]),
    );
    const find = (youthId: string, sk: string) => items.find((item) => item.pk === keys.youth(departement, youthId) && item.sk === sk);
    return Promise.all(
      profiles.map(async (youth): Promise<CaseloadFacts> => {
        const stored = find(youth.id, keys.caseloadFactsSk);
        const facts = stored && factsItemSchema.parse(stored).complete ? stored : await backfill(store, youth);
        const interviews = interviewDatesOf(facts);
        const plan = planFactsSchema.safeParse(find(youth.id, keys.planSk)).data ?? null;
        return {
          youthId: youth.id,
          firstName: youth.firstName,
          lastName: youth.lastName,
          birthDate: youth.birthDate,
          careStartDate: youth.careStartDate,
          careEndDate: youth.careEndDate,
          hasHousingSolution: youth.hasHousingSolution,
          entretien17: interviewFacts(interviews, 'entretien17'),
          followUp: interviewFacts(interviews, 'suivi'),
          plan: plan
            ? {
                lastReviewedOn: plan.lastReviewedOn,
                majorChangeOn: plan.majorChangeOn,
                actions: plan.goals.flatMap((goal) => goal.actions),
              }
            : null,
          lastJournalAt: factsItemSchema.parse(facts).lastJournalAt,
          openHelpAlerts: factsItemSchema.parse(facts).openHelpAlerts,
          deadlineAlerts: deadlineAlertsOf(facts),
          rgpdRequests: rgpdRequestsOf(facts),
        };
      }),
    );
  },
};
