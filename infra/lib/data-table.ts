import { RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import type { IGrantable } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Construct, type IConstruct } from 'constructs';
import type { ItemAction } from '../../shared/db/item-actions.js';
import { TABLE_DEFINITION, type TableDefinition } from '../../shared/db/table-definition.js';
import { logicalIdOf } from './logical-id.js';

/**
 * What DynamoDB needs from the caller to use the table's key on its behalf, spelled out
 * (the same set CDK's grantReadWriteData gives, without the `ReEncrypt*` and
 * `GenerateDataKey*` wildcards).
 */
const KEY_ACTIONS = [
  'kms:Decrypt',
  'kms:DescribeKey',
  'kms:Encrypt',
  'kms:ReEncryptFrom',
  'kms:ReEncryptTo',
  'kms:GenerateDataKey',
  'kms:GenerateDataKeyWithoutPlaintext',
];

export interface DataTableProps {
  /** The table's shape; the shared definition unless a test says otherwise. */
  readonly definition?: TableDefinition;
  /** What the KMS key protects, as its description. */
  readonly keyDescription?: string;
  /**
   * Why this table has no point-in-time recovery, required when the definition turns it
   * off and refused otherwise. It becomes the written acknowledgement of cdk-nag's
   * AwsSolutions-DDB3 finding on this table, and on no other.
   */
  readonly noPointInTimeRecoveryReason?: string;
}

/** The shortest reason accepted for an exception, so that it says something specific. */
const MIN_REASON_LENGTH = 40;

/**
 * An Envol DynamoDB table, built from a definition the local bootstrap also uses
 * (shared/db/table-definition.ts), so that the two cannot drift.
 *
 * - Encrypted with a customer managed KMS key of its own (rotated yearly): these are
 *   child-protection files and secret ballots. The key's CloudTrail events show every
 *   principal that decrypted data, reading an item needs kms:Decrypt as well as a DynamoDB
 *   permission (two separate grants to abuse), and disabling the key cuts off all access to
 *   this table, backups included, at once, without touching the other. About 1 USD a month.
 * - Named by CloudFormation: a fixed name would collide between two stacks in one account
 *   (a test stack next to production) and, since the table is retained, block re-creating
 *   the stack. Functions get the generated name through their environment.
 * - Retained and deletion-protected: losing it is not an option. Point-in-time recovery and
 *   TTL as the definition says; no stream and no contributor insights, ever: a stream keeps
 *   the order of writes for 24 hours and contributor insights the most used keys minute by
 *   minute, two histories the ballot box must not have and no function needs.
 */
export class DataTable extends Construct {
  readonly table: Table;
  readonly key: Key;
  readonly definition: TableDefinition;

  constructor(scope: Construct, id: string, props: DataTableProps = {}) {
    super(scope, id);
    const definition = props.definition ?? TABLE_DEFINITION;
    this.definition = definition;
    const reason = props.noPointInTimeRecoveryReason;
    if (definition.pointInTimeRecovery && reason !== undefined) {
      throw new Error(`${this.node.path}: noPointInTimeRecoveryReason is given but the table keeps point-in-time recovery.`);
    }
    if (!definition.pointInTimeRecovery && (reason?.trim().length ?? 0) < MIN_REASON_LENGTH) {
      throw new Error(
        `${this.node.path}: a table without point-in-time recovery needs noPointInTimeRecoveryReason (${MIN_REASON_LENGTH} characters or more).`,
      );
    }

    this.key = new Key(this, 'Key', {
      description: props.keyDescription ?? 'Envol: encryption of the DynamoDB table and its backups',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.table = new Table(this, 'Table', {
      partitionKey: { name: definition.partitionKey, type: AttributeType.STRING },
      sortKey: { name: definition.sortKey, type: AttributeType.STRING },
      ...(definition.timeToLiveAttribute ? { timeToLiveAttribute: definition.timeToLiveAttribute } : {}),
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: definition.pointInTimeRecovery },
      contributorInsightsSpecification: { enabled: false },
      // No `stream`: see above.
      deletionProtection: true,
      encryption: TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: this.key,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    for (const index of definition.globalSecondaryIndexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
        sortKey: { name: index.sortKey, type: AttributeType.STRING },
        projectionType: ProjectionType.ALL,
      });
    }

    if (reason !== undefined) {
      Validations.of(this.table).acknowledge({ id: 'AwsSolutions-DDB3', reason });
    }
  }

  /**
   * The item actions a serving function sends (shared/db/item-actions.ts, checked against
   * the repositories), on the table and its indexes, and use of its key. Never Scan
   * (request paths use GetItem and Query only, so IAM enforces the rule the code follows)
   * and nothing on the table itself (no DescribeTable, UpdateTable, backups or exports).
   * TransactWriteItems is authorised item by item through these actions.
   */
  grantItemActions(grantee: IGrantable & IConstruct, actions: readonly ItemAction[]): void {
    this.table.grant(grantee, ...actions.map((action) => `dynamodb:${action}`));
    this.key.grant(grantee, ...KEY_ACTIONS);
    // CDK adds `<table>/index/*` to the grant only when the table has indexes.
    const indexes = this.definition.globalSecondaryIndexes.map((index) => index.indexName);
    if (indexes.length > 0) {
      Validations.of(grantee).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${logicalIdOf(this.table)}.Arn>/index/*]`,
        reason: `Queries by index need the index ARNs; \`<table>/index/*\` covers exactly the indexes of this one table (${indexes.join(', ')}, from shared/db/table-definition.ts), no other table.`,
      });
    }
  }
}
