import { DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { mockedStore } from './mocked-store.js';
import { versionedTemplates } from './versioned-templates.js';

const dynamo = mockClient(DynamoDBDocumentClient);
const store = mockedStore();
const builtIn = { version: 1, words: ['un'] };
const templates = versionedTemplates({
  type: 'wordTemplate',
  prefix: 'WORDS#',
  sk: (version) => `WORDS#${String(version).padStart(6, '0')}`,
  schema: z.object({ version: z.number().int(), words: z.array(z.string()) }),
  builtIn,
});

beforeEach(() => dynamo.reset());

describe('versionedTemplates', () => {
  it('reads the latest published version first, and the built-in one when none is', async () => {
    dynamo
      .on(QueryCommand)
      .resolvesOnce({ Items: [{ pk: 'D#62#SETTINGS', sk: 'WORDS#000003', version: 3, words: ['trois'] }] })
      .resolvesOnce({ Items: [] });
    expect(await templates.current(store, '62')).toEqual({ version: 3, words: ['trois'] });
    expect(dynamo.commandCalls(QueryCommand)[0]?.args[0].input).toMatchObject({ ScanIndexForward: false, Limit: 1 });
    expect(await templates.current(store, '62')).toBe(builtIn);
  });

  it('serves version 1 without reading, and null for a version never published', async () => {
    expect(await templates.byVersion(store, '62', 1)).toBe(builtIn);
    expect(dynamo.commandCalls(GetCommand)).toHaveLength(0);
    dynamo.on(GetCommand).resolves({});
    expect(await templates.byVersion(store, '62', 7)).toBeNull();
  });

  it('publishes a version only if it is not written yet', () => {
    const put = templates.publishPut(store, '62', { version: 2, words: ['deux'] }, new Date('2026-11-29T10:00:00Z'));
    expect(put).toEqual({
      TableName: 'envol',
      Item: {
        pk: 'D#62#SETTINGS',
        sk: 'WORDS#000002',
        type: 'wordTemplate',
        version: 2,
        words: ['deux'],
        publishedAt: '2026-11-29T10:00:00.000Z',
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    });
  });
});
