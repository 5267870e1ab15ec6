import { join } from 'node:path';
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import type { Construct } from 'constructs';
import { AREAS, type AreaDefinition } from '../../shared/areas.js';
import { BALLOT_TABLE_ITEM_ACTIONS, DATA_TABLE_ITEM_ACTIONS } from '../../shared/db/item-actions.js';
import { BALLOT_TABLE_DEFINITION } from '../../shared/db/table-definition.js';
import type { EnvolContext } from './context.js';
import { DataTable } from './data-table.js';
import { EnvolFunction } from './envol-function.js';
import { EnvolHttpApi } from './http-api.js';
import { cognitoDomainUrl, defaultDomainPrefix, Identity } from './identity.js';
import { REPO_ROOT } from './paths.js';
import { WebContent } from './web-content.js';
import { WebHosting } from './web-hosting.js';

export interface EnvolStackProps extends StackProps, EnvolContext {
  /** The API areas, one function each. */
  readonly areas?: readonly AreaDefinition[];
  /**
   * Folder holding package-lock.json, inside which the function entries must be.
   * @default the repository root
   */
  readonly projectRoot?: string;
  /**
   * Folder with one `<area>/handler.ts` per area.
   * @default `functions` under the repository root
   */
  readonly functionsPath?: string;
  /**
   * The built web app.
   * @default `web/dist` under the repository root
   */
  readonly webAssetPath?: string;
}

/**
 * Why the ballot table goes without point-in-time recovery: the acknowledgement of cdk-nag's
 * AwsSolutions-DDB3 on that table, kept in the template (docs/ballot-secrecy.md).
 */
export const BALLOT_NO_PITR_REASON =
  'Secret ballot of the youth committees (CTJ/CDJ): point-in-time recovery would let two restores a second apart show which participation marker and which option counter changed together, linking a member to a choice. The table holds only markers, counters and anonymous feedback; back it up on demand only while no consultation is open.';

function constructIdOf(areaName: string): string {
  return areaName
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]?.toUpperCase() + word.slice(1))
    .join('');
}

/**
 * Envol in one stack: the tables, the identity provider, one function per API area behind
 * an HTTP API, and the web app on CloudFront, which also serves the API under `/api/*`.
 * Environment-agnostic: nothing is looked up in an account at synth time.
 */
export class EnvolStack extends Stack {
  /** The main table: files, journals, committees and consultations. */
  readonly data: DataTable;
  /** The committees' ballot box: participation markers, option counters, anonymous feedback. */
  readonly ballots: DataTable;

