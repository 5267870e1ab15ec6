import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { VersionConflict } from '../domain/errors.js';
import { mockedStore } from './mocked-store.js';
import { TransactionCancelled, transactWriteVersioned } from './transact.js';

const dynamo = mockClient(DynamoDBDocumentClient);
const store = mockedStore();
const items = [{ Put: { TableName: 't', Item: { pk: 'a', sk: 'b' } } }, { Put: { TableName: 't', Item: { pk: 'a', sk: 'c' } } }];

function cancelled(codes: string[]) {
  return new TransactionCanceledException({
    message: 'Transaction cancelled',
    $metadata: {},
    CancellationReasons: codes.map((Code) => ({ Code })),
  });
}

beforeEach(() => dynamo.reset());

describe('transactWriteVersioned', () => {
  it('writes the items in one transaction', async () => {
    dynamo.on(TransactWriteCommand).resolves({});
    await transactWriteVersioned(store.db, items);
    expect(dynamo.commandCalls(TransactWriteCommand)[0]?.args[0].input.TransactItems).toEqual(items);
  });

  it('answers a failed condition on the first item, the versioned write, as a VersionConflict', async () => {
    dynamo.on(TransactWriteCommand).rejects(cancelled(['ConditionalCheckFailed', 'None']));
    await expect(transactWriteVersioned(store.db, items)).rejects.toBeInstanceOf(VersionConflict);
  });

  it('leaves any other cancellation to the caller', async () => {
    dynamo.on(TransactWriteCommand).rejects(cancelled(['None', 'ConditionalCheckFailed']));
    const failure = await transactWriteVersioned(store.db, items).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TransactionCancelled);
    expect((failure as TransactionCancelled).failedCondition(1)).toBe(true);
  });
});
