import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { parisDate } from '../domain/calendar-date.js';
import { APPLICATION_STATUSES } from '../domain/housing-application.js';
import {
  DEFAULT_RETENTION_SETTINGS,
  isPendingHousingApplication,
  type RetentionFacts,
  type RetentionSettings,
} from '../domain/retention.js';
import { calendarRepo } from './calendar-repo.js';
import { departementSettings } from './departement-settings.js';
import { keys } from './keys.js';
import { queryAll, queryDayIndexUpTo } from './query-page.js';
import type { Store } from './store.js';
import { type TransactItem, TransactionCancelled, transactWrite } from './transact.js';
import type { YouthRecord } from './youth-repo.js';

const storedSettingsSchema = z.object({
  activeYears: z.number().int().default(DEFAULT_RETENTION_SETTINGS.activeYears),
  intermediateYears: z.number().int().default(DEFAULT_RETENTION_SETTINGS.intermediateYears),
  markersYears: z.number().int().default(DEFAULT_RETENTION_SETTINGS.markersYears),
});

/** A département's retention periods; the CNIL's two years and Envol's ten until an admin saves them. */
export const retentionSettingsRepo = departementSettings<RetentionSettings>(keys.retentionSettingsSk, 'retentionSettings', (item) =>
  item ? storedSettingsSchema.parse(item) : DEFAULT_RETENTION_SETTINGS,
);

const supportStatusSchema = z.object({ status: z.string() });
const housingStatusSchema = z.object({ status: z.enum(APPLICATION_STATUSES) });
const interviewDatesSchema = z.object({
  kind: z.string().nullable().optional(),
  scheduledOn: z.string().nullable().optional(),
  heldOn: z.string().nullable().optional(),
});

/** Only what the rule reads of a partition's items, so that the job's reads stay small. */
async function itemsOf(store: Store, departement: string, youthId: string, prefix: string, projection: string) {
  return queryAll(store, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ProjectionExpression: projection,
    ExpressionAttributeNames: Object.fromEntries(projection.split(', ').map((name) => [`#${name.slice(1)}`, name.slice(1)])),
    ExpressionAttributeValues: { ':pk': keys.youth(departement, youthId), ':prefix': prefix },
  });
}

const indexLineSchema = z.object({ youthId: z.string(), state: z.enum(['actif', 'archive_intermediaire']), sinceOn: z.string() });
/** One file the retention index holds: its state and the day its period runs from. */
export type RetentionIndexLine = z.infer<typeof indexLineSchema>;

/**
 * The retention index: one item per file, kept by the writes that move its dates (the
 * file's creation, a new care end, the job itself), so that the daily job reads the files
 * due and nothing else.
 */
