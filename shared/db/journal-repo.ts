import type * as z from 'zod';
import type { Principal } from '../auth/principal.js';
import { monotonicFactory } from '../crypto/ulid.js';
import { journalEntrySchema } from '../schemas/youth.js';
import { auditRepo } from './audit-repo.js';
import { caseloadFactsRepo } from './caseload-facts-repo.js';
import { keys } from './keys.js';
import { type PageRequest, queryAllByPrefix, queryPage } from './query-page.js';
import type { Store } from './store.js';
import { transactWrite } from './transact.js';

/** A journal entry as stored is the API's, read back through its schema. */
const journalItemSchema = journalEntrySchema;
export type JournalEntry = z.infer<typeof journalItemSchema>;

const nextId = monotonicFactory();

/** The binôme's shared journal on a young person's file. */
export const journalRepo = {
  /**
   * Adds an entry with its audit record in one transaction: `journal.write` for an entry
   * the young person reads, `note.write` for a note between staff, so that their log tells
   * the truth about it. The young person's own message is not an access to their file.
   */
  async add(
    store: Store,
    author: Principal,
    youthId: string,
    input: { text: string; visibleToYouth: boolean },
    now: Date,
  ): Promise<JournalEntry> {
    const entry: JournalEntry = {
      id: nextId(now.getTime()),
      text: input.text,
      visibleToYouth: input.visibleToYouth,
      authorSub: author.sub,
      authorName: author.name,
      authorRole: author.role,
      createdAt: now.toISOString(),
    };
    await transactWrite(store.db, [
      {
        Put: {
          TableName: store.tableName,
          Item: { pk: keys.youth(author.departement, youthId), sk: keys.journalSk(entry.id), type: 'journal', ...entry },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      ...(author.role === 'jeune'
        ? []
        : [auditRepo.putItem(store, author, youthId, entry.visibleToYouth ? 'journal.write' : 'note.write', now)]),
      caseloadFactsRepo.journalItem(store, author.departement, youthId, entry.createdAt),
    ]);
    return entry;
  },

  /**
   * Newest first. For the young person, only entries meant for them: the filter runs
   * in DynamoDB, so a page may hold fewer items than asked; the cursor still moves on.
   */
  list(store: Store, departement: string, youthId: string, options: { onlyVisibleToYouth: boolean }, page: PageRequest) {
    const pk = keys.youth(departement, youthId);
    return queryPage(
      store,
      {
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: {
          ':pk': pk,
          ':prefix': keys.journalPrefix,
          ...(options.onlyVisibleToYouth ? { ':visible': true } : {}),
        },
        ...(options.onlyVisibleToYouth ? { FilterExpression: 'visibleToYouth = :visible' } : {}),
        ScanIndexForward: false,
      },
      { pk: { equals: pk }, sk: { startsWith: keys.journalPrefix } },
      page,
      (item) => journalItemSchema.parse(item),
    );
  },

  async listAll(store: Store, departement: string, youthId: string, options: { onlyVisibleToYouth: boolean }): Promise<JournalEntry[]> {
    const items = await queryAllByPrefix(store, keys.youth(departement, youthId), keys.journalPrefix);
    return items.map((item) => journalItemSchema.parse(item)).filter((entry) => !options.onlyVisibleToYouth || entry.visibleToYouth);
  },
};
