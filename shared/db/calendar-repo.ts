import * as z from 'zod';
import { CALENDAR_KINDS, type CalendarEntry, calendarMonth, monthsBetween } from '../domain/deadline-calendar.js';
import { calendarDateSchema } from '../schemas/common.js';
import { keys } from './keys.js';
import { type IndexPartition, type Page, type PageRequest, queryAll, queryIndexPage } from './query-page.js';
import type { Store } from './store.js';
import type { TransactItem } from './transact.js';

/** What a calendar item says of its young person: enough to show the line, no content. */
export interface CalendarYouth {
  departement: string;
  id: string;
  firstName: string;
  lastName: string;
  referentId: string;
  coordinateurId: string;
}

const kindSchema = z.enum(CALENDAR_KINDS as ['entretien17', 'suivi', 'planReview', 'careEnd', 'age18', 'age21']);

const storedEntrySchema = z.object({
  youthId: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  kind: kindSchema,
  dueOn: calendarDateSchema,
  done: z.boolean(),
  lapsesOn: calendarDateSchema.nullable().default(null),
});
/** One line of the calendar: a young person's deadline. */
export type CalendarLine = z.infer<typeof storedEntrySchema>;

/** Whose month to read: one staff member's caseload, or the whole département. */
export type CalendarScope =
  | { kind: 'referent'; departement: string; sub: string }
  | { kind: 'coordinateur'; departement: string; sub: string }
  | { kind: 'departement'; departement: string };

function partitionOf(scope: CalendarScope, month: string): IndexPartition {
  switch (scope.kind) {
    case 'referent':
      return { index: 'gsi1', value: keys.referentCalendar(scope.departement, scope.sub, month) };
    case 'coordinateur':
      return { index: 'gsi2', value: keys.coordinateurCalendar(scope.departement, scope.sub, month) };
    default:
      return { index: 'gsi3', value: keys.departementCalendar(scope.departement, month) };
  }
}

/** The calendar index: each young person's deadlines, by département and month, kept by the writes that move them. */
export const calendarRepo = {
  /**
   * The transaction parts that make a young person's calendar say `entries`: a Put per
   * deadline (its index keys follow its month and the binôme) and a Delete per kind it no
   * longer has. Written with the change that moves a date, in the same transaction.
   */
  syncItems(store: Store, youth: CalendarYouth, entries: readonly CalendarEntry[]): TransactItem[] {
    const pk = keys.youth(youth.departement, youth.id);
    return CALENDAR_KINDS.map((kind): TransactItem => {
      const entry = entries.find((candidate) => candidate.kind === kind);
      if (!entry) return { Delete: { TableName: store.tableName, Key: { pk, sk: keys.calendarSk(kind) } } };
      const month = calendarMonth(entry.dueOn);
      const sort = keys.calendarSort(entry.dueOn, youth.id, kind);
      return {
        Put: {
          TableName: store.tableName,
          Item: {
            pk,
            sk: keys.calendarSk(kind),
            type: 'calendarEntry',
            youthId: youth.id,
            firstName: youth.firstName,
            lastName: youth.lastName,
            ...entry,
            gsi1pk: keys.referentCalendar(youth.departement, youth.referentId, month),
            gsi1sk: sort,
            gsi2pk: keys.coordinateurCalendar(youth.departement, youth.coordinateurId, month),
            gsi2sk: sort,
            gsi3pk: keys.departementCalendar(youth.departement, month),
            gsi3sk: sort,
          },
        },
      };
    });
  },

  /** One page of a month's deadlines for `scope`, by date. */
  month(store: Store, scope: CalendarScope, month: string, page: PageRequest): Promise<Page<CalendarLine>> {
    return queryIndexPage(
      store,
      {
        partition: partitionOf(scope, month),
        sortKeyPrefix: `${month}-`,
        tableKey: { pk: { startsWith: keys.youth(scope.departement, '') }, sk: { startsWith: keys.calendarPrefix } },
      },
      page,
      (item) => storedEntrySchema.parse(item),
    );
  },

  /**
   * Every deadline of the département dated `from` to `to`: one Query per month of the
   * window, reading only the dates in it, so the cost follows what is due, not the table.
   */
  async dueBetween(store: Store, departement: string, from: string, to: string): Promise<CalendarLine[]> {
    const lines: CalendarLine[] = [];
    for (const month of monthsBetween(from, to)) {
      const items = await queryAll(store, {
        IndexName: 'gsi3',
        KeyConditionExpression: 'gsi3pk = :pk AND gsi3sk BETWEEN :from AND :to',
        // `~` sorts after every character of an id: the whole last day is in.
        ExpressionAttributeValues: { ':pk': keys.departementCalendar(departement, month), ':from': from, ':to': `${to}~` },
      });
      lines.push(...items.map((item) => storedEntrySchema.parse(item)));
    }
    return lines;
  },
};
