import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DEFAULT_TABLE_NAME, defaultBallotTableName } from './table-definition.js';

export interface DbConfig {
  /** DynamoDB Local's address; unset in AWS. */
  endpoint?: string | undefined;
  tableName: string;
  ballotTableName: string;
}

export function dbConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DbConfig {
  const tableName = env.ENVOL_TABLE || DEFAULT_TABLE_NAME;
  return {
    endpoint: env.DYNAMODB_ENDPOINT || undefined,
    tableName,
    // The committees area holds the ballot box; the areas that only erase markers in it are told its name apart.
    ballotTableName: env.ENVOL_BALLOT_TABLE || env.ENVOL_BALLOT_MARKERS_TABLE || defaultBallotTableName(tableName),
  };
}

/**
 * The low-level client. Short timeouts and few retries: a phone waiting on a dead
 * database should get a clear 503 within seconds, not hang.
 */
export function createDynamoDbClient(config: Pick<DbConfig, 'endpoint'>): DynamoDBClient {
  const local = config.endpoint !== undefined;
  return new DynamoDBClient({
    maxAttempts: 3,
    // DynamoDB Local is one JVM on a laptop, far slower than DynamoDB under load, and the
    // local server sends it many requests at once (a Lambda sends one): more sockets and
    // patience locally, so that a benchmark measures Envol rather than the queue.
    requestHandler: local
      ? { connectionTimeout: 10_000, requestTimeout: 60_000, httpAgent: { keepAlive: true, maxSockets: 256 } }
      : { connectionTimeout: 1_000, requestTimeout: 5_000 },
    ...(local
      ? {
          endpoint: config.endpoint,
          region: process.env.AWS_REGION ?? 'eu-west-3',
          // DynamoDB Local accepts any credentials; fixed ones keep one shared database.
          credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
        }
      : {}),
  });
}

/** The document client the repositories use. */
export function createDocumentClient(config: Pick<DbConfig, 'endpoint'>): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(createDynamoDbClient(config), { marshallOptions: { removeUndefinedValues: true } });
}
