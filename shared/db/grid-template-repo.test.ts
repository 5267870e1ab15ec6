import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Principal } from '../auth/principal.js';
import { DEFAULT_GRID_TEMPLATE } from '../domain/autonomy-grid.js';
import { VersionConflict } from '../domain/errors.js';
import { gridTemplateRepo } from './grid-template-repo.js';
import { mockedStore } from './mocked-store.js';

const dynamo = mockClient(DynamoDBDocumentClient);
const store = mockedStore();
const admin: Principal = { sub: 'admin-62', role: 'admin', departement: '62', name: null };
const now = new Date('2026-11-24T10:00:00Z');
const next = { version: 2, items: DEFAULT_GRID_TEMPLATE.items };

beforeEach(() => dynamo.reset());

describe('gridTemplateRepo.publish', () => {
  it('writes the version once, only if absent, and removes the draft it came from', async () => {
    dynamo.on(TransactWriteCommand).resolves({});
    expect(await gridTemplateRepo.publish(store, admin, next, 3, now)).toEqual(next);
    const items = dynamo.commandCalls(TransactWriteCommand)[0]?.args[0].input.TransactItems ?? [];
    expect(items[0]?.Put?.ConditionExpression).toBe('attribute_not_exists(pk)');
    expect(items[0]?.Put?.Item).toMatchObject({ pk: 'D#62#SETTINGS', sk: 'GRIDTPL#V#000002', version: 2 });
    expect(items[1]?.Delete?.ExpressionAttributeValues).toEqual({ ':revision': 3 });
  });

  it('turns a lost race (the version is already written) into a VersionConflict (409), not a 500', async () => {
    dynamo.on(TransactWriteCommand).rejects(
      new TransactionCanceledException({
        message: 'cancelled',
        $metadata: {},
        CancellationReasons: [{ Code: 'ConditionalCheckFailed' }, { Code: 'None' }],
      }),
    );
    await expect(gridTemplateRepo.publish(store, admin, next, 3, now)).rejects.toBeInstanceOf(VersionConflict);
  });

  it('lets any other failure through', async () => {
    dynamo.on(TransactWriteCommand).rejects(new Error('network'));
    await expect(gridTemplateRepo.publish(store, admin, next, null, now)).rejects.toThrow('network');
  });
});

describe('gridTemplateRepo.saveDraft', () => {
  it('turns a stale revision into a VersionConflict', async () => {
    dynamo.on(UpdateCommand).rejects(new ConditionalCheckFailedException({ message: 'failed', $metadata: {} }));
    await expect(
      gridTemplateRepo.saveDraft(store, '62', { baseVersion: 1, items: DEFAULT_GRID_TEMPLATE.items }, 4, now),
    ).rejects.toBeInstanceOf(VersionConflict);
    expect(dynamo.commandCalls(UpdateCommand)[0]?.args[0].input.ConditionExpression).toBe('revision = :expected');
  });
});
