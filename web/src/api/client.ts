import { frenchSpacing } from '../../../shared/text/french-typography.js';
import { offlineCopies } from '../lib/offline-copies';
import type { ApiErrorBody, ApiErrorDetail } from './types';

/** Long enough for a slow 3G phone, short enough that nobody stares at a spinner forever. */
export const REQUEST_TIMEOUT_MS = 15_000;

/**
 * The client's own sentences, in « tu » for a young person and « vous » for staff
 * (the API's messages are written so that they read well to both).
 */
export const CLIENT_MESSAGES = {
  tu: {
    network: 'Pas de connexion. Vérifie ton réseau puis réessaie.',
    server: 'Le service a rencontré un problème. Réessaie dans quelques instants.',
    unexpectedResponse: 'Réponse inattendue du serveur. Réessaie dans quelques instants.',
    unexpected: 'Une erreur inattendue est survenue. Réessaie.',
  },
  vous: {
    network: 'Connexion impossible, vérifiez votre réseau puis réessayez.',
    server: 'Le service a rencontré un problème. Réessayez dans quelques instants.',
    unexpectedResponse: 'Réponse inattendue du serveur. Réessayez dans quelques instants.',
    unexpected: 'Une erreur inattendue est survenue. Réessayez.',
  },
} as const;

function messages() {
  return CLIENT_MESSAGES[session.addressesYoungPerson?.() ? 'tu' : 'vous'];
}

/** Staff's wording, kept for the tests and callers that name it. */
export const NETWORK_ERROR_MESSAGE = CLIENT_MESSAGES.vous.network;

/** An error whose message is a French sentence meant for the user. */
export class UserFacingError extends Error {}

/** The API answered with an error; `message` is the French sentence to show. */
export class ApiError extends UserFacingError {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ApiErrorDetail[] = [],
  ) {
    super(message);
  }
}

/** No answer at all (offline, timeout, DNS): the request may or may not have reached the server. */
export class NetworkError extends UserFacingError {
  override readonly name = 'NetworkError';
  constructor(options?: { cause?: unknown }) {
    super(messages().network, options);
  }
}

/** What to tell the user about `error`: its own message when it has one meant for them. */
export function userMessage(error: unknown): string {
  // The API's message too: a server of another version may still send plain spaces.
  return frenchSpacing(error instanceof UserFacingError ? error.message : messages().unexpected);
}

/** True when the caller cancelled the request (the page was left): nothing to show. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * fetch with a timeout. A timeout becomes a NetworkError; a cancellation by `signal`
 * stays an AbortError so that callers can ignore it.
 */
export async function fetchWithTimeout(url: string, init: RequestInit = {}, signal?: AbortSignal): Promise<Response> {
  if (signal?.aborted) throw new DOMException('Requête annulée.', 'AbortError');
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, REQUEST_TIMEOUT_MS);
  const forwardAbort = () => controller.abort();
  signal?.addEventListener('abort', forwardAbort);
  try {
    return await fetch(url, { ...init, signal: controller.signal });
  } catch (error) {
    if (signal?.aborted && !timedOut) throw new DOMException('Requête annulée.', 'AbortError');
    throw new NetworkError({ cause: error });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forwardAbort);
  }
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string' &&
    typeof (error as { message?: unknown }).message === 'string'
  );
}

/** Turns an error response into an ApiError, using the API's French message when there is one. */
export async function errorFromResponse(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  if (isErrorBody(body)) {
    const details = Array.isArray(body.error.details) ? body.error.details : [];
    return new ApiError(response.status, body.error.code, body.error.message, details);
  }
  if (response.status >= 500) return new ApiError(response.status, 'SERVER_ERROR', messages().server);
  return new ApiError(response.status, 'UNEXPECTED_RESPONSE', messages().unexpectedResponse);
}

interface SessionHooks {
  getToken(): string | null;
  /** Called on any 401 from the API: the token is no longer accepted. */
  onUnauthorized(message: string): void;
  /** True while a young person is signed in: the client's messages then say « tu ». */
  addressesYoungPerson?(): boolean;
  /**
   * Whose copies of what was seen are kept for a reload without network (the young
   * person's account), or null to keep none (staff, signed out).
   */
  offlineCopiesOwner?(): string | null;
}

let session: SessionHooks = { getToken: () => null, onUnauthorized: () => {} };

/** Wires the client to the session once at start-up, keeping this module free of UI code. */
export function configureApiSession(hooks: SessionHooks): void {
  session = hooks;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH';
  body?: unknown;
  /** Sent as `Idempotency-Key`, so a retried write is not applied twice. */
  idempotencyKey?: string;
  signal?: AbortSignal;
  /** Adds `Authorization: Bearer <token>`; true by default. */
  authenticated?: boolean;
  /** No identity at all: no token, no cookie, no Idempotency-Key (the secret ballot). */
  anonymous?: boolean;
}

