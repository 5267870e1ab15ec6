import { Match, type Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE_DEFINITION } from '../../shared/db/table-definition.js';
import { createFixtureProject, type FixtureProject, onlyResourceOfType, synthEnvol } from './support/envol-test-stack.js';

describe('DataTable', () => {
  let fixture: FixtureProject;
  let template: Template;

  beforeAll(() => {
    fixture = createFixtureProject();
    ({ template } = synthEnvol(fixture));
  });
  afterAll(() => fixture.remove());

  it('keys the table exactly as shared/db/table-definition.ts describes it', () => {
    const { properties } = onlyResourceOfType(template, 'AWS::DynamoDB::Table');

    expect(properties.KeySchema).toEqual([
      { AttributeName: TABLE_DEFINITION.partitionKey, KeyType: 'HASH' },
      { AttributeName: TABLE_DEFINITION.sortKey, KeyType: 'RANGE' },
    ]);
  });

  it('creates every index of the definition, with string keys and all attributes projected', () => {
    const { properties } = onlyResourceOfType(template, 'AWS::DynamoDB::Table');
    const attributeTypes = new Map(
      (properties.AttributeDefinitions as Array<{ AttributeName: string; AttributeType: string }>).map((a) => [
        a.AttributeName,
        a.AttributeType,
      ]),
    );

    expect(properties.GlobalSecondaryIndexes).toEqual(
      TABLE_DEFINITION.globalSecondaryIndexes.map((index) => ({
        IndexName: index.indexName,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
    );
    for (const index of TABLE_DEFINITION.globalSecondaryIndexes) {
      expect(attributeTypes.get(index.partitionKey)).toBe('S');
      expect(attributeTypes.get(index.sortKey)).toBe('S');
    }
  });

  it('bills per request, keeps point-in-time recovery and refuses deletion', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      DeletionProtectionEnabled: true,
    });
    template.hasResource('AWS::DynamoDB::Table', { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
  });

  it('expires items through the TTL attribute of the definition', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      TimeToLiveSpecification: { AttributeName: TABLE_DEFINITION.timeToLiveAttribute, Enabled: true },
    });
  });

  it('encrypts with its own rotated KMS key, which outlives the stack', () => {
    const key = onlyResourceOfType(template, 'AWS::KMS::Key');

    template.hasResourceProperties('AWS::DynamoDB::Table', {
      SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: { 'Fn::GetAtt': [key.logicalId, 'Arn'] } },
    });
    expect(key.properties.EnableKeyRotation).toBe(true);
    template.hasResource('AWS::KMS::Key', { DeletionPolicy: 'Retain' });
  });

  it('lets CloudFormation name the table', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', { TableName: Match.absent() });
  });
});
