import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { CursorCodec } from './cursor.js';

/** What every repository needs: the client and the table. Passed in, never global, so tests can swap it. */
export interface Store {
  db: DynamoDBDocumentClient;
  tableName: string;
  /** The committees' ballot box, a table of its own (see BALLOT_TABLE_DEFINITION). */
  ballotTableName: string;
  /** Signs the pagination cursors of this table's queries and checks them back. */
  cursors: CursorCodec;
}
