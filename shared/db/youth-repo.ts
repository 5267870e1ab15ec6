import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import type { Principal } from '../auth/principal.js';
import { ulid } from '../crypto/ulid.js';
import { parisDate } from '../domain/calendar-date.js';
import { AlreadyExists, NotFound, VersionConflict } from '../domain/errors.js';
import { activeSinceAtLeast } from '../domain/retention.js';
import { calendarDateSchema } from '../schemas/common.js';
import { type CreateYouthInput, type SetTrustedPersonInput, type UpdateYouthInput, youthSchema } from '../schemas/youth.js';
import { auditRepo } from './audit-repo.js';
import { batchGet } from './batch-get.js';
import { calendarSyncItems } from './calendar-sync.js';
import { caseloadFactsRepo } from './caseload-facts-repo.js';
import type { CursorShape } from './cursor.js';
import { departementRegistryRepo } from './departement-registry-repo.js';
import { foldForSort, keys } from './keys.js';
import { type IndexPartition, indexPartitionQuery, type PageRequest, queryAll, queryIndexPage } from './query-page.js';
import { retentionRepo } from './retention-repo.js';
import type { Store } from './store.js';
import { type TransactItem, TransactionCancelled, transactWrite, transactWriteVersioned } from './transact.js';
import { fromWireFormat } from './wire-format.js';

/**
 * The profile's attribute in which the housing area keeps what counts as a housing
 * solution: the ids of the applications that do, and `NOT_NEEDED_SOLUTION` for a shared
 * « pas besoin ». A set, changed only by ADD and DELETE (`housingSolutionUpdate`), never
 * by the profile's own updates, which SET the record's fields only.
 */
const HOUSING_SOLUTIONS = 'housingSolutions';
export const NOT_NEEDED_SOLUTION = 'pas-besoin';

/**
 * The API's file without what is derived at read time (key dates). Files created before
 * the admission date, the personne de confiance and the exit situation existed read them
 * as null. `hasHousingSolution` is read from the housing area's set.
 */
const youthRecordSchema = youthSchema
  .omit({ keyDates: true, hasHousingSolution: true })
  .extend({
    careStartDate: youthSchema.shape.careStartDate.default(null),
    trustedPerson: youthSchema.shape.trustedPerson.default(null),
    exitSituation: youthSchema.shape.exitSituation.default(null),
    fileState: youthSchema.shape.fileState.default('actif'),
    archivedOn: youthSchema.shape.archivedOn.default(null),
    /** The last day the young person themself used Envol (retention); never shown to staff. */
    lastContactOn: calendarDateSchema.nullable().default(null),
    /** The last day the file came back from the intermediate archive (retention): its active period starts again. */
    reopenedOn: calendarDateSchema.nullable().default(null),
    [HOUSING_SOLUTIONS]: z.set(z.string()).optional(),
  })
  .transform(({ [HOUSING_SOLUTIONS]: solutions, ...record }) => ({ ...record, hasHousingSolution: (solutions?.size ?? 0) > 0 }));
/** The part of a profile the exit indicators count (files from before a field read it as null). */
const indicatorProfileSchema = z.object({
  id: z.string(),
  referentId: z.string(),
  birthDate: z.string(),
  careStartDate: z.string().nullable().default(null),
  careEndDate: z.string().nullable().default(null),
  exitSituation: youthSchema.shape.exitSituation.default(null),
});

/** A young person's profile as stored (key dates are derived, not stored). */
export type YouthRecord = z.infer<typeof youthRecordSchema>;

const accountLinkSchema = z.object({ youthId: z.string() });

/**
 * The retention index item of an active file as its dates stand: from its creation or
 * its care end (a lower bound of the day its active period runs from; the daily job reads
 * the last contact when it gets there).
 */
function retentionIndexOf(store: Store, record: YouthRecord): TransactItem {
  return retentionRepo.indexItem(
    store,
    record.departement,
    record.id,
    'actif',
    activeSinceAtLeast(parisDate(new Date(record.createdAt)), record.careEndDate),
  );
}

/** The profile's fields the deadlines calendar is computed from or shows: a change to one moves it in the same transaction. */
const CALENDAR_FIELDS = ['birthDate', 'careStartDate', 'careEndDate', 'firstName', 'lastName', 'referentId', 'coordinateurId'] as const;

