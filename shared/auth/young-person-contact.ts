import { retentionRepo } from '../db/retention-repo.js';
import type { YouthRecord } from '../db/youth-repo.js';
import { parisDate } from '../domain/calendar-date.js';
import { isContactToRecord } from '../domain/retention.js';
import type { Deps } from '../http/app-env.js';
import { logger } from '../http/logger.js';
import type { Principal } from './principal.js';

/**
 * Notes that the young person themself came to their file today (a sign-in, a message, an
 * answer, a request: every request of theirs opens their file), which starts their file's
 * two years in the active base again. One write a day at most; staff never count.
 * A write that fails is logged and does not fail the young person's request: the next one
 * writes it.
 */
export async function noteYoungPersonContact(deps: Deps, principal: Principal, record: YouthRecord): Promise<void> {
  if (principal.role !== 'jeune' || principal.sub !== record.accountSub || principal.departement !== record.departement) return;
  const today = parisDate(deps.now());
  if (!isContactToRecord(record.lastContactOn, today)) return;
  try {
    await retentionRepo.recordContact(deps.store, record.departement, record.id, today);
  } catch (error) {
    // The error's name only: SDK messages can quote keys, and keys hold ids.
    logger.warn('The young person’s contact could not be recorded', { error: error instanceof Error ? error.name : 'unknown' });
  }
}
