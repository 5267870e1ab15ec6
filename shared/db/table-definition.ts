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
  timeToLiveAttribute: string;
  globalSecondaryIndexes: readonly IndexDefinition[];
}

export const TABLE_DEFINITION: TableDefinition = {
  partitionKey: 'pk',
  sortKey: 'sk',
  timeToLiveAttribute: 'expiresAt',
  globalSecondaryIndexes: [
    // Caseload of a referent (and, overloaded later, other per-staff lists).
    { indexName: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    // Caseload of a coordinateur.
    { indexName: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
    // All young people of a département (admin), then deadlines by month, housing queue.
    { indexName: 'gsi3', partitionKey: 'gsi3pk', sortKey: 'gsi3sk' },
  ],
};

/** The table name used when ENVOL_TABLE is not set. */
export const DEFAULT_TABLE_NAME = 'envol';
