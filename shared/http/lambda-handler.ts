import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';
import { logger } from './logger.js';

/**
 * Wraps an area's Hono app for API Gateway HTTP API (payload v2). Hono does the routing;
 * Middy runs what belongs to the Lambda invocation rather than to a route: Powertools'
 * `injectLambdaContext` puts the Lambda request id, the cold-start flag and the function
 * name on every log line of the invocation. The event is never logged (it holds tokens
 * and bodies), and keys added during an invocation are cleared after it.
 */
// biome-ignore lint/suspicious/noExplicitAny: any Hono app, whatever its env typing.
export function lambdaHandler(app: Hono<any, any, any>) {
  return middy(handle(app)).use(injectLambdaContext(logger, { logEvent: false, resetKeys: true }));
}
