import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ephemeralCursorCodec } from './cursor.js';
import type { Store } from './store.js';

/**
 * For unit tests of repositories: a store whose client `aws-sdk-client-mock` intercepts
 * (mock `DynamoDBDocumentClient` in the test), with dummy credentials so nothing leaves.
 */
export function mockedStore(): Store {
  return {
    db: DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-west-3', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } })),
    tableName: 'envol',
    ballotTableName: 'envol-ballots',
    cursors: ephemeralCursorCodec(),
  };
}
