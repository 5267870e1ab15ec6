import { describe, expect, it } from 'vitest';
import { logicalIdOf } from '../../infra/lib/logical-id.js';
import { expectNoHttpRoute, expectScheduledOnItsOwn, useDailyJob } from './support/daily-job.js';
import { actionsOf, actionsOn } from './support/envol-test-stack.js';

describe('the daily deadline alerts job', () => {
  // The reminder sender has a rule of its own (reminder-sender.test.ts).
  const job = useDailyJob('alerts', 'deadline alerts');

  it('runs once a day at 04:00 UTC from an EventBridge rule that targets its function only', () => {
    expectScheduledOnItsOwn(job(), 'cron(0 4 * * ? *)');
  });

  it('may read the calendar and files and write alerts on the main table, never delete, and nothing else', () => {
    const { statements, stack } = job();
    expect(new Set(actionsOn(statements, logicalIdOf(stack.data.table)))).toEqual(
      new Set(['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem']),
    );
    const actions = actionsOf(statements);
    expect(actions).not.toContain('dynamodb:DeleteItem');
    expect(actions.some((action) => action.startsWith('secretsmanager:'))).toBe(false);
    expect(actionsOn(statements, logicalIdOf(stack.ballots.table))).toEqual([]);
    expect(actionsOn(statements, logicalIdOf(stack.ballots.key))).toEqual([]);
    expect(actions.every((action) => !action.endsWith('*'))).toBe(true);
  });

  it('writes the day’s reminders to the outbox but sends none itself: no SES, no SMS, no sender settings', () => {
    const { statements, properties } = job();
    const actions = actionsOf(statements);
    expect(actions).toContain('dynamodb:PutItem');
    expect(actions.filter((action) => action.startsWith('ses:') || action.startsWith('sms-voice:'))).toEqual([]);
    expect(Object.keys(properties.Environment.Variables).filter((name) => /EMAIL|SMS|ORIGIN/.test(name))).toEqual([]);
  });

  it('is told the main table only, and has time for a whole deployment', () => {
    const { properties, stack } = job();
    expect(properties.Environment.Variables.ENVOL_TABLE).toEqual({ Ref: logicalIdOf(stack.data.table) });
    expect(properties.Environment.Variables).not.toHaveProperty('ENVOL_BALLOT_TABLE');
    expect(properties.Environment.Variables).not.toHaveProperty('ENVOL_CURSOR_SECRET_ARN');
    expect(properties.Timeout).toBe(300);
  });

  it('has no HTTP route', () => {
    expectNoHttpRoute(job());
  });
});
