import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { noteOpenedFiles, type OpenedFile } from '../auth/opened-files.js';
import { authorizedYouthFile } from '../auth/youth-access.js';
import { idempotencyRepo } from '../db/idempotency-repo.js';
import type { AppEnv, Deps } from './app-env.js';
import { ApiError } from './errors.js';
import { logger } from './logger.js';

const KEY_FORMAT = /^[\w-]{8,128}$/;

/** The writes a key applies to: a versioned PUT or PATCH retried after a lost answer would otherwise meet its own version and answer 409. */
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH']);

/**
 * `Idempotency-Key` on a write (POST, PUT, PATCH): a phone on a bad connection, or one
 * sending what it kept while offline, may send the same request twice; the second gets
 * the first's answer and changes nothing. Only successful answers are kept; after a
 * failure the key is freed for the retry. The answer is given again only if the policy still
 * lets the caller into each file the first request opened (a referent who has left the
 * binôme gets 404, not the young person's data); a replay writes no audit entry, the first
 * request's is the access.
 */
export function idempotency(deps: Deps, options: { skip?: (path: string) => boolean } = {}): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const key = c.req.header('idempotency-key');
    if (!WRITE_METHODS.has(c.req.method) || key === undefined || options.skip?.(c.req.path)) return next();
    if (!KEY_FORMAT.test(key)) {
      throw new ApiError(
        400,
        'INVALID_IDEMPOTENCY_KEY',
        'La clé Idempotency-Key doit faire 8 à 128 caractères (lettres, chiffres, - et _).',
      );
    }
    const principal = c.var.principal;
    const scope = { departement: principal.departement, callerSub: principal.sub, key };
    const body = await c.req.text();
    const requestHash = createHash('sha256').update(`${c.req.method} ${c.req.path}\n${body}`).digest('hex');

    const earlier = await idempotencyRepo.claim(deps.store, scope, requestHash, deps.now());
    if (earlier) {
      if (earlier.requestHash !== requestHash) {
        throw new ApiError(422, 'IDEMPOTENCY_KEY_REUSED', 'Cette clé Idempotency-Key a déjà servi pour une autre requête.');
      }
      if (earlier.state === 'pending') {
        throw new ApiError(
          409,
          'IDEMPOTENCY_IN_PROGRESS',
          'La même demande est déjà en cours de traitement : nouvel essai possible dans un instant.',
        );
      }
      // The answer again only to a caller the policy still lets into every file it came from
      // (not a former binôme member): 404 or 403 otherwise, as the request itself would get.
      for (const { youthId, action } of earlier.opened) await authorizedYouthFile(deps, principal, youthId, action);
      c.header('idempotent-replayed', 'true');
      return c.body(earlier.responseBody ?? '', (earlier.responseStatus ?? 200) as 200, {
        'content-type': 'application/json',
      });
    }

    let opened: OpenedFile[];
    try {
      opened = await noteOpenedFiles(next);
    } catch (error) {
      await idempotencyRepo.release(deps.store, scope).catch(() => undefined);
      throw error;
    }
    // Hono's onError may have turned a throw into a response already.
    if (c.res.status >= 200 && c.res.status < 300) {
      // The work is done and must be answered even if recording the answer fails.
      await idempotencyRepo
        .complete(deps.store, scope, c.res.status, await c.res.clone().text(), opened)
        .catch((error: unknown) => logger.warn('idempotency record not completed', { errorName: (error as Error).name }));
    } else {
      await idempotencyRepo.release(deps.store, scope).catch(() => undefined);
    }
  };
}
