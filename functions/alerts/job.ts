import { calendarRepo } from '../../shared/db/calendar-repo.js';
import { caseloadRepo } from '../../shared/db/caseload-repo.js';
import { deadlineAlertRepo } from '../../shared/db/deadline-alert-repo.js';
import { departementRegistryRepo } from '../../shared/db/departement-registry-repo.js';
import { interviewSettingsRepo } from '../../shared/db/settings-repo.js';
import type { Store } from '../../shared/db/store.js';
import { youthRepo } from '../../shared/db/youth-repo.js';
import { parisDate } from '../../shared/domain/calendar-date.js';
import { alertsDue, alertWindow } from '../../shared/domain/deadline-alerts.js';
import { calendarEntries } from '../../shared/domain/deadline-calendar.js';
import { staffDueFromAlerts } from '../../shared/domain/reminders.js';
import { runEachDepartement } from '../each-departement.js';
import { type DailyRemindersRun, writeDailyReminders } from './daily-reminders.js';

/** What one département's run did: counts only, never who. */
export interface DepartementRun {
  departement: string;
  ok: boolean;
  /** Young people with a deadline in the window. */
  youngPeople: number;
  /** Alerts their deadlines call for today. */
  due: number;
  /** Written by this run. */
  created: number;
  /** Already written by an earlier (or concurrent) run. */
  existing: number;
  /** The day's reminders by SMS and e-mail (to the young people, and the staff digest). */
  reminders: DailyRemindersRun;
}

export interface AlertsRun {
  today: string;
  departements: DepartementRun[];
}

/**
 * One département: the calendar index for the window (what is due or late, nothing else),
 * then, for the young people found, their files read again in batches so that a date
 * changed since the index was written decides, then each alert written once; then the
 * day's reminders (functions/alerts/daily-reminders.ts), the staff digest counting the
 * alerts raised today. Reminders ride on this job rather than a schedule of their own: the
 * digest needs the alerts of the same day written first, and one daily run per
 * département keeps one retry story (both writes are idempotent).
 */
export async function runForDepartement(store: Store, departement: string, today: string, now: Date): Promise<DepartementRun> {
  const window = alertWindow(today);
  const lines = await calendarRepo.dueBetween(store, departement, window.from, window.to);
  const youthIds = [...new Set(lines.map((line) => line.youthId))];
  const [settings, profiles] = await Promise.all([
    interviewSettingsRepo.get(store, departement),
    youthRepo.getMany(store, departement, youthIds),
  ]);
  const facts = await caseloadRepo.factsOf(store, departement, profiles);
  const alerts = facts.flatMap((youth) =>
    alertsDue(
      youth.youthId,
      calendarEntries(
        { ...youth, plan: youth.plan ? { lastReviewedOn: youth.plan.lastReviewedOn, majorChangeOn: youth.plan.majorChangeOn } : null },
        settings,
      ),
      today,
    ),
  );
  let created = 0;
  // The alerts raised today, per file: those this run wrote and those an earlier run of today did.
  const raisedToday = new Map(
    facts.map((youth) => [
      youth.youthId,
      new Set(youth.deadlineAlerts.filter((alert) => alert.raisedOn === today).map((alert) => alert.id)),
    ]),
  );
  for (const alert of alerts) {
    if (await deadlineAlertRepo.raise(store, departement, alert, today)) {
      created += 1;
      raisedToday.get(alert.youthId)?.add(alert.id);
    }
  }
  const staffDue = staffDueFromAlerts(
    profiles.map((youth) => ({
      referentId: youth.referentId,
      coordinateurId: youth.coordinateurId,
      alertsRaisedToday: raisedToday.get(youth.id)?.size ?? 0,
    })),
  );
  const reminders = await writeDailyReminders(store, departement, staffDue, today, now);
  return { departement, ok: true, youngPeople: youthIds.length, due: alerts.length, created, existing: alerts.length - created, reminders };
}

/**
 * The daily deadline alerts job: every registered département (or those given), a few at
 * a time; one département failing is logged and reported and does not stop the others.
 * Logs carry counts and département codes only.
 */
export async function runAlertsJob(
  store: Store,
  now: Date,
  options: { departements?: readonly string[]; runDepartement?: typeof runForDepartement } = {},
): Promise<AlertsRun> {
  const today = parisDate(now);
  const departements = options.departements ?? (await departementRegistryRepo.list(store));
  const run = options.runDepartement ?? runForDepartement;
  const results = await runEachDepartement(departements, (departement) => run(store, departement, today, now), {
    done: 'Deadline alerts written',
    failed: 'Deadline alerts failed for a département',
    failedRun: (departement) => ({
      departement,
      ok: false,
      youngPeople: 0,
      due: 0,
      created: 0,
      existing: 0,
      reminders: { planned: 0, written: 0 },
    }),
  });
  return { today, departements: results };
}
