import { Stack, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpMethod, HttpStage, type IHttpRouteAuthorizer, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { AreaDefinition } from '../../shared/areas.js';

/**
 * One JSON object per request. Deliberately absent: the request body and every header
 * (Authorization above all), the query string, and the caller's `sub`: an access log that
 * ties a member to the instant they posted to a ballot route would weaken the secret vote.
 * The source IP is CloudFront's, not the user's.
 */
const ACCESS_LOG_FIELDS: Record<string, string> = {
  requestId: '$context.requestId',
  requestTime: '$context.requestTime',
  routeKey: '$context.routeKey',
  method: '$context.httpMethod',
  path: '$context.path',
  status: '$context.status',
  protocol: '$context.protocol',
  responseLength: '$context.responseLength',
  responseLatency: '$context.responseLatency',
  integrationStatus: '$context.integrationStatus',
  integrationLatency: '$context.integrationLatency',
  integrationError: '$context.integrationErrorMessage',
  authorizerError: '$context.authorizer.error',
  sourceIp: '$context.identity.sourceIp',
};

export interface EnvolHttpApiProps {
  /** Steady-state requests per second across the API. */
  readonly rateLimit?: number;
  /** Requests allowed in a burst above the rate. */
  readonly burstLimit?: number;
}

/**
 * The HTTP API behind CloudFront's `/api/*`. No CORS configuration: the web app and the
 * API share one origin (the CloudFront domain), so browsers never send a cross-origin
 * request to it.
 */
export class EnvolHttpApi extends Construct {
  readonly api: HttpApi;
  readonly stage: HttpStage;
  readonly accessLogs: LogGroup;
  /** Host name of the execute-api endpoint, for a CloudFront origin. */
  readonly domainName: string;

  constructor(scope: Construct, id: string, props: EnvolHttpApiProps = {}) {
    super(scope, id);

    this.api = new HttpApi(this, 'Api', {
      description: 'Envol API (reached through CloudFront /api/*)',
      // Our own $default stage below, to give it throttling and access logs.
      createDefaultStage: false,
    });

    // Kept a year, the most the RGPD range for technical logs allows (6 months to a year):
    // the security trail (who reached which route, when, with what result); the functions'
    // logs carry no more than that and follow `logRetentionMonths` (6 by default).
    this.accessLogs = new LogGroup(this, 'AccessLogs', { retention: RetentionDays.ONE_YEAR });

    this.stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: props.rateLimit ?? 100, burstLimit: props.burstLimit ?? 200 },
      accessLogSettings: {
        destination: new LogGroupLogDestination(this.accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FIELDS)),
      },
    });

    const stack = Stack.of(this);
    this.domainName = `${this.api.apiId}.execute-api.${stack.region}.${stack.urlSuffix}`;
  }

  /**
   * Routes `ANY <prefix>` and `ANY <prefix>/{proxy+}` of every prefix of the area, and each
   * of its route keys, to its function. Public areas get no authorizer; the others need a
   * valid token.
   */
  addArea(area: AreaDefinition, handler: IFunction, authorizer: IHttpRouteAuthorizer): void {
    const integration = new HttpLambdaIntegration(`${area.name}Integration`, handler);
    for (const prefix of area.prefixes) {
      const routes = this.api.addRoutes({
        path: prefix,
        methods: [HttpMethod.ANY],
        integration,
        ...(area.public ? {} : { authorizer }),
      });
      routes.push(
        ...this.api.addRoutes({
          path: `${prefix}/{proxy+}`,
          methods: [HttpMethod.ANY],
          integration,
          ...(area.public ? {} : { authorizer }),
        }),
      );
      if (area.public) {
        for (const route of routes) {
          Validations.of(route).acknowledge({
            id: 'AwsSolutions-APIG4',
            reason: `Area "${area.name}" is declared public in shared/areas.ts: its routes (${prefix}), such as the health check and the API documentation, answer without a token and must return no personal data.`,
          });
        }
      }
    }
    // Routes the area answers under another area's prefix: more specific than that area's
    // `{proxy+}`, so API Gateway picks them, behind the same authorizer.
    for (const routeKey of area.routeKeys ?? []) this.addRouteKey(routeKey, integration, area.public ? undefined : authorizer);
    // Routes that must carry no identity (casting a ballot): more specific than the area's
    // `{proxy+}`, so API Gateway picks them, and without the authorizer.
    for (const routeKey of area.anonymousRoutes ?? []) {
      for (const route of this.addRouteKey(routeKey, integration, undefined)) {
        Validations.of(route).acknowledge({
          id: 'AwsSolutions-APIG4',
          reason: `${routeKey} is anonymous on purpose (shared/areas.ts): a ballot is cast with a blind-signed credential and no identity, so that no request links a member to a choice; the function refuses any token or cookie sent to it.`,
        });
      }
    }
  }

  /** One API Gateway route key (`METHOD /path/{param}`) to the area's function, behind `authorizer` when there is one. */
  private addRouteKey(routeKey: string, integration: HttpLambdaIntegration, authorizer: IHttpRouteAuthorizer | undefined) {
    const [method = '', path = ''] = routeKey.split(' ');
    return this.api.addRoutes({ path, methods: [method as HttpMethod], integration, ...(authorizer ? { authorizer } : {}) });
  }
}
