import { Duration } from 'aws-cdk-lib';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Construct } from 'constructs';
import { BALLOT_MARKER_ERASURE_ITEM_ACTIONS, RETENTION_JOB_ITEM_ACTIONS } from '../../shared/db/item-actions.js';
import type { DataTable } from './data-table.js';
import { EnvolFunction } from './envol-function.js';

export interface RetentionJobProps {
  /** The TypeScript entry exporting `handler` (functions/retention/handler.ts). */
  readonly entry: string;
  readonly projectRoot: string;
  readonly data: DataTable;
  /** The ballot box: only to delete a published consultation's markers by key. */
  readonly ballots: DataTable;
}

/**
 * The daily retention job (RGPD): its own function, run by an EventBridge rule every day
 * at 03:00 UTC, before the deadline alerts, so that an archived file raises none. It gets
 * the main table's item actions it uses and, on the ballot box, DeleteItem alone (a
 * published consultation's markers, a year later): it reads no ballot, answer or
 * feedback, holds no ballot key, no cursor secret, no HTTP route.
 */
export class RetentionJob extends Construct {
  readonly fn: EnvolFunction;
  readonly rule: Rule;

  constructor(scope: Construct, id: string, props: RetentionJobProps) {
    super(scope, id);
    this.fn = new EnvolFunction(this, 'Function', {
      name: 'retention',
      entry: props.entry,
      projectRoot: props.projectRoot,
      environment: { ENVOL_TABLE: props.data.table.tableName, ENVOL_BALLOT_MARKERS_TABLE: props.ballots.table.tableName },
      // Its cost grows with the files due in the whole deployment, not with one request.
      timeout: Duration.minutes(5),
      description: 'Envol daily retention job (RGPD)',
    });
    props.data.grantItemActions(this.fn.role, RETENTION_JOB_ITEM_ACTIONS);
    props.ballots.grantItemActions(this.fn.role, BALLOT_MARKER_ERASURE_ITEM_ACTIONS);
    this.rule = new Rule(this, 'Daily', {
      description: 'Envol: the retention of files (RGPD), once a day',
      schedule: Schedule.cron({ minute: '0', hour: '3' }),
      // Two retries: a run archives each file once, so a retry after a failure is harmless.
      targets: [new LambdaFunction(this.fn.handler, { retryAttempts: 2, maxEventAge: Duration.hours(6) })],
    });
  }
}