/**
 * Index keys that place the profile in its referent's, coordinateur's and département's
 * lists. An archived file is in none of them: only in the département's archive, which
 * the indicators count and admins read.
 */
function indexKeys(record: YouthRecord) {
  const sort = keys.caseloadSort(record.lastName, record.firstName, record.id);
  return {
    gsi1pk: keys.referentCaseload(record.departement, record.referentId),
    gsi1sk: sort,
    gsi2pk: keys.coordinateurCaseload(record.departement, record.coordinateurId),
    gsi2sk: sort,
    gsi3pk: keys.departementYouth(record.departement),
    gsi3sk: sort,
  };
}

function profileItem(record: YouthRecord) {
  // A new file has no housing solution: the housing area's set is created by its first ADD.
  const { hasHousingSolution: _derived, ...stored } = record;
  return { pk: keys.youth(record.departement, record.id), sk: keys.profileSk, type: 'youth', ...stored, ...indexKeys(record) };
}

/** SET of every mutable attribute; an Update (not a Put) keeps attributes other features add. */
function setExpression(record: YouthRecord) {
  const {
    id: _id,
    departement: _departement,
    accountSub: _accountSub,
    createdAt: _createdAt,
    hasHousingSolution: _derived,
    // Kept by the retention rules (the young person's contact, the daily job), never by an edit.
    lastContactOn: _lastContactOn,
    fileState: _fileState,
    archivedOn: _archivedOn,
    reopenedOn: _reopenedOn,
    ...mutable
  } = record;
  const values = { ...mutable, ...indexKeys(record) };
  const names = Object.keys(values);
  return {
    UpdateExpression: `SET ${names.map((name) => `#${name} = :${name}`).join(', ')}`,
    ExpressionAttributeNames: Object.fromEntries(names.map((name) => [`#${name}`, name])),
    ExpressionAttributeValues: {
      ...Object.fromEntries(Object.entries(values).map(([name, value]) => [`:${name}`, value])),
      ':expected': record.version - 1,
    },
  };
}

/** A profile's table key, as the cursor of an index of profiles carries it (the last profile read). */
function profileKeyOf(departement: string): CursorShape {
  return { pk: { startsWith: keys.youth(departement, '') }, sk: { equals: keys.profileSk } };
}

const storedVersionSchema = z.object({ version: z.number().int() });

/** The version of the item a cancelled transaction found (cancellation reasons come in wire format). */
function versionOf(item: Record<string, unknown> | undefined): number | undefined {
  return item ? storedVersionSchema.safeParse(fromWireFormat(item)).data?.version : undefined;
}

