import type { Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AREAS, type AreaDefinition } from '../../shared/areas.js';
import {
  createFixtureProject,
  type FixtureProject,
  functionOfArea,
  onlyResourceOfType,
  resourcesOfType,
  synthEnvol,
} from './support/envol-test-stack.js';

interface RouteProperties {
  RouteKey: string;
  AuthorizationType: string;
  AuthorizerId?: { Ref: string };
  Target: unknown;
}

function routesByKey(template: Template): Map<string, RouteProperties> {
  return new Map(
    Object.values(resourcesOfType(template, 'AWS::ApiGatewayV2::Route')).map((route) => {
      const properties = route.Properties as unknown as RouteProperties;
      return [properties.RouteKey, properties];
    }),
  );
}

function routeKeysOf(area: AreaDefinition): string[] {
  return area.prefixes.flatMap((prefix) => [`ANY ${prefix}`, `ANY ${prefix}/{proxy+}`]);
}

describe('EnvolHttpApi', () => {
  let fixture: FixtureProject;
  let template: Template;

  beforeAll(() => {
    fixture = createFixtureProject();
    ({ template } = synthEnvol(fixture));
  });
  afterAll(() => fixture.remove());

  it('routes every prefix of every area, with and without a sub-path, its route keys and anonymous routes, and nothing else', () => {
    const expected = AREAS.flatMap((area) => [...routeKeysOf(area), ...(area.routeKeys ?? []), ...(area.anonymousRoutes ?? [])]).sort();

    expect([...routesByKey(template).keys()].sort()).toEqual(expected);
    expect(expected).toContain('ANY /api/youth/{proxy+}');
  });

  it('casts a ballot and a follow-up answer with no authorizer, to the committees function, and only those routes of the area', () => {
    const routes = routesByKey(template);
    const cast = routes.get('POST /api/committees/{committeeId}/consultations/{consultationId}/ballots');
    expect(cast).toMatchObject({ AuthorizationType: 'NONE' });
    expect(cast?.AuthorizerId).toBeUndefined();
    // The same integration as the rest of the area: the committees function.
    expect(cast?.Target).toEqual(routes.get('ANY /api/committees/{proxy+}')?.Target);
    for (const key of ['ANY /api/committees', 'ANY /api/committees/{proxy+}'])
      expect(routes.get(key)).toMatchObject({ AuthorizationType: 'JWT' });
    const anonymous = [...routes.entries()].filter(([, route]) => route.AuthorizationType === 'NONE').map(([key]) => key);
    const publicAreaRoutes = AREAS.filter((area) => area.public).flatMap(routeKeysOf);
    expect(anonymous.filter((key) => !publicAreaRoutes.includes(key)).sort()).toEqual([
      'POST /api/committees/{committeeId}/consultations/{consultationId}/ballots',
      // The anonymous answer to a follow-up, cast like a ballot.
      'POST /api/committees/{committeeId}/consultations/{consultationId}/follow-ups/{questionId}/answers',
      // And a reminder's STOP link (the reminders area).
      'POST /api/reminders/stop',
    ]);
  });

  it('routes the autonomy grids to their own function, behind the JWT authorizer', () => {
    const authorizer = onlyResourceOfType(template, 'AWS::ApiGatewayV2::Authorizer').logicalId;
    const routes = routesByKey(template);
    const grids = functionOfArea(template, 'grids').logicalId;

    for (const key of ['ANY /api/grids', 'ANY /api/grids/{proxy+}']) {
      expect(routes.get(key)).toMatchObject({ AuthorizationType: 'JWT', AuthorizerId: { Ref: authorizer } });
      expect(JSON.stringify(routes.get(key)?.Target)).not.toContain(functionOfArea(template, 'interviews').logicalId);
    }
    expect(grids).not.toBe(functionOfArea(template, 'interviews').logicalId);
  });

  it('serves the RGPD export and the file’s end of life from the youth-archive function, behind the JWT authorizer, the rest of /api/youth from youth', () => {
    const authorizer = onlyResourceOfType(template, 'AWS::ApiGatewayV2::Authorizer').logicalId;
    const routes = routesByKey(template);
    const integrationOf = (key: string) => {
      const target = JSON.stringify(routes.get(key)?.Target);
      const integrations = resourcesOfType(template, 'AWS::ApiGatewayV2::Integration');
      return JSON.stringify(Object.entries(integrations).find(([logicalId]) => target.includes(logicalId))?.[1]?.Properties.IntegrationUri);
    };
    const archive = functionOfArea(template, 'youth-archive').logicalId;
    const youth = functionOfArea(template, 'youth').logicalId;
    const moved = AREAS.find((area) => area.name === 'youth-archive')?.routeKeys ?? [];

    expect(moved).toEqual(
      expect.arrayContaining(['GET /api/youth/{id}/export', 'POST /api/youth/{id}/archives-package', 'POST /api/youth/{id}/destroy']),
    );
    for (const key of moved) {
      expect(routes.get(key), key).toMatchObject({ AuthorizationType: 'JWT', AuthorizerId: { Ref: authorizer } });
      expect(integrationOf(key), key).toContain(archive);
      expect(integrationOf(key), key).not.toContain(youth);
    }
    expect(integrationOf('ANY /api/youth/{proxy+}')).toContain(youth);
    expect(integrationOf('ANY /api/youth/{proxy+}')).not.toContain(archive);
  });

  it('requires a Cognito JWT on the routes of non-public areas', () => {
    const authorizer = onlyResourceOfType(template, 'AWS::ApiGatewayV2::Authorizer').logicalId;
    const routes = routesByKey(template);

    for (const key of AREAS.filter((area) => !area.public).flatMap((area) => [...routeKeysOf(area), ...(area.routeKeys ?? [])])) {
      expect(routes.get(key)).toMatchObject({ AuthorizationType: 'JWT', AuthorizerId: { Ref: authorizer } });
    }
  });

  it('leaves the STOP link of a reminder open, and only it, in the reminders area', () => {
    const routes = routesByKey(template);
    expect(AREAS.find((area) => area.name === 'reminders')?.anonymousRoutes).toEqual(['POST /api/reminders/stop']);
    expect(routes.get('POST /api/reminders/stop')?.AuthorizationType).toBe('NONE');
    expect(routes.get('ANY /api/reminders/{proxy+}')?.AuthorizationType).toBe('JWT');
    // The same integration as the rest of the area: the reminders function.
    expect(routes.get('POST /api/reminders/stop')?.Target).toEqual(routes.get('ANY /api/reminders/{proxy+}')?.Target);
  });

  it('leaves the routes of public areas open', () => {
    const routes = routesByKey(template);

    for (const key of AREAS.filter((area) => area.public).flatMap(routeKeysOf)) {
      expect(routes.get(key)?.AuthorizationType).toBe('NONE');
      expect(routes.get(key)?.AuthorizerId).toBeUndefined();
    }
  });

  it('sends each area’s routes to that area’s function', () => {
    const integrations = resourcesOfType(template, 'AWS::ApiGatewayV2::Integration');
    const routes = routesByKey(template);

    for (const area of AREAS) {
      const fn = functionOfArea(template, area.name).logicalId;
      for (const key of [...routeKeysOf(area), ...(area.routeKeys ?? [])]) {
        const target = JSON.stringify(routes.get(key)?.Target);
        const integration = Object.entries(integrations).find(([logicalId]) => target.includes(logicalId))?.[1];

        expect(JSON.stringify(integration?.Properties.IntegrationUri)).toContain(fn);
      }
    }
  });

  it('checks tokens against the user pool issuer and the web client as audience', () => {
    const pool = onlyResourceOfType(template, 'AWS::Cognito::UserPool').logicalId;
    const client = onlyResourceOfType(template, 'AWS::Cognito::UserPoolClient').logicalId;
    const { properties } = onlyResourceOfType(template, 'AWS::ApiGatewayV2::Authorizer');
    const jwt = properties.JwtConfiguration as { Issuer: unknown; Audience: unknown[] };

    expect(properties.AuthorizerType).toBe('JWT');
    expect(properties.IdentitySource).toEqual(['$request.header.Authorization']);
    expect(jwt.Audience).toEqual([{ Ref: client }]);
    expect(JSON.stringify(jwt.Issuer)).toMatch(/^\{"Fn::Join":\["",\["https:\/\/cognito-idp\./);
    expect(JSON.stringify(jwt.Issuer)).toContain(`{"Ref":"${pool}"}`);
  });

  it('throttles the default stage and writes JSON access logs without body, headers or caller id', () => {
    const { properties } = onlyResourceOfType(template, 'AWS::ApiGatewayV2::Stage');
    const accessLogs = properties.AccessLogSettings as { DestinationArn: unknown; Format: string };
    const format = JSON.parse(accessLogs.Format) as Record<string, string>;

    expect(properties.StageName).toBe('$default');
    expect(properties.DefaultRouteSettings).toEqual({ ThrottlingBurstLimit: 200, ThrottlingRateLimit: 100 });
    expect(format.requestId).toBe('$context.requestId');
    expect(format.status).toBe('$context.status');
    expect(accessLogs.Format).not.toMatch(/requestBody|\.body|header|authorizer\.claims|Authorization/i);
  });

  it('configures no CORS, since pages and API share the CloudFront origin', () => {
    expect(onlyResourceOfType(template, 'AWS::ApiGatewayV2::Api').properties.CorsConfiguration).toBeUndefined();
  });
});
