import { GetCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { calendarEntries } from '../domain/deadline-calendar.js';
import { type InterviewDates, interviewFacts } from '../domain/interview-facts.js';
import { calendarDateSchema } from '../schemas/common.js';
import { type CalendarYouth, calendarRepo } from './calendar-repo.js';
import { keys } from './keys.js';
import { queryAllByPrefix } from './query-page.js';
import { interviewSettingsRepo } from './settings-repo.js';
import type { Store } from './store.js';
import type { TransactItem } from './transact.js';

/** The profile's fields the calendar is computed from and shows. */
export interface CalendarProfile extends CalendarYouth {
  birthDate: string;
  careStartDate: string | null;
  careEndDate: string | null;
}

/** What the plan gives the calendar: its review dates. */
export interface PlanReviewDates {
  lastReviewedOn: string;
  majorChangeOn: string | null;
}

const profileSchema = z.object({
  departement: z.string(),
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  referentId: z.string(),
  coordinateurId: z.string(),
  birthDate: calendarDateSchema,
  careStartDate: calendarDateSchema.nullable().default(null),
  careEndDate: calendarDateSchema.nullable().default(null),
});
const interviewDatesSchema = z.object({ kind: z.string(), scheduledOn: z.string().nullable(), heldOn: z.string().nullable() });
const planDatesSchema = z.object({ lastReviewedOn: calendarDateSchema, majorChangeOn: calendarDateSchema.nullable().default(null) });

/**
 * The transaction parts that bring a young person's calendar in line with a write about
 * to be made. The write passes what it changes (the profile as it will be, the interviews
 * as they will be, the plan as it will be); the rest is read: the profile, the interviews'
 * dates, the plan's review dates and the département's interview settings (2 to 4 reads).
 */
export async function calendarSyncItems(
  store: Store,
  target: { departement: string; youthId: string },
  known: { profile?: CalendarProfile; interviews?: readonly InterviewDates[]; plan?: PlanReviewDates | null } = {},
): Promise<TransactItem[]> {
  const pk = keys.youth(target.departement, target.youthId);
  const [profile, interviews, plan, settings] = await Promise.all([
    known.profile ??
      store.db
        .send(new GetCommand({ TableName: store.tableName, Key: { pk, sk: keys.profileSk }, ConsistentRead: true }))
        .then((result) => (result.Item ? profileSchema.parse(result.Item) : null)),
    known.interviews ??
      queryAllByPrefix(store, pk, keys.interviewPrefix).then((items) => items.map((item) => interviewDatesSchema.parse(item))),
    known.plan !== undefined
      ? known.plan
      : store.db
          .send(new GetCommand({ TableName: store.tableName, Key: { pk, sk: keys.planSk } }))
          .then((result) => (result.Item ? planDatesSchema.parse(result.Item) : null)),
    interviewSettingsRepo.get(store, target.departement),
  ]);
  // No profile: the write itself will fail on its own condition; nothing to index.
  if (!profile) return [];
  const entries = calendarEntries(
    {
      birthDate: profile.birthDate,
      careStartDate: profile.careStartDate,
      careEndDate: profile.careEndDate,
      entretien17: interviewFacts(interviews, 'entretien17'),
      followUp: interviewFacts(interviews, 'suivi'),
      plan,
    },
    settings,
  );
  return calendarRepo.syncItems(store, profile, entries);
}