/**
 * What the person signed in last received from `path` in this tab (the copy kept for a reload
 * without network), without showing it as an old copy; null for staff, signed out, or never seen.
 */
export function lastReceived(path: string): unknown {
  const owner = session.offlineCopiesOwner?.() ?? null;
  return owner ? (offlineCopies.peek(owner, path)?.data ?? null) : null;
}

/** Calls the API and returns its JSON; throws ApiError, NetworkError or an AbortError. */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', body, idempotencyKey, signal, anonymous = false } = options;
  const authenticated = !anonymous && (options.authenticated ?? true);
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (idempotencyKey && !anonymous) headers['Idempotency-Key'] = idempotencyKey;
  const token = authenticated ? session.getToken() : null;
  if (token) headers.Authorization = `Bearer ${token}`;

  const copiesOwner = method === 'GET' && authenticated ? (session.offlineCopiesOwner?.() ?? null) : null;
  let response: Response;
  try {
    response = await fetchWithTimeout(
      path,
      {
        method,
        headers,
        body: body === undefined ? null : JSON.stringify(body),
        cache: 'no-store',
        ...(anonymous ? { credentials: 'omit' as const, referrerPolicy: 'no-referrer' as const } : {}),
      },
      signal,
    );
  } catch (error) {
    // Offline: what this person saw last, if anything; the page is told it is an old copy.
    const copy = error instanceof NetworkError && copiesOwner ? offlineCopies.recall(copiesOwner, path) : null;
    if (copy?.notFound) throw new ApiError(404, copy.notFound.code, copy.notFound.message);
    if (copy) return copy.data as T;
    throw error;
  }
  if (!response.ok) {
    const error = await errorFromResponse(response);
    // « Nothing yet » (no plan written) is what the page showed: offline, it shows it again.
    if (copiesOwner && error.status === 404)
      offlineCopies.remember(copiesOwner, path, { notFound: { code: error.code, message: error.message } });
    // Only the token still in use ends the session: a late answer to a request sent with an
    // older token (before a new sign-in) must not sign the person out again.
    if (response.status === 401 && authenticated && token !== null && token === session.getToken()) session.onUnauthorized(error.message);
    throw error;
  }
  if (response.status === 204) return undefined as T;
  let data: T;
  try {
    data = (await response.json()) as T;
  } catch {
    throw new ApiError(response.status, 'UNEXPECTED_RESPONSE', messages().unexpectedResponse);
  }
  if (copiesOwner) offlineCopies.remember(copiesOwner, path, { data });
  return data;
}

/** A file the API sends (an export): its bytes and the name the server gave it. */
export interface DownloadedFile {
  blob: Blob;
  filename: string | null;
}

/** Calls the API for a file rather than JSON (staff only: never kept for offline). Throws like `request`. */
export async function requestFile(path: string, options: { signal?: AbortSignal } = {}): Promise<DownloadedFile> {
  const token = session.getToken();
  const headers: Record<string, string> = { Accept: '*/*' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetchWithTimeout(path, { headers, cache: 'no-store' }, options.signal);
  if (!response.ok) {
    const error = await errorFromResponse(response);
    if (response.status === 401 && token !== null && token === session.getToken()) session.onUnauthorized(error.message);
    throw error;
  }
  const disposition = response.headers.get('Content-Disposition') ?? '';
  return { blob: await response.blob(), filename: /filename="([^"]+)"/.exec(disposition)?.[1] ?? null };
}

/** A file the API builds on a POST (the archives' package), with the headers it is described by. */
export interface PostedFile extends DownloadedFile {
  headers: Headers;
}

/** Sends `body` as JSON and receives a file (staff only, never kept for offline). Throws like `request`. */
export async function postForFile(path: string, body: unknown): Promise<PostedFile> {
  const token = session.getToken();
  const headers: Record<string, string> = { Accept: '*/*', 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetchWithTimeout(path, { method: 'POST', headers, body: JSON.stringify(body), cache: 'no-store' });
  if (!response.ok) {
    const error = await errorFromResponse(response);
    if (response.status === 401 && token !== null && token === session.getToken()) session.onUnauthorized(error.message);
    throw error;
  }
  const disposition = response.headers.get('Content-Disposition') ?? '';
  return {
    blob: await response.blob(),
    filename: /filename="([^"]+)"/.exec(disposition)?.[1] ?? null,
    headers: response.headers,
  };
}

/** Appends `?cursor=` when there is a next page to fetch. */
export function withCursor(path: string, cursor: string | null): string {
  return cursor ? `${path}?cursor=${encodeURIComponent(cursor)}` : path;
}
