import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv, Deps } from './app-env.js';
import { authenticate } from './authenticate.js';
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
   * Paths answered without a token (a message's STOP link): the route itself checks what it
   * is given. API Gateway routes them without the authorizer (shared/areas.ts).
   */
  publicPaths?: readonly string[];
}

/**
 * The app of an area with everything routes can count on: request id and access log,
 * one error boundary, body checks, an authenticated principal, Idempotency-Key.
 */
export function createAreaApp(basePath: string, deps: Deps, options: AreaAppOptions = {}) {
  const app = createPublicApp(basePath);
  const isPublic = (path: string) => options.publicPaths?.includes(path) ?? false;
  const authenticated = authenticate(deps);
  app.use(
    '*',
    limitBodySize,
    (c, next) => (isPublic(c.req.path) ? next() : authenticated(c, next)),
    requireJsonBody,
    idempotency(deps, { skip: (path) => isPublic(path) || (options.withoutIdempotency?.(path) ?? false) }),
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
