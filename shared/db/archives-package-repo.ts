import { GetCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { keys } from './keys.js';
import type { Store } from './store.js';
import { type TransactItem, transactWrite } from './transact.js';

const issuedPackageSchema = z.object({ sha256: z.string(), decisionReference: z.string(), issuedAt: z.string(), issuedBy: z.string() });
/** A package produced for the archives départementales: which one, under which decision, when, by whom. */
export type IssuedPackage = z.infer<typeof issuedPackageSchema>;

/**
 * The last package produced for a file of the intermediate archive, in its partition (so
 * it goes with the file): the hand-over is confirmed only with its SHA-256, proof that the
 * admin holds the package that was built last.
 */
export const archivesPackageRepo = {
  /** Records the package issued last (what the hand-over is checked against) with its audit entry, together. */
  async recordIssued(store: Store, departement: string, youthId: string, issued: IssuedPackage, trace: TransactItem): Promise<void> {
    await transactWrite(store.db, [
      {
        Put: {
          TableName: store.tableName,
          Item: { pk: keys.youth(departement, youthId), sk: keys.archivesPackageSk, type: 'archivesPackage', ...issued },
        },
      },
      trace,
    ]);
  },

  async lastIssued(store: Store, departement: string, youthId: string): Promise<IssuedPackage | null> {
    const result = await store.db.send(
      new GetCommand({
        TableName: store.tableName,
        Key: { pk: keys.youth(departement, youthId), sk: keys.archivesPackageSk },
        ConsistentRead: true,
      }),
    );
    return result.Item ? issuedPackageSchema.parse(result.Item) : null;
  },
};
