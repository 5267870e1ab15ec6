import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryStorage } from '../../../test/support/memory-storage';
import {
  ApiError,
  configureApiSession,
  isAbort,
  NETWORK_ERROR_MESSAGE,
  NetworkError,
  REQUEST_TIMEOUT_MS,
  request,
  userMessage,
  withCursor,
} from './client';

const fetchMock = vi.fn<typeof fetch>();
const onUnauthorized = vi.fn<(message: string) => void>();

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/** A fetch that only settles when its signal aborts, like a request lost on a bad network. */
function hangingFetch(_input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  return new Promise((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
  });
}

beforeEach(() => {
  vi.stubGlobal('fetch', fetchMock);
  configureApiSession({ getToken: () => 'le-jeton', onUnauthorized });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  fetchMock.mockReset();
  onUnauthorized.mockReset();
});

describe('request', () => {
  it('sends the bearer token, the JSON body and the idempotency key', async () => {
    fetchMock.mockResolvedValue(jsonResponse(201, { id: 'x' }));

    const result = await request('/api/youth', { method: 'POST', body: { a: 1 }, idempotencyKey: 'cle-123456' });

    expect(result).toEqual({ id: 'x' });
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/youth');
    expect(init?.method).toBe('POST');
    expect(init?.body).toBe('{"a":1}');
    expect(init?.headers).toMatchObject({
      Authorization: 'Bearer le-jeton',
      'Content-Type': 'application/json',
      'Idempotency-Key': 'cle-123456',
    });
  });

  it('sends no token to unauthenticated routes', async () => {
    fetchMock.mockResolvedValue(jsonResponse(200, { auth: 'dev' }));

    await request('/config.json', { authenticated: false });

    expect(fetchMock.mock.calls[0]?.[1]?.headers).not.toHaveProperty('Authorization');
  });

  it('throws the API’s French message and code on an error response', async () => {
    fetchMock.mockResolvedValue(
      jsonResponse(409, { error: { code: 'VERSION_CONFLICT', message: 'Ce dossier a été modifié.', details: [] } }),
    );

    const error = await request('/api/youth/1', { method: 'PATCH', body: {} }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, code: 'VERSION_CONFLICT', message: 'Ce dossier a été modifié.' });
  });

  it('falls back to a generic French message when a 5xx has no error body', async () => {
    fetchMock.mockResolvedValue(new Response('<html>Bad gateway</html>', { status: 502 }));

    const error = await request('/api/youth').catch((e: unknown) => e);

    expect(error).toMatchObject({ status: 502, message: expect.stringMatching(/Réessayez/) });
  });

  it('reports a 401 to the session so that it can log out', async () => {
    fetchMock.mockResolvedValue(
      jsonResponse(401, { error: { code: 'UNAUTHENTICATED', message: 'Authentification requise.', details: [] } }),
    );

    await expect(request('/api/youth/me')).rejects.toBeInstanceOf(ApiError);
    expect(onUnauthorized).toHaveBeenCalledWith('Authentification requise.');
  });

  it('does not end a newer session on the late 401 of a request sent with an older token', async () => {
    let current = 'ancien-jeton';
    configureApiSession({ getToken: () => current, onUnauthorized });
    fetchMock.mockImplementation(async () => {
      current = 'nouveau-jeton'; // signed in again while the request was on its way
      return jsonResponse(401, { error: { code: 'UNAUTHENTICATED', message: 'Authentification requise.', details: [] } });
    });

    await expect(request('/api/youth/me')).rejects.toBeInstanceOf(ApiError);
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('turns a failed connection into a NetworkError with the French message', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));

    const error = await request('/api/youth/me').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(NetworkError);
    expect((error as Error).message).toBe(NETWORK_ERROR_MESSAGE);
  });

  it('says « tu » to a young person and « vous » to staff, for its own messages', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    let young = true;
    configureApiSession({ getToken: () => 'le-jeton', onUnauthorized, addressesYoungPerson: () => young });

    const toYoungPerson = (await request('/api/youth/me').catch((e: unknown) => e)) as Error;
    young = false;
    const toStaff = (await request('/api/youth').catch((e: unknown) => e)) as Error;

    expect(toYoungPerson.message).toBe('Pas de connexion. Vérifie ton réseau puis réessaie.');
    expect(userMessage(new Error('x'))).toBe('Une erreur inattendue est survenue. Réessayez.');
    expect(toStaff.message).toBe(NETWORK_ERROR_MESSAGE);
    expect(toStaff.message).toContain('vérifiez');
  });

  it('shows a young person what they saw last when offline, a « not found » included, and keeps nothing for staff', async () => {
    vi.stubGlobal('sessionStorage', memoryStorage());
    let owner: string | null = 'jeune-62-lina';
    configureApiSession({ getToken: () => 'le-jeton', onUnauthorized, offlineCopiesOwner: () => owner });
    fetchMock.mockResolvedValueOnce(jsonResponse(200, { firstName: 'Lina' }));
    fetchMock.mockResolvedValueOnce(jsonResponse(404, { error: { code: 'PLAN_NOT_FOUND', message: 'Aucun projet.', details: [] } }));
    await request('/api/youth/me');
    await request('/api/interviews/y1/plan').catch(() => undefined);

    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    const seen = await request('/api/youth/me');
    const plan = await request('/api/interviews/y1/plan').catch((e: unknown) => e);
    owner = null;
    const asStaff = await request('/api/youth/me').catch((e: unknown) => e);

    expect(seen).toEqual({ firstName: 'Lina' });
    expect(plan).toMatchObject({ status: 404, code: 'PLAN_NOT_FOUND' });
    expect(asStaff).toBeInstanceOf(NetworkError);
  });

  it('gives up after the timeout with a NetworkError', async () => {
    vi.useFakeTimers();
    fetchMock.mockImplementation(hangingFetch);

    const pending = request('/api/youth/me').catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(REQUEST_TIMEOUT_MS);

    expect(await pending).toBeInstanceOf(NetworkError);
  });

  it('lets a cancellation by the caller through as an AbortError', async () => {
    fetchMock.mockImplementation(hangingFetch);
    const controller = new AbortController();

    const pending = request('/api/youth/me', { signal: controller.signal }).catch((e: unknown) => e);
    controller.abort();

    expect(isAbort(await pending)).toBe(true);
  });
});

describe('withCursor', () => {
  it('adds the encoded cursor only when there is one', () => {
    expect(withCursor('/api/youth', null)).toBe('/api/youth');
    expect(withCursor('/api/youth', 'a+b/c=')).toBe('/api/youth?cursor=a%2Bb%2Fc%3D');
  });
});
