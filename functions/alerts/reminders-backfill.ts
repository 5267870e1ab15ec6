import { committeeRepo } from '../../shared/db/committee-repo.js';
import { departementRegistryRepo } from '../../shared/db/departement-registry-repo.js';
import { interviewRepo } from '../../shared/db/interview-repo.js';
import type { Store } from '../../shared/db/store.js';
import { youthRepo } from '../../shared/db/youth-repo.js';

/** What a backfill of the daily reminders' indexes changed: counts only. */
export interface ReminderIndexBackfill {
  /** Entretiens pour l'autonomie put in the index of the day they are planned for. */
  interviews: number;
  /** Consultations put in the indexes of the days they open and close. */
  consultations: number;
}

/**
 * Puts the records written before the daily reminders in their indexes: each entretien
 * planned and not held (by its day), each consultation (by the days it opens and closes).
 * Reads the département's files a page at a time and its committees (their indexes, never
 * a Scan); an item already indexed, or saved since it was read, is left as it is, so running
 * it again changes nothing.
 */
export async function backfillReminderIndexes(store: Store, departement: string): Promise<ReminderIndexBackfill> {
  await departementRegistryRepo.register(store, departement);
  const admin = { sub: 'reminders-backfill', role: 'admin' as const, departement, name: null };
  const done: ReminderIndexBackfill = { interviews: 0, consultations: 0 };
  let cursor: string | undefined;
  do {
    const page = await youthRepo.listFor(store, admin, { cursor, limit: 100 });
    for (const youth of page.items) {
      for (const interview of await interviewRepo.list(store, departement, youth.id)) {
        if (await interviewRepo.indexForReminders(store, departement, youth.id, interview)) done.interviews += 1;
      }
    }
    cursor = page.cursor ?? undefined;
  } while (cursor);
  for (const committee of await committeeRepo.listForStaff(store, admin)) {
    for (const consultation of await committeeRepo.listConsultations(store, departement, committee.id)) {
      if (await committeeRepo.indexForReminders(store, departement, consultation)) done.consultations += 1;
    }
  }
  return done;
}
