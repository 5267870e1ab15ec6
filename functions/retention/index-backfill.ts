import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { committeeRepo } from '../../shared/db/committee-repo.js';
import { departementRegistryRepo } from '../../shared/db/departement-registry-repo.js';
import { markersIndexRepo } from '../../shared/db/markers-index-repo.js';
import { retentionRepo } from '../../shared/db/retention-repo.js';
import type { Store } from '../../shared/db/store.js';
import { youthRepo } from '../../shared/db/youth-repo.js';
import { parisDate } from '../../shared/domain/calendar-date.js';
import { activeSinceAtLeast } from '../../shared/domain/retention.js';

/**
 * Files every active file of a département that the retention index does not hold yet
 * (files created before it existed), from its creation or care end: the daily job reads
 * the contacts when it gets there. Reads the département's files a page at a time (its
 * index, never a Scan); an item already there is left as it is, so running it again
 * changes nothing. Returns how many files it filed.
 */
export async function backfillRetentionIndex(store: Store, departement: string): Promise<number> {
  await departementRegistryRepo.register(store, departement);
  const admin = { sub: 'retention-backfill', role: 'admin' as const, departement, name: null };
  let cursor: string | undefined;
  let filed = 0;
  do {
    const page = await youthRepo.listFor(store, admin, { cursor, limit: 100 });
    for (const youth of page.items) {
      const sinceOn = activeSinceAtLeast(parisDate(new Date(youth.createdAt)), youth.careEndDate);
      const put = retentionRepo.indexItem(store, departement, youth.id, 'actif', sinceOn).Put;
      if (!put) continue;
      try {
        await store.db.send(new PutCommand({ ...put, ConditionExpression: 'attribute_not_exists(pk)' }));
        filed += 1;
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
    }
    cursor = page.cursor ?? undefined;
  } while (cursor);
  return filed;
}

/**
 * Files every consultation of a département published before the publications' day index
 * existed, under the day it was published, so that the retention job deletes its markers
 * in time (at once when that day is more than `markersYears` ago). Reads the département's
 * committees and their consultations (Queries, never a Scan); an entry already there is
 * left as it is (done or not), so running it again changes nothing. Returns how many
 * published consultations it looked at.
 */
export async function backfillPublicationsIndex(store: Store, departement: string): Promise<number> {
  const admin = { sub: 'retention-backfill', role: 'admin' as const, departement, name: null };
  let published = 0;
  for (const committee of await committeeRepo.listForStaff(store, admin)) {
    for (const consultation of await committeeRepo.listConsultations(store, departement, committee.id)) {
      if (!consultation.publishedAt) continue;
      await markersIndexRepo.file(store, departement, committee.id, consultation.id, parisDate(new Date(consultation.publishedAt)));
      published += 1;
    }
  }
  return published;
}
