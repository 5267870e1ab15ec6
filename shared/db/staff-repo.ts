import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { AlreadyExists, NotFound, VersionConflict } from '../domain/errors.js';
import { DEFAULT_SECOND_MEMBER_LABEL, type StaffRole } from '../domain/staff.js';
import {
  type CreateStaffInput,
  type DashboardSettings,
  dashboardSettingsSchema,
  type StaffMember,
  staffMemberSchema,
  type UpdateStaffInput,
} from '../schemas/staff.js';
import { departementSettings } from './departement-settings.js';
import { keys } from './keys.js';
import { type PageRequest, queryAll, queryIndexPage } from './query-page.js';
import type { Store } from './store.js';
import { fromWireFormat } from './wire-format.js';

const storedVersionSchema = z.object({ version: z.number().int() });

function directoryKeys(departement: string, member: StaffMember) {
  return {
    gsi3pk: keys.staffDirectory(departement),
    gsi3sk: keys.staffDirectorySort(member.role, member.lastName, member.firstName, member.sub),
  };
}

/** The département's dashboard settings; a field added since reads with its default. */
const dashboardSettings = departementSettings<DashboardSettings>(keys.dashboardSettingsSk, 'dashboardSettings', (item) =>
  dashboardSettingsSchema.parse({
    secondMemberLabel: item?.secondMemberLabel ?? DEFAULT_SECOND_MEMBER_LABEL,
    caseloadCap: item?.caseloadCap,
    firstYearCaseloadCap: item?.firstYearCaseloadCap,
    outOfHoursNumber: item?.outOfHoursNumber,
    binomePhoneNumber: item?.binomePhoneNumber,
    binomeHours: item?.binomeHours,
  }),
);

/** The département's staff directory: who may be a referent or coordinateur, with what caseload outside Envol. */
export const staffRepo = {
  /** Adds an account; 409 when the directory has it already (one entry per `sub`). */
  async create(store: Store, departement: string, input: CreateStaffInput, now: Date): Promise<StaffMember> {
    const member: StaffMember = {
      sub: input.sub,
      firstName: input.firstName,
      lastName: input.lastName,
      civility: input.civility ?? null,
      role: input.role,
      territory: input.territory ?? null,
      startedOn: input.startedOn ?? null,
      otherCaseload: input.otherCaseload ?? 0,
      version: 1,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    try {
      await store.db.send(
        new PutCommand({
          TableName: store.tableName,
          Item: {
            pk: keys.staff(departement, member.sub),
            sk: keys.staffSk,
            type: 'staff',
            ...member,
            ...directoryKeys(departement, member),
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) {
        throw new AlreadyExists('staff.alreadyRegistered', {
          cause: error,
          details: [{ path: 'json.sub', message: 'Compte déjà enregistré' }],
        });
      }
      throw error;
    }
    return member;
  },

  /** One account, read consistently: a binôme is checked against the directory as it is now. */
  async get(store: Store, departement: string, sub: string): Promise<StaffMember | null> {
    const result = await store.db.send(
      new GetCommand({ TableName: store.tableName, Key: { pk: keys.staff(departement, sub), sk: keys.staffSk }, ConsistentRead: true }),
    );
    return result.Item ? staffMemberSchema.parse(result.Item) : null;
  },

  /** Applies `changes` if the stored version is still `changes.version`; a stale version changes nothing. */
  async update(store: Store, departement: string, current: StaffMember, changes: UpdateStaffInput, now: Date): Promise<StaffMember> {
    const { version: expected, ...fields } = changes;
    const next: StaffMember = {
      ...current,
      ...Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)),
      version: expected + 1,
      updatedAt: now.toISOString(),
    };
    const { sub: _sub, createdAt: _createdAt, ...mutable } = next;
    const values = { ...mutable, ...directoryKeys(departement, next) };
    const names = Object.keys(values);
    try {
      await store.db.send(
        new UpdateCommand({
          TableName: store.tableName,
          Key: { pk: keys.staff(departement, current.sub), sk: keys.staffSk },
          UpdateExpression: `SET ${names.map((name) => `#${name} = :${name}`).join(', ')}`,
          ConditionExpression: 'attribute_exists(pk) AND version = :expected',
          ExpressionAttributeNames: Object.fromEntries(names.map((name) => [`#${name}`, name])),
          ExpressionAttributeValues: {
            ...Object.fromEntries(Object.entries(values).map(([name, value]) => [`:${name}`, value])),
            ':expected': expected,
          },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) {
        const stored = error.Item ? storedVersionSchema.safeParse(fromWireFormat(error.Item)).data : undefined;
        if (!stored) throw new NotFound('staff.notFound', { cause: error });
        throw new VersionConflict({ currentVersion: stored.version, cause: error });
      }
      throw error;
    }
    return next;
  },

  /** A page of the directory, by role then name; one role only when `role` is given. */
  list(store: Store, departement: string, page: PageRequest & { role?: StaffRole | undefined }) {
    return queryIndexPage(
      store,
      {
        partition: { index: 'gsi3', value: keys.staffDirectory(departement) },
        sortKeyPrefix: page.role ? `${page.role}#` : '',
        tableKey: { pk: { startsWith: keys.staff(departement, '') }, sk: { equals: keys.staffSk } },
      },
      page,
      (item) => staffMemberSchema.parse(item),
    );
  },

  /** Each referent's territory (null when none is recorded), all pages of the directory's referents. */
  async referentTerritories(store: Store, departement: string): Promise<Map<string, string | null>> {
    const items = await queryAll(store, {
      IndexName: 'gsi3',
      KeyConditionExpression: 'gsi3pk = :pk AND begins_with(gsi3sk, :prefix)',
      ProjectionExpression: '#sub, territory',
      ExpressionAttributeNames: { '#sub': 'sub' },
      ExpressionAttributeValues: { ':pk': keys.staffDirectory(departement), ':prefix': 'referent#' },
    });
    const rows = z.array(z.object({ sub: z.string(), territory: z.string().nullable().optional() })).parse(items);
    return new Map(rows.map((row) => [row.sub, row.territory?.trim() ? row.territory.trim() : null]));
  },

  getSettings: dashboardSettings.get,
  putSettings: dashboardSettings.put,
};
