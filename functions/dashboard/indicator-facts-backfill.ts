import { indicatorFactsRepo } from '../../shared/db/indicator-facts-repo.js';
import { interviewRepo } from '../../shared/db/interview-repo.js';
import { planRepo } from '../../shared/db/plan-repo.js';
import type { Store } from '../../shared/db/store.js';
import { supportRepo } from '../../shared/db/support-repo.js';
import { type TransactItem, transactWrite } from '../../shared/db/transact.js';
import { youthRepo } from '../../shared/db/youth-repo.js';
import { parisDate } from '../../shared/domain/calendar-date.js';

/**
 * Writes the indicator facts (docs/data-model.md, I1) of every file of a département from
 * the records themselves: for interviews, signatures, support requests and decisions written
 * before the facts existed. Reads the département's files a page at a time (the département
 * index, never a Scan) and each file's interviews, plan history and support requests; every
 * part is set to what the records say, so running it again changes nothing. Check-ins are not
 * touched: they only ever lived in the facts. Returns how many files it went through.
 */
export async function backfillIndicatorFacts(store: Store, departement: string): Promise<number> {
  const admin = { sub: 'indicators-backfill', role: 'admin' as const, departement, name: null };
  let cursor: string | undefined;
  let count = 0;
  do {
    const page = await youthRepo.listFor(store, admin, { cursor, limit: 100 });
    for (const youth of page.items) {
      const [interviews, history, requests] = await Promise.all([
        interviewRepo.list(store, departement, youth.id),
        planRepo.history(store, departement, youth.id),
        supportRepo.list(store, departement, youth.id),
      ]);
      const firstSigned = history.find((version) => version.event === 'signed');
      const items: TransactItem[] = [
        ...interviews.map((interview) => indicatorFactsRepo.interviewItem(store, departement, youth.id, interview)),
        ...(firstSigned
          ? [indicatorFactsRepo.planSignedItem(store, departement, youth.id, parisDate(new Date(firstSigned.at)), true)]
          : []),
        ...requests.flatMap((request) => [
          indicatorFactsRepo.supportRequestItem(store, departement, youth.id, {
            id: request.id,
            kind: request.kind,
            requestedOn: parisDate(new Date(request.requestedAt)),
          }),
          ...request.decisions.map((decision) => indicatorFactsRepo.supportDecisionItem(store, departement, youth.id, decision)),
        ]),
      ];
      // Each item updates the same facts item: one transaction cannot touch it twice, so one write each.
      for (const item of items) await transactWrite(store.db, [item]);
    }
    count += page.items.length;
    cursor = page.cursor ?? undefined;
  } while (cursor);
  return count;
}
