import { App, Stack } from 'aws-cdk-lib';
import type { Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataTable } from '../../infra/lib/data-table.js';
import type { EnvolStack } from '../../infra/lib/envol-stack.js';
import { BALLOT_TABLE_DEFINITION, TABLE_DEFINITION, type TableDefinition } from '../../shared/db/table-definition.js';
import { type CfnResource, createFixtureProject, type FixtureProject, resourceOf, synthEnvol } from './support/envol-test-stack.js';

describe('DataTable', () => {
  let fixture: FixtureProject;
  let template: Template;
  let stack: EnvolStack;

  beforeAll(() => {
    fixture = createFixtureProject();
    ({ template, stack } = synthEnvol(fixture));
  });
  afterAll(() => fixture.remove());

  const tables = [
    { name: 'main table', definition: TABLE_DEFINITION, of: (s: EnvolStack) => s.data },
    { name: 'ballot table', definition: BALLOT_TABLE_DEFINITION, of: (s: EnvolStack) => s.ballots },
  ] as const;

  describe.each(tables)('$name', ({ definition, of }) => {
    const table = (): CfnResource => resourceOf(template, of(stack).table).resource;

    it('keys the table exactly as shared/db/table-definition.ts describes it', () => {
      expect(table().Properties.KeySchema).toEqual([
        { AttributeName: definition.partitionKey, KeyType: 'HASH' },
        { AttributeName: definition.sortKey, KeyType: 'RANGE' },
      ]);
    });

    it('creates every index of the definition, with string keys and all attributes projected, and no other', () => {
      const properties = table().Properties;
      const attributeTypes = new Map(
        (properties.AttributeDefinitions as Array<{ AttributeName: string; AttributeType: string }>).map((a) => [
          a.AttributeName,
          a.AttributeType,
        ]),
      );
      const expected = definition.globalSecondaryIndexes.map((index) => ({
        IndexName: index.indexName,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      }));

      expect(properties.GlobalSecondaryIndexes ?? []).toEqual(expected);
      for (const index of definition.globalSecondaryIndexes) {
        expect(attributeTypes.get(index.partitionKey)).toBe('S');
        expect(attributeTypes.get(index.sortKey)).toBe('S');
      }
    });

    it('bills per request, refuses deletion and outlives the stack', () => {
      const resource = table();

      expect(resource.Properties.BillingMode).toBe('PAY_PER_REQUEST');
      expect(resource.Properties.DeletionProtectionEnabled).toBe(true);
      expect(resource.DeletionPolicy).toBe('Retain');
      expect(resource.UpdateReplacePolicy).toBe('Retain');
    });

    it('keeps point-in-time recovery exactly when the definition asks for it', () => {
      expect(table().Properties.PointInTimeRecoverySpecification).toEqual({
        PointInTimeRecoveryEnabled: definition.pointInTimeRecovery,
      });
    });

    it('expires items only through the TTL attribute of the definition, if any', () => {
      const ttl = table().Properties.TimeToLiveSpecification;

      if (definition.timeToLiveAttribute) expect(ttl).toEqual({ AttributeName: definition.timeToLiveAttribute, Enabled: true });
      else expect(ttl).toBeUndefined();
    });

    it('has no stream and no contributor insights (no history of writes or keys)', () => {
      const properties = table().Properties;

      expect(properties.StreamSpecification).toBeUndefined();
      expect(properties.KinesisStreamSpecification).toBeUndefined();
      expect(properties.ContributorInsightsSpecification).toEqual({ Enabled: false });
    });

    it('encrypts with its own rotated KMS key, which outlives the stack', () => {
      const key = resourceOf(template, of(stack).key);

      expect(table().Properties.SSESpecification).toEqual({
        SSEEnabled: true,
        SSEType: 'KMS',
        KMSMasterKeyId: { 'Fn::GetAtt': [key.logicalId, 'Arn'] },
      });
      expect(key.resource.Type).toBe('AWS::KMS::Key');
      expect(key.resource.Properties.EnableKeyRotation).toBe(true);
      expect(key.resource.DeletionPolicy).toBe('Retain');
    });

    it('lets CloudFormation name the table', () => {
      expect(table().Properties.TableName).toBeUndefined();
    });
  });

  it('keeps the main table and the ballot box apart: two tables, two keys', () => {
    expect(resourceOf(template, stack.data.table).logicalId).not.toBe(resourceOf(template, stack.ballots.table).logicalId);
    expect(resourceOf(template, stack.data.key).logicalId).not.toBe(resourceOf(template, stack.ballots.key).logicalId);
    expect(resourceOf(template, stack.data.table).resource.Properties.PointInTimeRecoverySpecification).toEqual({
      PointInTimeRecoveryEnabled: true,
    });
    expect(resourceOf(template, stack.ballots.table).resource.Properties.PointInTimeRecoverySpecification).toEqual({
      PointInTimeRecoveryEnabled: false,
    });
  });
});

describe('DataTable without point-in-time recovery', () => {
  const withoutPitr: TableDefinition = { ...BALLOT_TABLE_DEFINITION, pointInTimeRecovery: false };
  const probe = () => new Stack(new App(), 'Probe');

  it('refuses to build one without a written reason', () => {
    expect(() => new DataTable(probe(), 'Ballots', { definition: withoutPitr })).toThrow(/noPointInTimeRecoveryReason/);
    expect(() => new DataTable(probe(), 'Ballots', { definition: withoutPitr, noPointInTimeRecoveryReason: 'because' })).toThrow(
      /40 characters/,
    );
  });

  it('refuses a reason for a table that keeps point-in-time recovery', () => {
    expect(
      () =>
        new DataTable(probe(), 'Data', {
          definition: TABLE_DEFINITION,
          noPointInTimeRecoveryReason: 'A reason that is long enough but has no object at all.',
        }),
    ).toThrow(/keeps point-in-time recovery/);
  });
});