export const retentionRepo = {
  /**
   * The Put that files a young person under `state` from `sinceOn`; with `sinceOn` null the
   * item stays without index keys (care not ended: nothing to find until it is).
   */
  indexItem(
    store: Store,
    departement: string,
    youthId: string,
    state: 'actif' | 'archive_intermediaire',
    sinceOn: string | null,
  ): TransactItem {
    const item: Record<string, unknown> = {
      pk: keys.youth(departement, youthId),
      sk: keys.retentionSk,
      type: 'retention',
      youthId,
      state,
      sinceOn,
    };
    if (sinceOn !== null) {
      item.gsi3pk = keys.departementRetention(departement, state);
      item.gsi3sk = keys.retentionSort(sinceOn, youthId);
    }
    return { Put: { TableName: store.tableName, Item: item } };
  },

  /** The Delete of a file's index item (a file handed over or destroyed is no longer the job's). */
  deleteIndexItem(store: Store, departement: string, youthId: string): TransactItem {
    return { Delete: { TableName: store.tableName, Key: { pk: keys.youth(departement, youthId), sk: keys.retentionSk } } };
  },

  /**
   * The files of `state` whose index date is `onOrBefore` or earlier, oldest first, all
   * pages: one Query on the index, reading the files due and no other.
   */
  async dueOnOrBefore(
    store: Store,
    departement: string,
    state: 'actif' | 'archive_intermediaire',
    onOrBefore: string,
  ): Promise<RetentionIndexLine[]> {
    const items = await queryDayIndexUpTo(store, keys.departementRetention(departement, state), onOrBefore);
    return items.map((item) => indexLineSchema.parse(item));
  },

  /**
   * What the rule decides an active file on, besides its profile: whether a support
   * request awaits its decision, a housing application is under way, a follow-up
   * interview is scheduled and not held (three key-prefix Queries, projected).
   */
  async factsOf(store: Store, record: YouthRecord): Promise<RetentionFacts> {
    const [support, housing, interviews] = await Promise.all([
      // Decisions live under their request with no status: only requests carry one.
      itemsOf(store, record.departement, record.id, keys.supportPrefix, '#type, #status'),
      itemsOf(store, record.departement, record.id, keys.housingApplicationPrefix, '#status'),
      itemsOf(store, record.departement, record.id, keys.interviewPrefix, '#kind, #scheduledOn, #heldOn'),
    ]);
    return {
      createdOn: parisDate(new Date(record.createdAt)),
      lastContactOn: record.lastContactOn,
      careEndDate: record.careEndDate,
      reopenedOn: record.reopenedOn,
      pending: {
        supportRequest: support.some((item) => item.type === 'supportRequest' && supportStatusSchema.parse(item).status === 'en_attente'),
        housingApplication: housing.some((item) => isPendingHousingApplication(housingStatusSchema.parse(item).status)),
        followUpInterview: interviews.some((item) => {
          const interview = interviewDatesSchema.parse(item);
          return interview.kind === 'suivi' && Boolean(interview.scheduledOn) && !interview.heldOn;
        }),
      },
    };
  },

  /**
   * Moves an active file to the intermediate archive, as read in `record`: the profile
   * leaves the caseloads and the département's list for its archive (the indicators still
   * count it), its deadlines leave the calendar, the index files it under the archive from
   * today, and a lifecycle record says so. Refused (false, nothing written) when the file
   * changed since it was read, a contact included, or was archived already: the next run
   * decides again.
   */
  async archive(store: Store, record: YouthRecord, today: string, now: Date): Promise<boolean> {
    const pk = keys.youth(record.departement, record.id);
    const contactCondition =
      record.lastContactOn === null ? '(attribute_not_exists(lastContactOn) OR lastContactOn = :none)' : 'lastContactOn = :seen';
    try {
      await transactWrite(store.db, [
        {
          Update: {
            TableName: store.tableName,
            Key: { pk, sk: keys.profileSk },
            UpdateExpression: 'SET fileState = :archived, archivedOn = :today, gsi3pk = :archive REMOVE gsi1pk, gsi1sk, gsi2pk, gsi2sk',
            ConditionExpression: `version = :version AND (attribute_not_exists(fileState) OR fileState = :active) AND ${contactCondition}`,
            ExpressionAttributeValues: {
              ':archived': 'archive_intermediaire',
              ':active': 'actif',
              ':today': today,
              ':archive': keys.departementArchivedYouth(record.departement),
              ':version': record.version,
              ...(record.lastContactOn === null ? { ':none': null } : { ':seen': record.lastContactOn }),
            },
          },
        },
        retentionRepo.indexItem(store, record.departement, record.id, 'archive_intermediaire', today),
        {
          Put: {
            TableName: store.tableName,
            Item: {
              pk,
              sk: keys.lifecycleSk(today, 'archive_intermediaire'),
              type: 'lifecycle',
              from: 'actif',
              to: 'archive_intermediaire',
              on: today,
              at: now.toISOString(),
              // The daily job, under the département's retention settings: no person decided it.
              by: 'retention',
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        ...calendarRepo.syncItems(store, record, []),
      ]);
      return true;
    } catch (error) {
      if (error instanceof TransactionCancelled) return false;
      throw error;
    }
  },

  /**
   * Writes that the young person was in contact today, on their profile, once a day: a
   * single attribute, outside the version (a staff member's edit in progress is not
   * disturbed). False when it was already there (or the file is gone).
   */
  async recordContact(store: Store, departement: string, youthId: string, today: string): Promise<boolean> {
    try {
      await store.db.send(
        new UpdateCommand({
          TableName: store.tableName,
          Key: { pk: keys.youth(departement, youthId), sk: keys.profileSk },
          UpdateExpression: 'SET lastContactOn = :today',
          // Null on files created with the attribute and no contact yet.
          ConditionExpression:
            'attribute_exists(pk) AND (attribute_not_exists(lastContactOn) OR lastContactOn = :none OR lastContactOn < :today)',
          ExpressionAttributeValues: { ':today': today, ':none': null },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  },
};
