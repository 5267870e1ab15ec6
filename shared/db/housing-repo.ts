import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import type { Principal } from '../auth/principal.js';
import { ulid } from '../crypto/ulid.js';
import { NotFound, VersionConflict } from '../domain/errors.js';
import { DEFAULT_HOUSING_ALERT_DAYS } from '../domain/housing-alert.js';
import type { ApplicationStatus } from '../domain/housing-application.js';
import { DEFAULT_SOLUTION_TYPES } from '../domain/housing-project.js';
import {
  applicationSchema,
  type HousingProject,
  type HousingSettings,
  housingSettingsSchema,
  type Partner,
  type PartnerInput,
  partnerSchema,
  projectSchema,
} from '../schemas/housing.js';
import { auditRepo } from './audit-repo.js';
import { departementSettings } from './departement-settings.js';
import { keys } from './keys.js';
import { type Page, type PageRequest, queryAllByPrefix, queryIndexPage } from './query-page.js';
import type { Store } from './store.js';
import { type TransactItem, TransactionCancelled, transactWrite, transactWriteVersioned } from './transact.js';
import { NOT_NEEDED_SOLUTION, youthRepo } from './youth-repo.js';

/** An application as stored: the API view without what is derived from today. */
export const storedApplicationSchema = applicationSchema.omit({ lacksNews: true, nextStatuses: true }).extend({
  /** The binôme when the application last changed: where it sits in the per-staff queues. */
  referentId: z.string(),
  coordinateurId: z.string(),
});
export type StoredApplication = z.infer<typeof storedApplicationSchema>;

/** The binôme and département of the young person an application belongs to. */
export interface ApplicationOwner {
  id: string;
  departement: string;
  referentId: string;
  coordinateurId: string;
}

export const DEFAULT_HOUSING_SETTINGS: HousingSettings = {
  alertDays: DEFAULT_HOUSING_ALERT_DAYS,
  solutionTypes: DEFAULT_SOLUTION_TYPES.map((type) => ({ ...type })),
};

/** Index keys placing an application in the département's, referent's and coordinateur's queues. */
function queueKeys(owner: ApplicationOwner, application: StoredApplication) {
  const recordedAt = application.history.at(-1)?.at ?? application.createdAt;
  const sort = keys.housingQueueSort(application.lastChangeOn, recordedAt, application.id);
  return {
    gsi1pk: keys.referentHousingQueue(owner.departement, owner.referentId, application.status),
    gsi1sk: sort,
    gsi2pk: keys.coordinateurHousingQueue(owner.departement, owner.coordinateurId, application.status),
    gsi2sk: sort,
    gsi3pk: keys.housingQueue(owner.departement, application.status),
    gsi3sk: sort,
  };
}

function applicationItem(owner: ApplicationOwner, application: StoredApplication) {
  return {
    pk: keys.youth(owner.departement, owner.id),
    sk: keys.housingApplicationSk(application.id),
    type: 'housingApplication',
    youthId: owner.id,
    ...application,
    ...queueKeys(owner, application),
  };
}

/** Which queue a staff member reads. */
export type QueueScope = { kind: 'departement' } | { kind: 'referent'; sub: string } | { kind: 'coordinateur'; sub: string };

const queueIndex = { departement: 'gsi3', referent: 'gsi1', coordinateur: 'gsi2' } as const;

const queueEntrySchema = storedApplicationSchema.extend({ youthId: z.string() });
export type QueueEntry = z.infer<typeof queueEntrySchema>;

/** The département's housing settings (alert horizon, solution types); Envol's defaults until an admin saves them. */
const housingSettings = departementSettings<HousingSettings>(keys.housingSettingsSk, 'housingSettings', (item) =>
  item ? housingSettingsSchema.parse({ alertDays: item.alertDays, solutionTypes: item.solutionTypes }) : DEFAULT_HOUSING_SETTINGS,
);

