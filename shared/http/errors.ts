import type { ErrorDetail } from '../domain/errors.js';

export type { ErrorDetail };

/**
 * Errors of the HTTP layer itself (body, token, request validation, idempotency). Each
 * carries its status, a stable code and a French message meant for the user. Below the
 * routes, code throws domain errors (shared/domain/errors.ts) that the boundary turns into
 * ApiErrors through one table. Anything else becomes a generic 500, its detail logged only.
 */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 431 | 500 | 503,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ApiError';
  }
}

export class ValidationFailed extends ApiError {
  constructor(details: ErrorDetail[]) {
    super(400, 'VALIDATION_ERROR', 'La requête contient des données invalides.', details);
  }
}

export class Unauthenticated extends ApiError {
  constructor(message = 'Connexion requise : il faut se reconnecter.', cause?: unknown) {
    super(401, 'UNAUTHENTICATED', message, [], { cause });
  }
}

export class ServiceUnavailable extends ApiError {
  constructor(cause?: unknown) {
    super(
      503,
      'SERVICE_UNAVAILABLE',
      'Le service est momentanément indisponible : rien n’a été enregistré. Nouvel essai possible dans quelques instants.',
      [],
      { cause },
    );
  }
}
