import type { MiddlewareHandler } from 'hono';
import { InvalidInput } from '../domain/errors.js';
import type { AppEnv, Deps } from './app-env.js';

/** Verifies the bearer token and sets the principal; 401 otherwise. */
export function authenticate(deps: Deps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('principal', await deps.verifyToken(c.req.header('authorization')));
    await next();
  };
}

/** For a route that must stay anonymous: any Authorization header or cookie is refused (400), and no principal is set. */
export const refuseIdentity: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.req.header('authorization') !== undefined || c.req.header('cookie') !== undefined) {
    throw new InvalidInput('ballot.identityNotAllowed');
  }
  await next();
};
