import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type * as z from 'zod';
import type { Principal } from '../auth/principal.js';
import { monotonicFactory } from '../crypto/ulid.js';
import { isOpenRgpdRequest } from '../domain/rgpd-requests.js';
import type { RgpdRequestKind, RgpdRequestStatus } from '../schemas/allowed-values.js';
import { rgpdExtensionSchema, rgpdRequestSchema } from '../schemas/rgpd-requests.js';
import { auditRepo } from './audit-repo.js';
import { keys } from './keys.js';
import { queryAllByPrefix } from './query-page.js';
import type { Store } from './store.js';
import { type TransactItem, transactWrite, transactWriteVersioned } from './transact.js';

const nextId = monotonicFactory();

/**
 * A request as stored: everything the API gives but `late`, which depends on the day it is
 * read. Requests stored before extensions existed have no `extension`: none.
 */
export const storedRgpdRequestSchema = rgpdRequestSchema
  .omit({ late: true })
  .extend({ extension: rgpdExtensionSchema.nullable().default(null) });
export type StoredRgpdRequest = z.infer<typeof storedRgpdRequestSchema>;

/**
 * An open request as the département's list reads it: never its text, and of an
 * extension only that there was one (its day), not its reasons.
 */
const openEntrySchema = storedRgpdRequestSchema
  .pick({ youthId: true, id: true, kind: true, status: true, receivedOn: true, dueOn: true })
  .extend({ extension: rgpdExtensionSchema.pick({ extendedAt: true }).nullable().default(null) });
export type OpenRgpdRequestEntry = z.infer<typeof openEntrySchema>;

function caseloadFactsItem(store: Store, departement: string, request: StoredRgpdRequest, open: boolean): TransactItem {
  const Key = { pk: keys.youth(departement, request.youthId), sk: keys.caseloadFactsSk };
  const name = keys.caseloadFactsRgpdRequestAttribute(request.id);
  return open
    ? {
        Update: {
          TableName: store.tableName,
          Key,
          UpdateExpression: 'SET #request = :request, #type = :type',
          ExpressionAttributeNames: { '#request': name, '#type': 'type' },
          ExpressionAttributeValues: { ':request': { id: request.id, dueOn: request.dueOn }, ':type': 'caseloadFacts' },
        },
      }
    : {
        Update: {
          TableName: store.tableName,
          Key,
          UpdateExpression: 'REMOVE #request',
          ExpressionAttributeNames: { '#request': name },
        },
      };
}

