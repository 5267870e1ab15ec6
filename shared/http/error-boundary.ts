import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { isDatabaseUnavailable } from '../db/sdk-errors.js';
import { DomainError, TooManyRequests } from '../domain/errors.js';
import { fromDomainError } from './error-table.js';
import { ApiError, ServiceUnavailable } from './errors.js';
import { logger } from './logger.js';

/** The response body of every error. */
export function errorBody(error: ApiError) {
  return { error: { code: error.code, message: error.message, details: error.details } };
}

function fromHttpException(error: HTTPException): ApiError {
  if (error.status === 413) {
    return new ApiError(413, 'PAYLOAD_TOO_LARGE', 'La requête est trop volumineuse (64 Ko au maximum).');
  }
  if (error.status === 401) return new ApiError(401, 'UNAUTHENTICATED', 'Connexion requise : il faut se reconnecter.');
  return new ApiError(400, 'BAD_REQUEST', 'La requête est mal formée.');
}

/**
 * The one place errors become responses. 4xx errors are told to the client as they
 * are; anything else is a generic message, its detail logged without the message
 * text (which may quote stored data).
 */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof DomainError) return fromDomainError(error);
  if (error instanceof HTTPException) return fromHttpException(error);
  if (isDatabaseUnavailable(error)) return new ServiceUnavailable(error);
  return new ApiError(500, 'INTERNAL_ERROR', 'Une erreur inattendue est survenue. L’équipe technique a été prévenue.');
}

function stackFrames(error: Error): string | undefined {
  return error.stack
    ?.split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 8)
    .join('\n');
}

export function handleError(error: unknown, c: Context) {
  const apiError = toApiError(error);
  if (apiError.status >= 500) {
    const cause = apiError === error ? apiError.cause : error;
    logger.error('request failed', {
      requestId: c.get('requestId'),
      errorCode: apiError.code,
      errorName: cause instanceof Error ? cause.name : typeof cause,
      // Stack frames only: the message (which may span lines) can quote stored data.
      frames: cause instanceof Error ? stackFrames(cause) : undefined,
    });
  }
  if (error instanceof TooManyRequests) c.header('Retry-After', String(error.retryAfterSeconds));
  return c.json(errorBody(apiError), apiError.status);
}
