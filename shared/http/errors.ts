/**
 * Errors the API may answer with. Each carries its HTTP status, a stable code and a
 * French message meant for the user. Anything that is not an ApiError becomes a
 * generic 500 at the error boundary and its detail goes to the log only.
 */
export type ErrorDetail = { path?: string; message: string; [key: string]: unknown };

export class ApiError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 500 | 503,
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

export class NotFound extends ApiError {
  constructor(message = "Cette ressource n'existe pas.") {
    super(404, 'NOT_FOUND', message);
  }
}

export class Forbidden extends ApiError {
  constructor(message = "Vous n'avez pas le droit de faire cette action.") {
    super(403, 'FORBIDDEN', message);
  }
}

export class Unauthenticated extends ApiError {
  constructor(message = 'Authentification requise : reconnectez-vous.', cause?: unknown) {
    super(401, 'UNAUTHENTICATED', message, [], { cause });
  }
}

/** Optimistic locking lost: someone saved a newer version first. */
export class VersionConflict extends ApiError {
  constructor(currentVersion?: number) {
    super(
      409,
      'VERSION_CONFLICT',
      'Ces informations ont été modifiées entre-temps par quelqu’un d’autre : il faut les recharger avant de réessayer.',
      currentVersion === undefined ? [] : [{ message: 'Version actuelle', currentVersion }],
    );
  }
}

export class ServiceUnavailable extends ApiError {
  constructor(cause?: unknown) {
    super(503, 'SERVICE_UNAVAILABLE', 'Le service est momentanément indisponible. Réessayez dans quelques instants.', [], { cause });
  }
}
