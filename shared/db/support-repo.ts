import * as z from 'zod';
import type { Principal } from '../auth/principal.js';
import { monotonicFactory } from '../crypto/ulid.js';
import { parisDate } from '../domain/calendar-date.js';
import { VersionConflict } from '../domain/errors.js';
import type { PlannedMessage } from '../domain/reminders.js';
import type { CheckedDecision } from '../domain/support-decisions.js';
import type { SupportRequestKind } from '../schemas/allowed-values.js';
import { type SupportDecision, type SupportRequest, supportDecisionSchema, supportRequestSchema } from '../schemas/support.js';
import { auditRepo } from './audit-repo.js';
import { calendarSyncItems } from './calendar-sync.js';
import { indicatorFactsRepo } from './indicator-facts-repo.js';
import { keys } from './keys.js';
import { outboxRepo } from './outbox-repo.js';
import { queryAllByPrefix } from './query-page.js';
import type { Store } from './store.js';
import { type TransactItem, TransactionCancelled, transactWrite } from './transact.js';
import { type YouthRecord, youthRepo } from './youth-repo.js';

// Monotonic so that requests and decisions of the same millisecond keep their order.
const nextId = monotonicFactory();

const requestItemSchema = supportRequestSchema.omit({ decisions: true });
const decisionItemSchema = supportDecisionSchema.extend({ requestId: z.string() });

function person(principal: Principal) {
  return { sub: principal.sub, role: principal.role, name: principal.name };
}

/** Builds requests with their decisions from the items of one prefix Query (already in key order). */
function assemble(items: Record<string, unknown>[]): SupportRequest[] {
  const requests: SupportRequest[] = [];
  for (const item of items) {
    if (item.type === 'supportRequest') requests.push({ ...requestItemSchema.parse(item), decisions: [] });
    if (item.type === 'supportDecision') {
      const { requestId, ...decision } = decisionItemSchema.parse(item);
      requests.find((request) => request.id === requestId)?.decisions.push(decision);
    }
  }
  return requests;
}

/** Requests for support from 18 to 21 and the decisions taken on them, all kept. */
export const supportRepo = {
  /** Stores a new request; a staff member's request is audited in the same transaction. */
  async create(
    store: Store,
    author: Principal,
    youth: YouthRecord,
    input: { kind: SupportRequestKind; message?: string | undefined },
    now: Date,
  ): Promise<SupportRequest> {
    const request: SupportRequest = {
      id: nextId(now.getTime()),
      kind: input.kind,
      message: input.message ? input.message : null,
      status: 'en_attente',
      requestedBy: person(author),
      requestedAt: now.toISOString(),
      decisions: [],
      version: 1,
    };
    const { decisions: _decisions, ...stored } = request;
    const items: TransactItem[] = [
      {
        Put: {
          TableName: store.tableName,
          Item: { pk: keys.youth(youth.departement, youth.id), sk: keys.supportRequestSk(request.id), type: 'supportRequest', ...stored },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      indicatorFactsRepo.supportRequestItem(store, youth.departement, youth.id, {
        id: request.id,
        kind: request.kind,
        requestedOn: parisDate(now),
      }),
    ];
    if (author.role !== 'jeune') items.push(auditRepo.putItem(store, author, youth.id, 'support.request', now));
    await transactWrite(store.db, items);
    return request;
  },

  /** A young person's requests, oldest first, each with its decisions, oldest first. */
  async list(store: Store, departement: string, youthId: string): Promise<SupportRequest[]> {
    return assemble(await queryAllByPrefix(store, keys.youth(departement, youthId), keys.supportPrefix));
  },

  async get(store: Store, departement: string, youthId: string, requestId: string): Promise<SupportRequest | null> {
    const items = await queryAllByPrefix(store, keys.youth(departement, youthId), keys.supportRequestSk(requestId));
    return assemble(items)[0] ?? null;
  },

  /**
   * Records a decision, all or nothing: the decision itself (kept beside the earlier ones),
   * the request's new status if nobody decided it meanwhile, the file's care end date when
   * it changes (if the file was not changed meanwhile), and the audit entry.
   */
  async decide(
    store: Store,
    admin: Principal,
    youth: YouthRecord,
    request: SupportRequest,
    checked: CheckedDecision,
    careEndDate: string | null,
    now: Date,
    messages: readonly PlannedMessage[] = [],
  ): Promise<{ request: SupportRequest; youth: YouthRecord }> {
    const decision: SupportDecision = { id: nextId(now.getTime()), ...checked, decidedBy: person(admin), decidedAt: now.toISOString() };
    const pk = keys.youth(youth.departement, youth.id);
    const items: TransactItem[] = [
      {
        Update: {
          TableName: store.tableName,
          Key: { pk, sk: keys.supportRequestSk(request.id) },
          UpdateExpression: 'SET #status = :status, version = :next',
          ConditionExpression: 'attribute_exists(pk) AND version = :expected',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':status': decision.outcome, ':next': request.version + 1, ':expected': request.version },
        },
      },
      {
        Put: {
          TableName: store.tableName,
          Item: { pk, sk: keys.supportDecisionSk(request.id, decision.id), type: 'supportDecision', requestId: request.id, ...decision },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      auditRepo.putItem(store, admin, youth.id, 'support.decide', now),
      // The message that tells the young person a decision was taken: written with it, or not at all.
      ...outboxRepo.putItems(store, youth.departement, messages, now),
      indicatorFactsRepo.supportDecisionItem(store, youth.departement, youth.id, decision),
    ];
    const careEndChanges = careEndDate !== youth.careEndDate;
    const nextYouth = careEndChanges ? youthRepo.withCareEndDate(youth, careEndDate, now) : youth;
    if (careEndChanges) {
      items.push(
        ...youthRepo.careEndDateUpdates(store, youth, nextYouth),
        // The follow-up, the plan review and the end of care move with it in the calendar.
        ...(await calendarSyncItems(store, { departement: youth.departement, youthId: youth.id }, { profile: nextYouth })),
      );
    }
    try {
      await transactWrite(store.db, items);
    } catch (error) {
      // The request was decided, or the file changed, since they were read: nothing was written.
      if (error instanceof TransactionCancelled && error.reasons.some((reason) => reason.code === 'ConditionalCheckFailed')) {
        throw new VersionConflict({ cause: error });
      }
      throw error;
    }
    return {
      request: { ...request, status: decision.outcome, version: request.version + 1, decisions: [...request.decisions, decision] },
      youth: nextYouth,
    };
  },
};
