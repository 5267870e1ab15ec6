import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { keys } from './keys.js';
import { queryDayIndexUpTo } from './query-page.js';
import type { Store } from './store.js';

const publicationLineSchema = z.object({ committeeId: z.string(), consultationId: z.string(), publishedOn: z.string() });
/** A published consultation whose markers the retention job will delete. */
export type PublicationLine = z.infer<typeof publicationLineSchema>;

/**
 * The publications' day index (main table): one item per published consultation, written
 * at its first publication, so that the daily retention job finds the consultations whose
 * markers are due by one Query, its cost growing with them and not with the table.
 */
export const markersIndexRepo = {
  /** Files a consultation under the day it was published; once only (an item there, done or not, is kept). */
  async file(store: Store, departement: string, committeeId: string, consultationId: string, publishedOn: string): Promise<void> {
    try {
      await store.db.send(
        new PutCommand({
          TableName: store.tableName,
          Item: {
            pk: keys.committee(departement, committeeId),
            sk: keys.markersIndexSk(consultationId),
            type: 'markersIndex',
            committeeId,
            consultationId,
            publishedOn,
            gsi3pk: keys.departementPublications(departement),
            gsi3sk: keys.publicationSort(publishedOn, committeeId, consultationId),
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  },

  /** The consultations published on `onOrBefore` or earlier whose markers are still there, all pages. */
  async dueOnOrBefore(store: Store, departement: string, onOrBefore: string): Promise<PublicationLine[]> {
    const items = await queryDayIndexUpTo(store, keys.departementPublications(departement), onOrBefore);
    return items.map((item) => publicationLineSchema.parse(item));
  },

  /** Takes a consultation out of the index once its markers are deleted, saying when (the item stays: no second filing). */
  async markDeleted(store: Store, departement: string, line: PublicationLine, today: string): Promise<void> {
    await store.db.send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: { pk: keys.committee(departement, line.committeeId), sk: keys.markersIndexSk(line.consultationId) },
        UpdateExpression: 'SET markersDeletedOn = :today REMOVE gsi3pk, gsi3sk',
        ExpressionAttributeValues: { ':today': today },
      }),
    );
  },
};
