import middy from '@middy/core';
import type { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';

/** Wraps an area's Hono app for API Gateway HTTP API (payload v2) behind middy. */
// biome-ignore lint/suspicious/noExplicitAny: any Hono app, whatever its env typing.
export function lambdaHandler(app: Hono<any, any, any>) {
  return middy(handle(app));
}
