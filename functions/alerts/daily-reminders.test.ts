import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { keys } from '../../shared/db/keys.js';
import { mockedStore } from '../../shared/db/mocked-store.js';
import { writeDailyReminders } from './daily-reminders.js';

const dynamo = mockClient(DynamoDBDocumentClient);
const store = mockedStore();
const now = new Date('2027-03-10T04:00:00Z'); // 05:00 in Paris, as the schedule runs it
const today = '2027-03-10';

beforeEach(() => dynamo.reset());

/** The index partitions of the day: one young person planned in a week, nothing else. */
function indexHolding(partitions: Record<string, Record<string, unknown>[]>) {
  dynamo.on(QueryCommand).callsFake((input: { ExpressionAttributeValues: Record<string, string> }) => ({
    Items: partitions[input.ExpressionAttributeValues[':pk'] ?? ''] ?? [],
  }));
}

describe('writeDailyReminders', () => {
  it('reads five index partitions and the files of the people it reminds, nothing more', async () => {
    // Prepare
    indexHolding({
      [keys.plannedInterviews('62', '2027-03-17')]: [{ gsi3sk: 'Y1#I1', scheduledOn: '2027-03-17' }],
    });
    dynamo.on(GetCommand).resolves({});
    dynamo.on(PutCommand).resolves({});

    // Act
    const run = await writeDailyReminders(store, '62', [{ sub: 'ref-62', items: 2 }], today, now);

    // Assess: tomorrow's and next week's entretiens, the consultations closing tomorrow and opening yesterday or today; no Scan.
    const queried = dynamo.commandCalls(QueryCommand).map((call) => call.args[0].input.ExpressionAttributeValues?.[':pk']);
    expect(queried.sort()).toEqual(
      [
        keys.plannedInterviews('62', '2027-03-11'),
        keys.plannedInterviews('62', '2027-03-17'),
        keys.consultationsClosing('62', '2027-03-11'),
        keys.consultationsOpening('62', '2027-03-09'),
        keys.consultationsOpening('62', '2027-03-10'),
      ].sort(),
    );
    // The preparation and the self-assessment of the one young person reminded, and no other file.
    expect(dynamo.commandCalls(GetCommand).map((call) => call.args[0].input.Key)).toEqual([
      { pk: keys.youth('62', 'Y1'), sk: keys.preparationSk },
      { pk: keys.youth('62', 'Y1'), sk: keys.gridSelfDraftSk },
    ]);
    expect(run).toEqual({ planned: 2, written: 2 });
    const puts = dynamo.commandCalls(PutCommand).map((call) => call.args[0].input);
    expect(puts.map((put) => [put.Item?.pk, put.Item?.kind, put.Item?.dueAt])).toEqual([
      [keys.youth('62', 'Y1'), 'draft_before_interview', '2027-03-10T07:00:00.000Z'],
      [keys.staff('62', 'ref-62'), 'staff_digest', '2027-03-10T07:00:00.000Z'],
    ]);
    expect(puts.every((put) => put.ConditionExpression === 'attribute_not_exists(pk)')).toBe(true);
  });

  it('counts a message already written by an earlier run as not written again', async () => {
    indexHolding({ [keys.plannedInterviews('62', '2027-03-11')]: [{ gsi3sk: 'Y2#I2', scheduledOn: '2027-03-11' }] });
    dynamo.on(PutCommand).rejects(new ConditionalCheckFailedException({ message: 'exists', $metadata: {} }));

    expect(await writeDailyReminders(store, '62', [], today, now)).toEqual({ planned: 1, written: 0 });
    expect(dynamo.commandCalls(PutCommand)[0]?.args[0].input.Item?.id).toMatch(/-2027-03-10-interview_tomorrow$/);
  });

  it('tells the members of a consultation opening today, reading its committee’s members once', async () => {
    const consultation = {
      id: '01JNXK0000000000000000000K',
      committeeId: '01JNXK0000000000000000000C',
      title: 'Nos sorties',
      description: null,
      questions: [],
      opensAt: '2027-03-10T09:00:00.000Z',
      closesAt: '2027-03-11T17:00:00.000Z',
      minBallots: 5,
      followUps: {},
    };
    indexHolding({
      [keys.consultationsOpening('62', today)]: [consultation],
      [keys.consultationsClosing('62', '2027-03-11')]: [consultation],
      [keys.committee('62', '01JNXK0000000000000000000C')]: [
        { youthId: '01JNXK0000000000000000000Y', accountSub: 'sub-y3', firstName: 'A', lastName: 'B', addedAt: now.toISOString() },
      ],
    });
    dynamo.on(PutCommand).resolves({});

    expect(await writeDailyReminders(store, '62', [], today, now)).toEqual({ planned: 2, written: 2 });
    const puts = dynamo.commandCalls(PutCommand).map((call) => call.args[0].input.Item);
    expect(puts.map((item) => [item?.kind, item?.dueAt])).toEqual([
      ['consultation_closes_tomorrow', '2027-03-10T07:00:00.000Z'],
      ['consultation_opened', '2027-03-10T09:00:00.000Z'],
    ]);
    expect(puts[1]?.id).toMatch(/-2027-03-10-consultation_opened-01JNXK0000000000000000000K$/);
    const memberReads = dynamo
      .commandCalls(QueryCommand)
      .filter((call) => call.args[0].input.ExpressionAttributeValues?.[':pk'] === keys.committee('62', '01JNXK0000000000000000000C'));
    expect(memberReads).toHaveLength(1);
  });
});
