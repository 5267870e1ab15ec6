import { calendarSyncItems } from '../../shared/db/calendar-sync.js';
import { departementRegistryRepo } from '../../shared/db/departement-registry-repo.js';
import type { Store } from '../../shared/db/store.js';
import { transactWrite } from '../../shared/db/transact.js';
import { youthRepo } from '../../shared/db/youth-repo.js';

/**
 * Puts every file of a département in the deadlines calendar (and the département in the
 * alerts job's list): for files created before the calendar existed, and after a change
 * of the département's interview settings, which moves every entretien's target. Reads the
 * département's files a page at a time (the département index, never a Scan); each file's
 * calendar is rewritten from its records, so running it again changes nothing.
 * Returns how many files it went through.
 */
export async function backfillCalendar(store: Store, departement: string): Promise<number> {
  await departementRegistryRepo.register(store, departement);
  const admin = { sub: 'calendar-backfill', role: 'admin' as const, departement, name: null };
  let cursor: string | undefined;
  let count = 0;
  do {
    const page = await youthRepo.listFor(store, admin, { cursor, limit: 100 });
    for (const youth of page.items) {
      const items = await calendarSyncItems(store, { departement, youthId: youth.id }, { profile: youth });
      if (items.length > 0) await transactWrite(store.db, items);
    }
    count += page.items.length;
    cursor = page.cursor ?? undefined;
  } while (cursor);
  return count;
}
