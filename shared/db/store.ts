import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { KeySealer } from '../crypto/key-sealer.js';
import type { CursorCodec } from './cursor.js';

/** What every repository needs: the client and the table. Passed in, never global, so tests can swap it. */
export interface Store {
  db: DynamoDBDocumentClient;
  tableName: string;
  /** The committees' ballot box, a table of its own (see BALLOT_TABLE_DEFINITION). */
  ballotTableName: string;
  /** Signs the pagination cursors of this table's queries and checks them back. */
  cursors: CursorCodec;
  /**
   * Seals the consultations' private ballot keys before they are stored. Required where
   * the ballot box is served for real (the committees Lambda, `npm start`); elsewhere
   * (tests, benchmarks) a key living as long as the process stands in.
   */
  ballotKeySealer?: KeySealer;
}
