import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import type { ApiErrorDetail } from '../api/types';
import { classifySaveFailure } from './save-failure';

const byPath = (details: readonly ApiErrorDetail[]) =>
  Object.fromEntries(details.filter((detail) => detail.path === 'json.summary').map((detail) => ['summary', String(detail.message)]));

describe('classifySaveFailure', () => {
  it('recognises a newer version saved by someone else', () => {
    expect(classifySaveFailure(new ApiError(409, 'VERSION_CONFLICT', 'x'), byPath)).toEqual({ kind: 'conflict' });
  });

  it('places the server’s field errors the form knows', () => {
    const error = new ApiError(400, 'VALIDATION_ERROR', 'x', [{ path: 'json.summary', message: 'Trop long' }]);
    expect(classifySaveFailure(error, byPath)).toEqual({ kind: 'fields', errors: { summary: 'Trop long' } });
  });

  it('keeps anything else, including field errors it cannot place, as a general failure', () => {
    const unplaced = new ApiError(400, 'VALIDATION_ERROR', 'x', [{ path: 'json.other', message: 'Non' }]);
    expect(classifySaveFailure(unplaced, byPath)).toEqual({ kind: 'other', error: unplaced });
    const network = new Error('offline');
    expect(classifySaveFailure(network, byPath)).toEqual({ kind: 'other', error: network });
  });
});
