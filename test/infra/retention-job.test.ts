import { describe, expect, it } from 'vitest';
import { logicalIdOf } from '../../infra/lib/logical-id.js';
import { expectNoHttpRoute, expectScheduledOnItsOwn, useDailyJob } from './support/daily-job.js';
import { actionsOf, actionsOn } from './support/envol-test-stack.js';

describe('the daily retention job', () => {
  const job = useDailyJob('retention', 'retention');

  it('runs once a day at 03:00 UTC, before the alerts, from an EventBridge rule that targets its function only', () => {
    expectScheduledOnItsOwn(job(), 'cron(0 3 * * ? *)');
  });

  it('may read, write and delete items of the main table (its calendar lines), and only delete by key in the ballot box (markers)', () => {
    const { statements, stack } = job();
    expect(new Set(actionsOn(statements, logicalIdOf(stack.data.table)))).toEqual(
      new Set(['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem']),
    );
    const actions = actionsOf(statements);
    expect(actions).not.toContain('dynamodb:Scan');
    expect(actions.some((action) => action.startsWith('secretsmanager:'))).toBe(false);
    expect(actionsOn(statements, logicalIdOf(stack.ballots.table))).toEqual(['dynamodb:DeleteItem']);
    expect(actions.every((action) => !action.endsWith('*'))).toBe(true);
  });

  it('is told the main table and the markers’ table (not as the ballot box), and has time for a whole deployment', () => {
    const { properties, stack } = job();
    expect(properties.Environment.Variables.ENVOL_TABLE).toEqual({ Ref: logicalIdOf(stack.data.table) });
    expect(properties.Environment.Variables.ENVOL_BALLOT_MARKERS_TABLE).toEqual({ Ref: logicalIdOf(stack.ballots.table) });
    expect(properties.Environment.Variables).not.toHaveProperty('ENVOL_BALLOT_TABLE');
    expect(properties.Environment.Variables).not.toHaveProperty('ENVOL_BALLOT_KEY_SECRET_ARN');
    expect(properties.Environment.Variables).not.toHaveProperty('ENVOL_CURSOR_SECRET_ARN');
    expect(properties.Timeout).toBe(300);
  });

  it('has no HTTP route', () => {
    expectNoHttpRoute(job());
  });
});