/** The département's housing settings, partners, and its young people's projects and applications. */
export const housingRepo = {
  getSettings: housingSettings.get,
  putSettings: housingSettings.put,

  async listPartners(store: Store, departement: string): Promise<Partner[]> {
    const items = await queryAllByPrefix(store, keys.departement(departement), keys.housingPartnerPrefix);
    return items.map((item) => partnerSchema.parse(item)).sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  },

  async getPartner(store: Store, departement: string, partnerId: string): Promise<Partner | null> {
    const result = await store.db.send(
      new GetCommand({ TableName: store.tableName, Key: { pk: keys.departement(departement), sk: keys.housingPartnerSk(partnerId) } }),
    );
    return result.Item ? partnerSchema.parse(result.Item) : null;
  },

  /** Creates a partner (no `partnerId`) or replaces an existing one; 404 when replacing one that does not exist. */
  async putPartner(store: Store, departement: string, input: PartnerInput, now: Date, partnerId?: string): Promise<Partner> {
    const partner: Partner = { id: partnerId ?? ulid(now.getTime()), ...input, updatedAt: now.toISOString() };
    try {
      await store.db.send(
        new PutCommand({
          TableName: store.tableName,
          Item: { pk: keys.departement(departement), sk: keys.housingPartnerSk(partner.id), type: 'housingPartner', ...partner },
          ConditionExpression: partnerId ? 'attribute_exists(pk)' : 'attribute_not_exists(pk)',
        }),
      );
    } catch (error) {
      if (partnerId && error instanceof ConditionalCheckFailedException) throw new NotFound('housingPartner.notFound', { cause: error });
      throw error;
    }
    return partner;
  },

  /** The project and every application of one young person, in one Query. */
  async getFile(
    store: Store,
    departement: string,
    youthId: string,
  ): Promise<{ project: HousingProject | null; applications: StoredApplication[] }> {
    const items = await queryAllByPrefix(store, keys.youth(departement, youthId), keys.housingPrefix);
    const project = items.find((item) => item.sk === keys.housingProjectSk);
    const applications = items.filter((item) => String(item.sk).startsWith(keys.housingApplicationPrefix));
    return {
      project: project ? projectSchema.parse(project) : null,
      applications: applications.map((item) => storedApplicationSchema.parse(item)),
    };
  },

  /**
   * Saves the project if `expectedVersion` is still current (0: it must not exist yet);
   * 409 otherwise, nothing written. Staff writes carry their audit entry in the same
   * transaction, and so does the file's summary: whether its « pas besoin » counts.
   */
  async saveProject(
    store: Store,
    author: Principal,
    youthId: string,
    project: HousingProject,
    expectedVersion: number,
    notNeededCounts: boolean,
    now: Date,
  ): Promise<void> {
    const put: TransactItem = {
      Put: {
        TableName: store.tableName,
        Item: { pk: keys.youth(author.departement, youthId), sk: keys.housingProjectSk, type: 'housingProject', ...project },
        ...(expectedVersion === 0
          ? { ConditionExpression: 'attribute_not_exists(pk)' }
          : { ConditionExpression: 'version = :expected', ExpressionAttributeValues: { ':expected': expectedVersion } }),
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      },
    };
    const audit = author.role === 'jeune' ? [] : [auditRepo.putItem(store, author, youthId, 'housing.write', now)];
    const summary = youthRepo.housingSolutionUpdate(store, author.departement, youthId, NOT_NEEDED_SOLUTION, notNeededCounts);
    await transactWriteVersioned(store.db, [put, summary, ...audit]);
  },

  /**
   * The next application number of the département for `year`: one atomic ADD on a
   * counter, so concurrent creations never get the same number. A number whose
   * application then fails to be written is skipped, never handed out again.
   */
  async allocateNumber(store: Store, departement: string, year: number): Promise<number> {
    const result = await store.db.send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: { pk: keys.departement(departement), sk: keys.housingCounterSk(year) },
        UpdateExpression: 'ADD #sequence :one SET #type = :type',
        ExpressionAttributeNames: { '#sequence': 'sequence', '#type': 'type' },
        ExpressionAttributeValues: { ':one': 1, ':type': 'housingCounter' },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    return z.number().int().positive().parse(result.Attributes?.sequence);
  },

  async createApplication(
    store: Store,
    author: Principal,
    owner: ApplicationOwner,
    application: StoredApplication,
    now: Date,
  ): Promise<void> {
    const audit = author.role === 'jeune' ? [] : [auditRepo.putItem(store, author, owner.id, 'housing.write', now)];
    await transactWrite(store.db, [
      { Put: { TableName: store.tableName, Item: applicationItem(owner, application), ConditionExpression: 'attribute_not_exists(pk)' } },
      ...audit,
    ]);
  },

  async getApplication(store: Store, departement: string, youthId: string, applicationId: string): Promise<StoredApplication | null> {
    const result = await store.db.send(
      new GetCommand({
        TableName: store.tableName,
        Key: { pk: keys.youth(departement, youthId), sk: keys.housingApplicationSk(applicationId) },
      }),
    );
    return result.Item ? storedApplicationSchema.parse(result.Item) : null;
  },

  /**
   * Writes the application's next state if it is still at `expectedVersion` in
   * `expectedStatus`: of two concurrent transitions exactly one wins, the other gets
   * a VersionConflict and nothing is written for it. The file's summary (whether this
   * application counts as a solution) changes in the same transaction.
   */
  async saveTransition(
    store: Store,
    author: Principal,
    owner: ApplicationOwner,
    next: StoredApplication,
    expected: { version: number; status: ApplicationStatus },
    countsAsSolution: boolean,
    now: Date,
  ): Promise<void> {
    try {
      await transactWrite(store.db, [
        {
          Put: {
            TableName: store.tableName,
            Item: applicationItem(owner, next),
            ConditionExpression: '#version = :version AND #status = :status',
            ExpressionAttributeNames: { '#version': 'version', '#status': 'status' },
            ExpressionAttributeValues: { ':version': expected.version, ':status': expected.status },
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          },
        },
        youthRepo.housingSolutionUpdate(store, owner.departement, owner.id, next.id, countsAsSolution),
        auditRepo.putItem(store, author, owner.id, 'housing.write', now),
      ]);
    } catch (error) {
      // The item was there when read: a failed condition means another change won.
      if (error instanceof TransactionCancelled && error.failedCondition(0)) {
        if (!error.reasons[0]?.item) throw new NotFound('housingApplication.notFound', { cause: error });
        throw new VersionConflict({ cause: error });
      }
      throw error;
    }
  },

  /**
   * One page of a queue: applications in `status`, oldest in that status first, from
   * an index (no Scan). `partnerId` narrows the page after the read, so a filtered
   * page may hold fewer items than asked while the cursor goes on.
   */
  async listQueue(
    store: Store,
    departement: string,
    scope: QueueScope,
    status: ApplicationStatus,
    partnerId: string | undefined,
    page: PageRequest,
  ): Promise<Page<QueueEntry>> {
    const index = queueIndex[scope.kind];
    const partition =
      scope.kind === 'departement'
        ? keys.housingQueue(departement, status)
        : scope.kind === 'referent'
          ? keys.referentHousingQueue(departement, scope.sub, status)
          : keys.coordinateurHousingQueue(departement, scope.sub, status);
    return queryIndexPage(
      store,
      {
        partition: { index, value: partition },
        tableKey: { pk: { startsWith: keys.youth(departement, '') }, sk: { startsWith: keys.housingApplicationPrefix } },
        ...(partnerId ? { filter: { expression: 'partnerId = :partner', values: { ':partner': partnerId } } } : {}),
      },
      page,
      (item) => queueEntrySchema.parse(item),
    );
  },

  /** The projects and applications of several young people, for the queue's alerts (one Get per person's partition). */
  async getFiles(store: Store, departement: string, youthIds: readonly string[]) {
    const unique = [...new Set(youthIds)];
    const files = await Promise.all(unique.map(async (id) => [id, await housingRepo.getFile(store, departement, id)] as const));
    return new Map(files);
  },
};
