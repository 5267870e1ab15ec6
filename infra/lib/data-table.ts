import { RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import type { IGrantable } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Construct, type IConstruct } from 'constructs';
import { TABLE_DEFINITION, type TableDefinition } from '../../shared/db/table-definition.js';
import { logicalIdOf } from './logical-id.js';

/**
 * What a function that serves requests may do with items. Deliberately no Scan (request
 * paths use GetItem/Query only, so IAM enforces the rule the code follows) and nothing on
 * the table itself (no DescribeTable, UpdateTable, backups or exports).
 * TransactWriteItems and TransactGetItems are authorised per item through these actions.
 */
const ITEM_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:ConditionCheckItem',
];

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
}

/**
 * The single Envol table, built from the definition the local bootstrap also uses.
 *
 * - Encrypted with a customer managed KMS key (rotated yearly): these are child-protection
 *   files. The key's CloudTrail events show every principal that decrypted data, reading an
 *   item needs kms:Decrypt as well as a DynamoDB permission (two separate grants to abuse),
 *   and disabling the key cuts off all access, backups included, at once. About 1 USD a month.
 * - Named by CloudFormation: a fixed name would collide between two stacks in one account
 *   (a test stack next to production) and, since the table is retained, block re-creating
 *   the stack. Functions get the generated name through ENVOL_TABLE.
 * - Retained, deletion-protected and with point-in-time recovery: losing it is not an option.
 */
export class DataTable extends Construct {
  readonly table: Table;
  readonly key: Key;

  constructor(scope: Construct, id: string, props: DataTableProps = {}) {
    super(scope, id);
    const definition = props.definition ?? TABLE_DEFINITION;

    this.key = new Key(this, 'Key', {
      description: 'Envol: encryption of the DynamoDB table and its backups',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.table = new Table(this, 'Table', {
      partitionKey: { name: definition.partitionKey, type: AttributeType.STRING },
      sortKey: { name: definition.sortKey, type: AttributeType.STRING },
      timeToLiveAttribute: definition.timeToLiveAttribute,
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
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
  }

  /** Item reads and writes on the table and its indexes, and use of its key. */
  grantItemReadWrite(grantee: IGrantable & IConstruct): void {
    this.table.grant(grantee, ...ITEM_ACTIONS);
    this.key.grant(grantee, ...KEY_ACTIONS);
    Validations.of(grantee).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${logicalIdOf(this.table)}.Arn>/index/*]`,
      reason:
        'Queries by index need the index ARNs; `<table>/index/*` covers exactly the indexes of this one table (gsi1 to gsi3 from shared/db/table-definition.ts), no other table.',
    });
  }
}
