import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import type { LambdaEvent } from 'hono/aws-lambda';
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTokenVerifier } from '../../shared/auth/token-verifier.js';
import { ephemeralCursorCodec } from '../../shared/db/cursor.js';
import { lambdaHandler } from '../../shared/http/lambda-handler.js';
import { createYouthApp } from './app.js';

const dynamo = mockClient(DynamoDBDocumentClient);
const db = DynamoDBDocumentClient.from(
  new DynamoDBClient({ region: 'eu-west-3', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } }),
);
const youthId = '01JD2Y3QK9V8N6M4R2T0W1X5Z7';
const storedProfile = {
  pk: `D#62#Y#${youthId}`,
  sk: 'PROFILE',
  id: youthId,
  departement: '62',
  firstName: 'Lina',
  lastName: 'Martin',
  birthDate: '2009-03-12',
  careEndDate: null,
  accountSub: 'jeune-62-lina',
  referentId: 'ref-62-sophie',
  coordinateurId: 'coord-62-karim',
  version: 4,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

let handler: ReturnType<typeof lambdaHandler>;
let token: string;

beforeAll(async () => {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const jwks = createLocalJWKSet({ keys: [{ ...(await exportJWK(publicKey)), kid: 'k', alg: 'RS256' }] });
  const verifyToken = createTokenVerifier({ jwksUrl: 'http://unused.invalid', issuer: 'https://issuer.test', audience: 'client' }, jwks);
  handler = lambdaHandler(
    createYouthApp({
      store: { db, tableName: 'envol', ballotTableName: 'envol-ballots', cursors: ephemeralCursorCodec() },
      verifyToken,
      now: () => new Date('2026-11-24T10:00:00Z'),
    }),
  );
  token = await new SignJWT({ 'custom:role': 'referent', 'custom:departement': '62', name: 'Sophie' })
    .setProtectedHeader({ alg: 'RS256', kid: 'k' })
    .setSubject('ref-62-sophie')
    .setIssuer('https://issuer.test')
    .setAudience('client')
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(privateKey);
});

beforeEach(() => dynamo.reset());

function event(path: string, headers: Record<string, string> = {}): LambdaEvent {
  const payload: APIGatewayProxyEventV2 = {
    version: '2.0',
    routeKey: 'ANY /api/youth/{proxy+}',
    rawPath: path,
    rawQueryString: '',
    headers: { host: 'api.test', ...headers },
    isBase64Encoded: false,
    requestContext: {
      accountId: '1',
      apiId: 'a',
      domainName: 'api.test',
      domainPrefix: 'api',
      http: { method: 'GET', path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'test' },
      requestId: 'r',
      routeKey: 'ANY /api/youth/{proxy+}',
      stage: '$default',
      time: '',
      timeEpoch: 0,
    },
  };
  // Hono declares its own event types; the API Gateway v2 payload is one of them.
  return payload as unknown as LambdaEvent;
}

const context = { awsRequestId: 'lambda-request-1' } as Context;

describe('youth Lambda handler', () => {
  it('answers an API Gateway event with the file and audits the read', async () => {
    // prepare
    dynamo.on(GetCommand).resolves({ Item: storedProfile });
    dynamo.on(PutCommand).resolves({});
    // act
    const response = await handler(event(`/api/youth/${youthId}`, { authorization: `Bearer ${token}` }), context);
    // assess
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(response.body ?? '{}')).toMatchObject({ id: youthId, version: 4, keyDates: { age18: '2027-03-12' } });
    expect(response.headers?.['x-request-id']).toBe('lambda-request-1');
    const audit = dynamo.commandCalls(PutCommand)[0]?.args[0].input.Item;
    expect(audit).toMatchObject({ pk: `D#62#Y#${youthId}`, actorSub: 'ref-62-sophie', action: 'profile.read' });
    expect(dynamo.commandCalls(TransactWriteCommand)).toHaveLength(0);
  });

  it('answers 503 in the error shape when DynamoDB cannot be reached', async () => {
    dynamo.on(GetCommand).rejects(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }));
    const response = await handler(event(`/api/youth/${youthId}`, { authorization: `Bearer ${token}` }), context);
    expect(response.statusCode).toBe(503);
    expect(JSON.parse(response.body ?? '{}').error.code).toBe('SERVICE_UNAVAILABLE');
  });

  it('answers 500 without any detail when something unexpected fails', async () => {
    dynamo.on(GetCommand).resolves({ Item: { ...storedProfile, version: 'not a number' } });
    const response = await handler(event(`/api/youth/${youthId}`, { authorization: `Bearer ${token}` }), context);
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toMatch(/version|stack|at /);
  });

  it('answers 401 without touching DynamoDB when the token is missing', async () => {
    const response = await handler(event(`/api/youth/${youthId}`), context);
    expect(response.statusCode).toBe(401);
    expect(dynamo.calls()).toHaveLength(0);
  });

  it('puts the Lambda request id and the cold-start flag on the log lines of the invocation', async () => {
    dynamo.on(GetCommand).rejects(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }));
    const lines: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    }) as typeof process.stderr.write;
    try {
      await handler(event(`/api/youth/${youthId}`, { authorization: `Bearer ${token}` }), context);
    } finally {
      process.stderr.write = write;
    }
    // An error is logged at any level; warm invocations go back to the configured level.
    const failure = lines.map((line) => JSON.parse(line)).find((entry) => entry.message === 'request failed');
    expect(failure).toMatchObject({
      function_request_id: 'lambda-request-1',
      requestId: 'lambda-request-1',
      errorCode: 'SERVICE_UNAVAILABLE',
    });
    expect(typeof failure.cold_start).toBe('boolean');
  });
});
