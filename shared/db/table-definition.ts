/**
 * The single Envol table, described once. The CDK stack and the local bootstrap
 * (DynamoDB Local) both build the table from this object, so they cannot drift.
 * Every key attribute is a string; what each index serves is in docs/data-model.md.
 */
export interface IndexDefinition {
  indexName: string;
  partitionKey: string;
  sortKey: string;
}

export interface TableDefinition {
  partitionKey: string;
  sortKey: string;
  /** Attribute holding an epoch-seconds expiry; DynamoDB TTL deletes the item after it. */
  timeToLiveAttribute?: string;
  /**
   * Point-in-time recovery keeps every second of the table's past. The ballot box must
   * not have it: two restores a second apart would show which participation marker and
   * which counter changed together, and so link a member to a choice.
   */
  pointInTimeRecovery: boolean;
  globalSecondaryIndexes: readonly IndexDefinition[];
}

export const TABLE_DEFINITION: TableDefinition = {
  partitionKey: 'pk',
  sortKey: 'sk',
  timeToLiveAttribute: 'expiresAt',
  pointInTimeRecovery: true,
  globalSecondaryIndexes: [
    // A referent's caseload; the committees an organisateur organises.
    { indexName: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    // A coordinateur's caseload; the committees a young person belongs to.
    { indexName: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
    // Every young person of a département (admins, search by last name); every committee of a département.
    { indexName: 'gsi3', partitionKey: 'gsi3pk', sortKey: 'gsi3sk' },
  ],
};

/** The table name used when ENVOL_TABLE is not set. */
export const DEFAULT_TABLE_NAME = 'envol';

/**
 * The ballot box of the youth committees, apart from everything else: participation
 * markers, option counters and anonymous feedback. No index, no TTL, no point-in-time
 * recovery, no stream (see docs/ballot-secrecy.md).
 */
export const BALLOT_TABLE_DEFINITION: TableDefinition = {
  partitionKey: 'pk',
  sortKey: 'sk',
  pointInTimeRecovery: false,
  globalSecondaryIndexes: [],
};

/** The ballot table's name when ENVOL_BALLOT_TABLE is not set: the main table's, suffixed. */
export function defaultBallotTableName(tableName: string): string {
  return `${tableName}-ballots`;
}
