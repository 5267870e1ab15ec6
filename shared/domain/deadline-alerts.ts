import { addDays } from './calendar-date.js';
import { type CalendarEntry, type CalendarKind, TASK_KINDS } from './deadline-calendar.js';

/** `bientot`: due within its notice; `en_retard`: a task whose date has passed undone. */
export type DeadlineAlertStage = 'bientot' | 'en_retard';
export const DEADLINE_ALERT_STAGES: readonly DeadlineAlertStage[] = ['bientot', 'en_retard'];

/**
 * How many days ahead each deadline is announced. The interviews and the plan review
 * leave two weeks to book a meeting; the end of care, 18 and 21 a month, to prepare the
 * support request or the exit that comes with them.
 */
export const ALERT_NOTICE_DAYS: Record<CalendarKind, number> = {
  entretien17: 14,
  suivi: 14,
  planReview: 14,
  careEnd: 30,
  age18: 30,
  age21: 30,
};

/**
 * A late task is still alerted when the job runs up to this many days after its date,
 * so that a job that did not run for a few days catches up; older lateness was alerted
 * when it happened (and stays visible in « Mon suivi » as late).
 */
export const ALERT_CATCH_UP_DAYS = 7;

/** The dates the job reads from the calendar index on `today`: what is due or late, nothing else. */
export function alertWindow(today: string): { from: string; to: string } {
  return { from: addDays(today, -ALERT_CATCH_UP_DAYS), to: addDays(today, Math.max(...Object.values(ALERT_NOTICE_DAYS))) };
}

export interface DeadlineAlert {
  /** Derived from what the alert is about, so a second run finds it already written. */
  id: string;
  youthId: string;
  kind: CalendarKind;
  dueOn: string;
  stage: DeadlineAlertStage;
}

/** The id of the alert about one deadline at one stage: the same on every run. */
export function deadlineAlertId(kind: CalendarKind, dueOn: string, stage: DeadlineAlertStage): string {
  return `${kind}_${dueOn}_${stage}`;
}

/** The stage of `entry` on `today`, or null when nothing is to be said about it today. */
export function alertStage(entry: CalendarEntry, today: string): DeadlineAlertStage | null {
  if (entry.done) return null;
  if (entry.lapsesOn !== null && today >= entry.lapsesOn) return null;
  if (entry.dueOn >= today) return entry.dueOn <= addDays(today, ALERT_NOTICE_DAYS[entry.kind]) ? 'bientot' : null;
  // Dates of the path simply pass; only a task can be late.
  if (!TASK_KINDS.has(entry.kind)) return null;
  return entry.dueOn >= addDays(today, -ALERT_CATCH_UP_DAYS) ? 'en_retard' : null;
}

/**
 * The alerts one young person's deadlines call for on `today`: each deadline due within
 * its notice (`bientot`), each task whose date passed undone within the catch-up days
 * (`en_retard`). Pure: the job writes them with a condition, so writing the same list
 * twice creates nothing the second time.
 */
export function alertsDue(youthId: string, entries: readonly CalendarEntry[], today: string): DeadlineAlert[] {
  return entries.flatMap((entry) => {
    const stage = alertStage(entry, today);
    return stage ? [{ id: deadlineAlertId(entry.kind, entry.dueOn, stage), youthId, kind: entry.kind, dueOn: entry.dueOn, stage }] : [];
  });
}

/** An open alert as « Mon suivi » shows it. */
export interface OpenDeadlineAlert {
  id: string;
  kind: CalendarKind;
  dueOn: string;
  stage: DeadlineAlertStage;
  raisedOn: string;
}

/**
 * The open alerts still worth showing: those about a deadline still owed on the date it
 * was alerted for. An interview held since, or a date moved, leaves the old alert
 * without object; it no longer shows (it stays in the file's list).
 */
export function stillRelevantAlerts<T extends OpenDeadlineAlert>(
  alerts: readonly T[],
  owed: readonly { kind: CalendarKind; dueOn: string }[],
): T[] {
  return alerts
    .filter((alert) => owed.some((deadline) => deadline.kind === alert.kind && deadline.dueOn === alert.dueOn))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.id.localeCompare(b.id));
}