/** The young person's requests about their data (RGPD arts. 15–21), each with its answers. */
export const rgpdRequestRepo = {
  /**
   * Stores a new request, open: in the département's list of requests to answer and in the
   * caseload summary (« Mon suivi »), in one transaction.
   */
  async create(
    store: Store,
    departement: string,
    youthId: string,
    input: { kind: RgpdRequestKind; details: string | null; receivedOn: string; dueOn: string },
    now: Date,
  ): Promise<StoredRgpdRequest> {
    const request: StoredRgpdRequest = {
      id: nextId(now.getTime()),
      youthId,
      kind: input.kind,
      details: input.details,
      status: 'en_attente',
      requestedAt: now.toISOString(),
      receivedOn: input.receivedOn,
      dueOn: input.dueOn,
      extension: null,
      answers: [],
      version: 1,
    };
    await transactWrite(store.db, [
      {
        Put: {
          TableName: store.tableName,
          Item: {
            pk: keys.youth(departement, youthId),
            sk: keys.rgpdRequestSk(request.id),
            type: 'rgpdRequest',
            ...request,
            gsi3pk: keys.departementOpenRgpdRequests(departement),
            gsi3sk: keys.rgpdRequestSort(request.dueOn, youthId, request.id),
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      caseloadFactsItem(store, departement, request, true),
    ]);
    return request;
  },

  /** A young person's requests, oldest first (a handful in a lifetime). */
  async list(store: Store, departement: string, youthId: string): Promise<StoredRgpdRequest[]> {
    const items = await queryAllByPrefix(store, keys.youth(departement, youthId), keys.rgpdRequestPrefix);
    return items.map((item) => storedRgpdRequestSchema.parse(item));
  },

  async get(store: Store, departement: string, youthId: string, requestId: string): Promise<StoredRgpdRequest | null> {
    const items = await queryAllByPrefix(store, keys.youth(departement, youthId), keys.rgpdRequestSk(requestId));
    const item = items.find((candidate) => candidate.sk === keys.rgpdRequestSk(requestId));
    return item ? storedRgpdRequestSchema.parse(item) : null;
  },

  /**
   * Records a staff answer, all or nothing: the answer kept beside the earlier ones, the new
   * status if nobody answered meanwhile (409 otherwise), the audit entry; a request refused
   * or done leaves the département's list and « Mon suivi ».
   */
  async answer(
    store: Store,
    staff: Principal,
    request: StoredRgpdRequest,
    answer: { status: RgpdRequestStatus; text: string | null },
    now: Date,
  ): Promise<StoredRgpdRequest> {
    const stored = {
      status: answer.status,
      text: answer.text,
      answeredAt: now.toISOString(),
      answeredByName: staff.name,
      answeredByRole: staff.role,
    };
    const next: StoredRgpdRequest = {
      ...request,
      status: answer.status,
      answers: [...request.answers, stored],
      version: request.version + 1,
    };
    const stillOpen = isOpenRgpdRequest(answer.status);
    const items: TransactItem[] = [
      {
        Update: {
          TableName: store.tableName,
          Key: { pk: keys.youth(staff.departement, request.youthId), sk: keys.rgpdRequestSk(request.id) },
          UpdateExpression: `SET #status = :status, answers = list_append(answers, :answer), version = :next${stillOpen ? '' : ' REMOVE gsi3pk, gsi3sk'}`,
          ConditionExpression: 'attribute_exists(pk) AND version = :expected',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':status': answer.status, ':answer': [stored], ':next': next.version, ':expected': request.version },
        },
      },
      auditRepo.putItem(store, staff, request.youthId, 'rgpdRequest.answer', now),
    ];
    if (!stillOpen) items.push(caseloadFactsItem(store, staff.departement, request, false));
    await transactWriteVersioned(store.db, items);
    return next;
  },

  /**
   * Extends an open request's deadline, all or nothing: the new due day and the extension
   * (its reasons, read by the young person) on the request if nobody answered meanwhile (409
   * otherwise), its new place in the département's list and in « Mon suivi », the audit entry.
   */
  async extend(store: Store, staff: Principal, request: StoredRgpdRequest, reasons: string, dueOn: string, now: Date) {
    const extension = {
      reasons,
      initialDueOn: request.dueOn,
      extendedAt: now.toISOString(),
      extendedByName: staff.name,
      extendedByRole: staff.role,
    };
    const next: StoredRgpdRequest = { ...request, dueOn, extension, version: request.version + 1 };
    await transactWriteVersioned(store.db, [
      {
        Update: {
          TableName: store.tableName,
          Key: { pk: keys.youth(staff.departement, request.youthId), sk: keys.rgpdRequestSk(request.id) },
          UpdateExpression: 'SET dueOn = :dueOn, extension = :extension, version = :next, gsi3sk = :sort',
          ConditionExpression: 'attribute_exists(pk) AND version = :expected',
          ExpressionAttributeValues: {
            ':dueOn': dueOn,
            ':extension': extension,
            ':next': next.version,
            ':expected': request.version,
            ':sort': keys.rgpdRequestSort(dueOn, request.youthId, request.id),
          },
        },
      },
      caseloadFactsItem(store, staff.departement, next, true),
      auditRepo.putItem(store, staff, request.youthId, 'rgpdRequest.extend', now),
    ]);
    return next;
  },

  /** The département's open requests, earliest due first (so the late ones first): one Query of the index, page after page. */
  async listOpen(store: Store, departement: string): Promise<OpenRgpdRequestEntry[]> {
    const found: Record<string, unknown>[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const result = await store.db.send(
        new QueryCommand({
          TableName: store.tableName,
          IndexName: 'gsi3',
          KeyConditionExpression: 'gsi3pk = :pk',
          ExpressionAttributeValues: { ':pk': keys.departementOpenRgpdRequests(departement) },
          // The list shows names, kind and dates: the young person's text is not even read.
          ProjectionExpression: 'youthId, id, kind, #status, receivedOn, dueOn, extension.extendedAt',
          ExpressionAttributeNames: { '#status': 'status' },
          ExclusiveStartKey: startKey,
        }),
      );
      found.push(...(result.Items ?? []));
      startKey = result.LastEvaluatedKey;
    } while (startKey);
    return found.map((item) => openEntrySchema.parse(item));
  },
};
