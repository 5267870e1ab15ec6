import { ApiError } from '../api/client';
import type { ApiErrorDetail } from '../api/types';

/** What a refused save of a versioned form means for the form. */
export type SaveFailure<Errors> = { kind: 'conflict' } | { kind: 'fields'; errors: Errors } | { kind: 'other'; error: unknown };

/**
 * Sorts out a failed save: someone saved a newer version first (409 VERSION_CONFLICT),
 * the server refused fields the form shows (a 400, or a 409 such as ACCOUNT_ALREADY_LINKED,
 * with details it can place), or anything else, shown as a general error.
 */
export function classifySaveFailure<Errors extends object>(
  error: unknown,
  errorsOf: (details: readonly ApiErrorDetail[]) => Errors,
): SaveFailure<Errors> {
  if (error instanceof ApiError && error.code === 'VERSION_CONFLICT') return { kind: 'conflict' };
  if (error instanceof ApiError) {
    const errors = errorsOf(error.details);
    if (Object.keys(errors).length > 0) return { kind: 'fields', errors };
  }
  return { kind: 'other', error };
}
