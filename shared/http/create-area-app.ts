import { OpenAPIHono } from '@hono/zod-openapi';
import { runAfterSuccess } from './after-success.js';
import type { AppEnv, Deps } from './app-env.js';
import { authenticate, refuseIdentity } from './authenticate.js';
import { limitBodySize, requireJsonBody } from './body-guard.js';
import { idempotency } from './idempotency.js';
import { withPublicDefaults } from './public-app.js';
import { validationHook } from './validation.js';

/** A Hono app with no shared middleware: for public routes (health, docs). */
export function createPublicApp(basePath: string) {
  return withPublicDefaults(new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).basePath(basePath));
}

export interface AreaAppOptions {
  /**
   * Paths whose requests must never be stored, not even as an idempotency record
   * (a stored hash of a ballot, next to the voter's id, could be brute-forced).
   */
  withoutIdempotency?: (path: string) => boolean;
  /**
   * Requests that must carry no identity at all (the anonymous ballot): they are not
   * authenticated, and one that carries an Authorization header or a cookie is refused
   * with 400 before anything is read, so that no accepted request holds an identity
   * beside what it carries.
   */
  anonymous?: (method: string, path: string) => boolean;
}

/**
 * The app of an area with everything routes can count on: request id and access log,
 * one error boundary, body checks, an authenticated principal, Idempotency-Key.
 */
export function createAreaApp(basePath: string, deps: Deps, options: AreaAppOptions = {}) {
  const app = createPublicApp(basePath);
  const anonymous = options.anonymous ?? (() => false);
  const authenticated = authenticate(deps);
  app.use(
    '*',
    limitBodySize,
    (c, next) => (anonymous(c.req.method, c.req.path) ? refuseIdentity(c, next) : authenticated(c, next)),
    requireJsonBody,
    idempotency(deps, { skip: (path) => options.withoutIdempotency?.(path) === true || anonymous('POST', path) }),
    runAfterSuccess,
  );
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
  return app;
}

export type AreaApp = ReturnType<typeof createAreaApp>;

/**
 * The sub-app of one resource (`functions/<area>/<resource>.ts`): its routes, with their
 * OpenAPI definitions beside the handlers. The area's app mounts it with `app.route()`,
 * which gives it the area's middleware and error boundary.
 */
export function createResourceApp() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
}