  constructor(scope: Construct, id: string, props: EnvolStackProps = {}) {
    super(scope, id, props);
    // S3 server access logs delivered under a bucket policy instead of the legacy
    // LogDeliveryWrite ACL. Set here, before any child exists, as cdk.json is not ours to
    // change; new CDK projects get it in cdk.json.
    this.node.setContext('@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy', true);
    const areas = props.areas ?? AREAS;
    const projectRoot = props.projectRoot ?? REPO_ROOT;
    const functionsPath = props.functionsPath ?? join(projectRoot, 'functions');
    const webAssetPath = props.webAssetPath ?? join(REPO_ROOT, 'web', 'dist');

    const data = new DataTable(this, 'Data');
    // The ballot box apart from everything else, with a key of its own: access to ballots
    // is granted, traced (the key's CloudTrail events) and cut off (disabling the key)
    // separately from access to the files, and the two can never be confused in a policy.
    const ballots = new DataTable(this, 'Ballots', {
      definition: BALLOT_TABLE_DEFINITION,
      keyDescription: 'Envol: encryption of the youth committees ballot table and its backups',
      noPointInTimeRecoveryReason: BALLOT_NO_PITR_REASON,
    });
    this.data = data;
    this.ballots = ballots;
    const http = new EnvolHttpApi(this, 'Http');

    // The distribution needs the Cognito URL for its CSP and the user pool client needs the
    // distribution's URL for its callbacks: the URL is computed from the domain prefix, so
    // the distribution never depends on Cognito resources and there is no cycle.
    const domainPrefix = props.cognitoDomainPrefix ?? defaultDomainPrefix();
    const web = new WebHosting(this, 'Web', {
      apiDomainName: http.domainName,
      cognitoDomainUrl: cognitoDomainUrl(domainPrefix),
      ...(props.webAclArn ? { webAclArn: props.webAclArn } : {}),
    });
    const identity = new Identity(this, 'Identity', {
      domainPrefix,
      appOrigin: web.origin,
      ...(props.mfa ? { mfa: props.mfa } : {}),
    });

    // API Gateway accepts a token whose `aud` (ID token) or `client_id` (access token) is
    // the web client; the functions verify the ID token again themselves (jose + JWKS).
    const authorizer = new HttpJwtAuthorizer('CognitoAuthorizer', identity.issuerUrl, {
      jwtAudience: [identity.client.userPoolClientId],
      identitySource: ['$request.header.Authorization'],
    });

    for (const area of areas) {
      // A public area answers without a token: it must never hold the ballot box.
      if (area.public && area.ballotBox) {
        throw new Error(`Area ${area.name} is public and cannot hold the ballot box (ballotBox: true).`);
      }
      const fn = new EnvolFunction(this, `${constructIdOf(area.name)}Function`, {
        name: area.name,
        entry: join(functionsPath, area.name, 'handler.ts'),
        projectRoot,
        environment: {
          ENVOL_TABLE: data.table.tableName,
          ...(area.ballotBox ? { ENVOL_BALLOT_TABLE: ballots.table.tableName } : {}),
          ENVOL_ISSUER: identity.issuerUrl,
          ENVOL_JWKS_URL: identity.jwksUrl,
          ENVOL_AUDIENCE: identity.client.userPoolClientId,
        },
      });
      // Public areas (health, docs) serve no data, so they get no access to it at all.
      if (!area.public) data.grantItemActions(fn.role, DATA_TABLE_ITEM_ACTIONS);
      // Least privilege on the secret ballot: only the area that holds the ballot box (today
      // committees) is told the table's name or may use it and its key.
      if (area.ballotBox) ballots.grantItemActions(fn.role, BALLOT_TABLE_ITEM_ACTIONS);
      http.addArea(area, fn.handler, authorizer);
    }

    new WebContent(this, 'WebContent', {
      assetPath: webAssetPath,
      bucket: web.bucket,
      distribution: web.distribution,
      config: {
        auth: 'cognito',
        cognitoDomain: identity.domainUrl,
        clientId: identity.client.userPoolClientId,
        redirectUri: `${web.origin}/`,
        logoutUri: `${web.origin}/`,
      },
    });

    new CfnOutput(this, 'WebUrl', { value: `${web.origin}/`, description: 'The application: open it in a browser.' });
    new CfnOutput(this, 'ApiUrl', {
      value: http.api.apiEndpoint,
      description: 'The HTTP API endpoint itself; browsers use the same routes under WebUrl/api/.',
    });
    new CfnOutput(this, 'CognitoDomainUrl', { value: identity.domainUrl, description: 'Managed login (sign-in) base URL.' });
    new CfnOutput(this, 'UserPoolId', { value: identity.userPool.userPoolId, description: 'Cognito user pool: create users here.' });
    new CfnOutput(this, 'UserPoolClientId', {
      value: identity.client.userPoolClientId,
      description: 'Web app client id: the audience of the tokens.',
    });
    new CfnOutput(this, 'TableName', { value: data.table.tableName, description: 'The DynamoDB table (generated name).' });
    new CfnOutput(this, 'BallotTableName', {
      value: ballots.table.tableName,
      description: 'The youth committees ballot table (generated name): no point-in-time recovery, never log its data events.',
    });
  }
}
