import type { MiddlewareHandler } from 'hono';
import type { AppEnv, Deps } from './app-env.js';

/** Verifies the bearer token and sets the principal; 401 otherwise. */
export function authenticate(deps: Deps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('principal', await deps.verifyToken(c.req.header('authorization')));
    await next();
  };
}