/** Young people's profiles and the link from their own login to their file. */
export const youthRepo = {
  /** Creates the profile, the account link (one file per login) and the audit entry at once. */
  async create(store: Store, admin: Principal, input: CreateYouthInput, now: Date): Promise<YouthRecord> {
    const record: YouthRecord = {
      id: ulid(now.getTime()),
      departement: admin.departement,
      firstName: input.firstName,
      lastName: input.lastName,
      birthDate: input.birthDate,
      careStartDate: input.careStartDate ?? null,
      careEndDate: input.careEndDate ?? null,
      trustedPerson: null,
      exitSituation: null,
      accountSub: input.accountSub,
      referentId: input.referentId,
      coordinateurId: input.coordinateurId,
      hasHousingSolution: false,
      fileState: 'actif',
      archivedOn: null,
      lastContactOn: null,
      reopenedOn: null,
      version: 1,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    const calendar = await calendarSyncItems(
      store,
      { departement: record.departement, youthId: record.id },
      { profile: record, interviews: [], plan: null },
    );
    try {
      await transactWrite(store.db, [
        { Put: { TableName: store.tableName, Item: profileItem(record), ConditionExpression: 'attribute_not_exists(pk)' } },
        {
          Put: {
            TableName: store.tableName,
            Item: {
              pk: keys.account(record.departement, record.accountSub),
              sk: keys.accountSk,
              type: 'accountLink',
              youthId: record.id,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        auditRepo.putItem(store, admin, record.id, 'profile.create', now),
        caseloadFactsRepo.createItem(store, record.departement, record.id),
        ...calendar,
        retentionIndexOf(store, record),
      ]);
    } catch (error) {
      if (error instanceof TransactionCancelled && error.failedCondition(1)) {
        throw new AlreadyExists('account.alreadyLinked', {
          cause: error,
          details: [{ path: 'accountSub', message: 'Compte déjà utilisé' }],
        });
      }
      throw error;
    }
    // Outside the transaction: every creation would otherwise contend for this one item.
    await departementRegistryRepo.register(store, record.departement);
    return record;
  },

  async get(store: Store, departement: string, youthId: string): Promise<YouthRecord | null> {
    const result = await store.db.send(
      // Consistent: access follows a change of binôme on the very next request.
      new GetCommand({
        TableName: store.tableName,
        Key: { pk: keys.youth(departement, youthId), sk: keys.profileSk },
        ConsistentRead: true,
      }),
    );
    return result.Item ? youthRecordSchema.parse(result.Item) : null;
  },

  /** The file of the young person who owns this login, if any. */
  async getByAccount(store: Store, departement: string, accountSub: string): Promise<YouthRecord | null> {
    const link = await store.db.send(
      new GetCommand({ TableName: store.tableName, Key: { pk: keys.account(departement, accountSub), sk: keys.accountSk } }),
    );
    if (!link.Item) return null;
    return youthRepo.get(store, departement, accountSubLink(link.Item));
  },

  /**
   * Applies `changes` if the stored version is still `changes.version`; writes the
   * audit entry in the same transaction. A stale version changes nothing.
   */
  async update(
    store: Store,
    actor: Principal,
    current: YouthRecord,
    changes: UpdateYouthInput | SetTrustedPersonInput,
    now: Date,
    options: { audited: boolean; auditAction?: 'profile.update' | 'binome.assign' } = { audited: true },
  ): Promise<YouthRecord> {
    const { version: expectedVersion, ...fields } = changes;
    const next: YouthRecord = {
      ...current,
      ...Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)),
      version: expectedVersion + 1,
      updatedAt: now.toISOString(),
    };
    const calendar = CALENDAR_FIELDS.some((field) => next[field] !== current[field])
      ? await calendarSyncItems(store, { departement: current.departement, youthId: current.id }, { profile: next })
      : [];
    try {
      await transactWrite(store.db, [
        {
          Update: {
            TableName: store.tableName,
            Key: { pk: keys.youth(current.departement, current.id), sk: keys.profileSk },
            ...setExpression(next),
            ConditionExpression: 'attribute_exists(pk) AND version = :expected',
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          },
        },
        // The young person's own changes are not staff access: no audit entry for them.
        ...(options.audited ? [auditRepo.putItem(store, actor, current.id, options.auditAction ?? 'profile.update', now)] : []),
        ...calendar,
        // A care end moved earlier must not leave the file indexed for later than it is due.
        ...(next.careEndDate !== current.careEndDate ? [retentionIndexOf(store, next)] : []),
      ]);
    } catch (error) {
      if (error instanceof TransactionCancelled && error.failedCondition(0)) {
        const stored = error.reasons[0]?.item;
        if (!stored) throw new NotFound('youthFile.notFound', { cause: error });
        throw new VersionConflict({ currentVersion: versionOf(stored), cause: error });
      }
      throw error;
    }
    return next;
  },

  /**
   * Brings a file back from the intermediate archive: the profile returns to its lists
   * (caseloads, département), its deadlines to the calendar, the retention index files it
   * from today (its active period starts again), and a lifecycle record says who did it.
   * An admin's reopening is audited with its reason; the young person's is their own act.
   * A file changed or reopened since it was read answers 409 and nothing is written.
   */
  async reopen(store: Store, actor: Principal, current: YouthRecord, now: Date, reason: string | null): Promise<YouthRecord> {
    const today = parisDate(now);
    const next: YouthRecord = {
      ...current,
      fileState: 'actif',
      archivedOn: null,
      reopenedOn: today,
      version: current.version + 1,
      updatedAt: now.toISOString(),
    };
    const pk = keys.youth(current.departement, current.id);
    const calendar = await calendarSyncItems(store, { departement: current.departement, youthId: current.id }, { profile: next });
    const index = indexKeys(next);
    await transactWriteVersioned(store.db, [
      {
        Update: {
          TableName: store.tableName,
          Key: { pk, sk: keys.profileSk },
          UpdateExpression:
            'SET fileState = :active, reopenedOn = :today, version = :next, updatedAt = :updatedAt, gsi1pk = :gsi1pk, gsi1sk = :gsi1sk, gsi2pk = :gsi2pk, gsi2sk = :gsi2sk, gsi3pk = :gsi3pk, gsi3sk = :gsi3sk REMOVE archivedOn',
          ConditionExpression: 'version = :expected AND fileState = :archived',
          ExpressionAttributeValues: {
            ':active': 'actif',
            ':archived': 'archive_intermediaire',
            ':today': today,
            ':next': next.version,
            ':updatedAt': next.updatedAt,
            ':expected': current.version,
            ':gsi1pk': index.gsi1pk,
            ':gsi1sk': index.gsi1sk,
            ':gsi2pk': index.gsi2pk,
            ':gsi2sk': index.gsi2sk,
            ':gsi3pk': index.gsi3pk,
            ':gsi3sk': index.gsi3sk,
          },
        },
      },
      retentionRepo.indexItem(store, current.departement, current.id, 'actif', today),
      {
        Put: {
          TableName: store.tableName,
          Item: {
            pk,
            sk: keys.lifecycleSk(today, 'actif'),
            type: 'lifecycle',
            from: 'archive_intermediaire',
            to: 'actif',
            on: today,
            at: now.toISOString(),
            by: actor.role,
            ...(reason ? { reason } : {}),
          },
        },
      },
      ...(actor.role === 'jeune' ? [] : [auditRepo.putItem(store, actor, current.id, 'archive.reopen', now, reason ?? undefined)]),
      ...calendar,
    ]);
    return next;
  },

  /** One page of the département's files in the intermediate archive, by name (admins). */
  listArchived(store: Store, departement: string, page: PageRequest) {
    return queryIndexPage(
      store,
      { partition: { index: 'gsi3', value: keys.departementArchivedYouth(departement) }, tableKey: profileKeyOf(departement) },
      page,
      (item) => youthRecordSchema.parse(item),
    );
  },

  /** The profile with a new care end date, as it will be once written. */
  withCareEndDate(current: YouthRecord, careEndDate: string | null, now: Date): YouthRecord {
    return { ...current, careEndDate, version: current.version + 1, updatedAt: now.toISOString() };
  },

  /**
   * The Update that moves the care end date to `next.careEndDate`, for a transaction with
   * the decision that sets it (it fails if the profile changed since `current` was read),
   * and the Put that moves the file's retention index with it.
   */
  careEndDateUpdates(store: Store, current: YouthRecord, next: YouthRecord): TransactItem[] {
    return [
      retentionIndexOf(store, next),
      {
        Update: {
          TableName: store.tableName,
          Key: { pk: keys.youth(current.departement, current.id), sk: keys.profileSk },
          UpdateExpression: 'SET careEndDate = :careEndDate, version = :next, updatedAt = :updatedAt',
          ConditionExpression: 'attribute_exists(pk) AND version = :expected',
          ExpressionAttributeValues: {
            ':careEndDate': next.careEndDate,
            ':next': next.version,
            ':updatedAt': next.updatedAt,
            ':expected': current.version,
          },
        },
      },
    ];
  },

  /**
   * The Update, for the housing area's transaction, that records whether `solutionId` (an
   * application's id, or NOT_NEEDED_SOLUTION) counts as a housing solution. ADD and
   * DELETE on a set commute: concurrent moves of two applications cannot leave it wrong,
   * and a retried one writes the same thing.
   */
  housingSolutionUpdate(store: Store, departement: string, youthId: string, solutionId: string, counts: boolean): TransactItem {
    return {
      Update: {
        TableName: store.tableName,
        Key: { pk: keys.youth(departement, youthId), sk: keys.profileSk },
        UpdateExpression: `${counts ? 'ADD' : 'DELETE'} #solutions :ids`,
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: { '#solutions': HOUSING_SOLUTIONS },
        ExpressionAttributeValues: { ':ids': new Set([solutionId]) },
      },
    };
  },

  /** Several files by id, in as few BatchGetItem requests as DynamoDB allows; ids with no file are left out. */
  async getMany(store: Store, departement: string, youthIds: readonly string[]): Promise<YouthRecord[]> {
    const items = await batchGet(
      store,
      youthIds.map((youthId) => ({ pk: keys.youth(departement, youthId), sk: keys.profileSk })),
    );
    return items.map((item) => youthRecordSchema.parse(item));
  },

  /** A staff member's caseload, or the whole département for an admin, sorted by name. */
  listFor(store: Store, principal: Principal, page: PageRequest) {
    const partition: IndexPartition =
      principal.role === 'referent'
        ? { index: 'gsi1', value: keys.referentCaseload(principal.departement, principal.sub) }
        : principal.role === 'coordinateur'
          ? { index: 'gsi2', value: keys.coordinateurCaseload(principal.departement, principal.sub) }
          : { index: 'gsi3', value: keys.departementYouth(principal.departement) };
    return queryIndexPage(store, { partition, tableKey: profileKeyOf(principal.departement) }, page, (item) =>
      youthRecordSchema.parse(item),
    );
  },

  /** Every file of a referent's or coordinateur's caseload, all pages (for the dashboard's caseload, which sorts by urgency). */
  async caseloadOf(store: Store, departement: string, staff: { role: 'referent' | 'coordinateur'; sub: string }): Promise<YouthRecord[]> {
    const partition: IndexPartition =
      staff.role === 'referent'
        ? { index: 'gsi1', value: keys.referentCaseload(departement, staff.sub) }
        : { index: 'gsi2', value: keys.coordinateurCaseload(departement, staff.sub) };
    const items = await queryAll(store, indexPartitionQuery(partition));
    return items.map((item) => youthRecordSchema.parse(item));
  },

  /**
   * What the exit indicators read of every file of the département, archived ones
   * included: dates, situation at exit and referent, never a name (a projection of the
   * département's index and of its archive, all pages).
   */
  async indicatorProfiles(store: Store, departement: string) {
    // Archived files leave every list but keep being counted (the département's archive index).
    const partitions = [keys.departementYouth(departement), keys.departementArchivedYouth(departement)];
    const items = await Promise.all(
      partitions.map((pk) =>
        queryAll(store, {
          IndexName: 'gsi3',
          KeyConditionExpression: 'gsi3pk = :pk',
          ProjectionExpression: 'id, birthDate, careStartDate, careEndDate, exitSituation, referentId',
          ExpressionAttributeValues: { ':pk': pk },
        }),
      ),
    );
    return items.flat().map((item) => indicatorProfileSchema.parse(item));
  },

  /**
   * Young people of the département whose last name starts with `prefix` (case and
   * accents ignored), at most `limit`, by name: the département index is sorted by
   * folded name, so this is a key-prefix Query.
   */
  /**
   * Up to `limit` young people of the département whose last name starts with `prefix`
   * (accents and case folded), in name order, leaving out the ids in `exclude` (a
   * committee's members). Reads the département's index until enough are found, never
   * more than `limit` + the excluded count: bounded even when every member matches.
   */
  async searchByLastName(
    store: Store,
    departement: string,
    prefix: string,
    options: { limit: number; exclude: ReadonlySet<string> },
  ): Promise<YouthRecord[]> {
    const maxRead = options.limit + options.exclude.size;
    const found: YouthRecord[] = [];
    let read = 0;
    let start: Record<string, unknown> | undefined;
    do {
      const result = await store.db.send(
        new QueryCommand({
          TableName: store.tableName,
          IndexName: 'gsi3',
          KeyConditionExpression: 'gsi3pk = :pk AND begins_with(gsi3sk, :prefix)',
          ExpressionAttributeValues: { ':pk': keys.departementYouth(departement), ':prefix': foldForSort(prefix) },
          Limit: Math.min(100, Math.max(options.limit, maxRead - read)),
          ExclusiveStartKey: start,
        }),
      );
      for (const item of result.Items ?? []) {
        read += 1;
        const record = youthRecordSchema.parse(item);
        if (!options.exclude.has(record.id) && found.length < options.limit) found.push(record);
      }
      start = result.LastEvaluatedKey;
    } while (start && found.length < options.limit && read < maxRead);
    return found;
  },
};

function accountSubLink(item: Record<string, unknown>): string {
  return accountLinkSchema.parse(item).youthId;
}
