import {
  CreateTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  ResourceNotFoundException,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { BALLOT_TABLE_DEFINITION, TABLE_DEFINITION, type TableDefinition } from './table-definition.js';

/** The CreateTable input of a table, built from its shared definition. */
export function createTableInput(tableName: string, def: TableDefinition = TABLE_DEFINITION) {
  const keyNames = new Set([def.partitionKey, def.sortKey]);
  for (const index of def.globalSecondaryIndexes) {
    keyNames.add(index.partitionKey);
    keyNames.add(index.sortKey);
  }
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST' as const,
    AttributeDefinitions: [...keyNames].map((name) => ({ AttributeName: name, AttributeType: 'S' as const })),
    KeySchema: [
      { AttributeName: def.partitionKey, KeyType: 'HASH' as const },
      { AttributeName: def.sortKey, KeyType: 'RANGE' as const },
    ],
    ...(def.globalSecondaryIndexes.length === 0 ? {} : { GlobalSecondaryIndexes: globalIndexes(def) }),
  };
}

function globalIndexes(def: TableDefinition) {
  return def.globalSecondaryIndexes.map((index) => ({
    IndexName: index.indexName,
    KeySchema: [
      { AttributeName: index.partitionKey, KeyType: 'HASH' as const },
      { AttributeName: index.sortKey, KeyType: 'RANGE' as const },
    ],
    Projection: { ProjectionType: 'ALL' as const },
  }));
}

/** Creates both tables when they do not exist yet (local runs and tests; CDK does it in AWS). */
export async function ensureTables(
  client: DynamoDBClient,
  names: { tableName: string; ballotTableName: string },
): Promise<'created' | 'existing'> {
  const main = await ensureTable(client, names.tableName, TABLE_DEFINITION);
  await ensureTable(client, names.ballotTableName, BALLOT_TABLE_DEFINITION);
  return main;
}

async function ensureTable(client: DynamoDBClient, tableName: string, def: TableDefinition): Promise<'created' | 'existing'> {
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
    return 'existing';
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  await client.send(new CreateTableCommand(createTableInput(tableName, def)));
  if (def.timeToLiveAttribute) {
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { AttributeName: def.timeToLiveAttribute, Enabled: true },
      }),
    );
  }
  return 'created';
}
