import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { InvalidInput } from '../domain/errors.js';
import { mockedStore } from './mocked-store.js';
import { indexPartitionQuery, queryIndexPage } from './query-page.js';

const dynamo = mockClient(DynamoDBDocumentClient);
const store = mockedStore();
const tableKey = { pk: { startsWith: 'D#62#Y#' }, sk: { equals: 'PROFILE' } };

beforeEach(() => dynamo.reset());

describe('indexPartitionQuery', () => {
  it('reads the whole partition of the index it names', () => {
    expect(indexPartitionQuery({ index: 'gsi2', value: 'D#62#COORD#c1' })).toEqual({
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :pk',
      ExpressionAttributeValues: { ':pk': 'D#62#COORD#c1' },
    });
  });

  it('reads only the sort keys under a prefix when one is given', () => {
    expect(indexPartitionQuery({ index: 'gsi3', value: 'D#62#STAFF' }, 'referent#')).toEqual({
      IndexName: 'gsi3',
      KeyConditionExpression: 'gsi3pk = :pk AND begins_with(gsi3sk, :prefix)',
      ExpressionAttributeValues: { ':pk': 'D#62#STAFF', ':prefix': 'referent#' },
    });
  });
});

describe('queryIndexPage', () => {
  it('reads one page of the partition, filtered when asked, and hands back a cursor that continues it', async () => {
    const last = { gsi1pk: 'D#62#REF#r1', gsi1sk: 'dupont#y2', pk: 'D#62#Y#y2', sk: 'PROFILE' };
    dynamo.on(QueryCommand).resolves({ Items: [{ id: 'y1' }, { id: 'y2' }], LastEvaluatedKey: last });

    const first = await queryIndexPage(
      store,
      {
        partition: { index: 'gsi1', value: 'D#62#REF#r1' },
        tableKey,
        filter: { expression: 'partnerId = :partner', values: { ':partner': 'p1' } },
      },
      { limit: 2 },
      (item) => String(item.id),
    );

    expect(first.items).toEqual(['y1', 'y2']);
    expect(dynamo.commandCalls(QueryCommand)[0]?.args[0].input).toEqual({
      TableName: 'envol',
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      FilterExpression: 'partnerId = :partner',
      ExpressionAttributeValues: { ':pk': 'D#62#REF#r1', ':partner': 'p1' },
      Limit: 2,
      ExclusiveStartKey: undefined,
    });
    dynamo.on(QueryCommand).resolves({ Items: [] });
    await queryIndexPage(store, { partition: { index: 'gsi1', value: 'D#62#REF#r1' }, tableKey }, { cursor: first.cursor ?? '' }, String);
    expect(dynamo.commandCalls(QueryCommand)[1]?.args[0].input.ExclusiveStartKey).toEqual(last);
  });

  it('refuses a cursor of another partition, sending nothing', async () => {
    const elsewhere = await store.cursors.encode({ gsi1pk: 'D#62#REF#other', gsi1sk: 'x', pk: 'D#62#Y#y9', sk: 'PROFILE' });

    const read = queryIndexPage(
      store,
      { partition: { index: 'gsi1', value: 'D#62#REF#r1' }, tableKey },
      { cursor: elsewhere ?? '' },
      String,
    );

    await expect(read).rejects.toBeInstanceOf(InvalidInput);
    expect(dynamo.commandCalls(QueryCommand)).toHaveLength(0);
  });

  it('refuses a cursor whose index sort key is outside the prefix read', async () => {
    const otherRole = await store.cursors.encode({ gsi3pk: 'D#62#STAFF', gsi3sk: 'admin#a1', pk: 'D#62#S#a1', sk: 'PROFILE' });

    const read = queryIndexPage(
      store,
      {
        partition: { index: 'gsi3', value: 'D#62#STAFF' },
        sortKeyPrefix: 'referent#',
        tableKey: { pk: { startsWith: 'D#62#S#' }, sk: { equals: 'PROFILE' } },
      },
      { cursor: otherRole ?? '' },
      String,
    );

    await expect(read).rejects.toBeInstanceOf(InvalidInput);
  });
});
