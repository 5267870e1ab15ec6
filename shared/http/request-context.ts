import type { MiddlewareHandler } from 'hono';
import { ulid } from '../crypto/ulid.js';
import type { AppEnv } from './app-env.js';
import { logger } from './logger.js';

/** Request id (Lambda's when there is one), echoed in `x-request-id`, and one access log line per request. */
export const requestContext: MiddlewareHandler<AppEnv> = async (c, next) => {
  const lambdaRequestId = (c.env as { lambdaContext?: { awsRequestId?: string } } | undefined)?.lambdaContext?.awsRequestId;
  const requestId = lambdaRequestId ?? ulid();
  c.set('requestId', requestId);
  const started = performance.now();
  await next();
  c.header('x-request-id', requestId);
  c.header('cache-control', 'no-store');
  logger.info('request', {
    requestId,
    method: c.req.method,
    // The route pattern, not the path: no ids or query strings in logs.
    route: c.req.routePath,
    status: c.res.status,
    durationMs: Math.round(performance.now() - started),
    role: c.var.principal?.role,
  });
};
