import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { describe, expect, it } from 'vitest';
import { NotFound, VersionConflict } from '../domain/errors.js';
import { errorBody, handleError, toApiError } from './error-boundary.js';
import { ApiError } from './errors.js';

describe('toApiError', () => {
  it('keeps an ApiError as it is', () => {
    const error = new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', 'JSON attendu.');
    expect(toApiError(error)).toBe(error);
  });

  it('answers a domain error through the table', () => {
    expect(toApiError(new VersionConflict())).toMatchObject({ status: 409, code: 'VERSION_CONFLICT' });
    expect(toApiError(new NotFound('interview.notFound'))).toMatchObject({ status: 404, message: 'Cet entretien est introuvable.' });
  });

  it('answers Hono’s exceptions in the error shape: 413, 401, else 400', () => {
    expect(toApiError(new HTTPException(413))).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
    expect(toApiError(new HTTPException(401))).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(toApiError(new HTTPException(400))).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
  });

  it('answers 503 when the database cannot be reached, directly or one cause down', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    expect(toApiError(refused)).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
    expect(toApiError(new Error('wrapped', { cause: refused }))).toMatchObject({ status: 503 });
    expect(toApiError(Object.assign(new Error('slow down'), { name: 'ThrottlingException' }))).toMatchObject({ status: 503 });
  });

  it('answers anything else with a generic 500 that quotes nothing of the error', () => {
    const answer = toApiError(new TypeError('Cannot read properties of Lina Martin'));
    expect(answer).toMatchObject({ status: 500, code: 'INTERNAL_ERROR', details: [] });
    expect(answer.message).not.toMatch(/Lina|Cannot/);
  });
});

describe('handleError', () => {
  it('sends the error body with its status', async () => {
    const app = new Hono();
    app.get('/conflict', () => {
      throw new VersionConflict({ currentVersion: 2 });
    });
    app.onError(handleError);
    const response = await app.request('/conflict');
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual(errorBody(toApiError(new VersionConflict({ currentVersion: 2 }))));
  });
});
