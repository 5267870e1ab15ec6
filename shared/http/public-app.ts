import type { Hono } from 'hono';
import type { AppEnv } from './app-env.js';
import { errorBody, handleError } from './error-boundary.js';
import { ApiError } from './errors.js';
import { limitHeaderSize } from './header-guard.js';
import { requestContext } from './request-context.js';

/**
 * What every app answers with, public or not: request id and access log, the header
 * limit, one error boundary, a 404 in the error shape. Kept apart from the area apps'
 * module so that the `platform` function bundles neither zod nor the route machinery.
 */
// biome-ignore lint/suspicious/noExplicitAny: any app's schema and base path.
export function withPublicDefaults<App extends Hono<AppEnv, any, string>>(app: App): App {
  app.use('*', requestContext, limitHeaderSize);
  app.onError(handleError);
  app.notFound((c) => c.json(errorBody(new ApiError(404, 'NOT_FOUND', 'Cette adresse n’existe pas.')), 404));
  return app;
}
