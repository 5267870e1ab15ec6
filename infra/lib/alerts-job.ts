import { Duration } from 'aws-cdk-lib';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Construct } from 'constructs';
import { ALERTS_JOB_ITEM_ACTIONS } from '../../shared/db/item-actions.js';
import type { DataTable } from './data-table.js';
import { EnvolFunction } from './envol-function.js';

export interface AlertsJobProps {
  /** The TypeScript entry exporting `handler` (functions/alerts/handler.ts). */
  readonly entry: string;
  readonly projectRoot: string;
  readonly data: DataTable;
}

/**
 * The daily deadline alerts and reminders job: its own function, run by an EventBridge
 * rule every day at 04:00 UTC (5 or 6 a.m. in Paris), before staff open « Mon suivi ». It
 * writes the day's reminders to the outbox (the sender sends them from 8:00) and sends
 * nothing itself. It gets the main table's reads and writes it uses and nothing else: no
 * DeleteItem, no ballot table, no cursor secret, no SES or SMS, no HTTP route.
 */
export class AlertsJob extends Construct {
  readonly fn: EnvolFunction;
  readonly rule: Rule;

  constructor(scope: Construct, id: string, props: AlertsJobProps) {
    super(scope, id);
    this.fn = new EnvolFunction(this, 'Function', {
      name: 'alerts',
      entry: props.entry,
      projectRoot: props.projectRoot,
      environment: { ENVOL_TABLE: props.data.table.tableName },
      // Its cost grows with what is due in the whole deployment, not with one request.
      timeout: Duration.minutes(5),
      description: 'Envol daily deadline alerts and reminders job',
    });
    props.data.grantItemActions(this.fn.role, ALERTS_JOB_ITEM_ACTIONS);
    this.rule = new Rule(this, 'Daily', {
      description: 'Envol: the deadline alerts and reminders, once a day',
      schedule: Schedule.cron({ minute: '0', hour: '4' }),
      // Two retries: a run writes each alert once, so a retry after a failure is harmless.
      targets: [new LambdaFunction(this.fn.handler, { retryAttempts: 2, maxEventAge: Duration.hours(6) })],
    });
  }
}
