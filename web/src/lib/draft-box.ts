import { ApiError, NetworkError } from '../api/client';
import { randomUuid } from './idempotency';

/**
 * Where drafts are kept: IndexedDB (idb-keyval) in the browser, a Map in the tests.
 * Values are plain JSON-like objects.
 */
export interface DraftBackend {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

/** The request a draft becomes once the young person has asked to send it. */
export interface DraftRequest {
  method: 'POST' | 'PUT';
  path: string;
  body: unknown;
}

export interface PendingSend extends DraftRequest {
  /** Kept with the draft, so that a resend after a reload is recognised by the server. */
  idempotencyKey: string;
  /**
   * The draft's revision when the send was asked for: what is typed after it (while the send
   * waits for the network) is not in the request, and stays on the phone once it has left.
   * Absent from sends kept before it existed: the draft's revision when it leaves.
   */
  revision?: number;
}

export interface StoredDraft<T = unknown> {
  value: T;
  /** When it was last written, ISO. */
  savedAt: string;
  /** Bumped on every write: a send only clears the draft if nothing was typed since. */
  revision: number;
  send: PendingSend | null;
}

/**
 * What became of a send: `kept` means on the phone, to be sent once the connection is back.
 * `typedSince`: something was typed in the form after the send was asked for; that text stays
 * on the phone (the request the server has is dropped from it), so the form must keep showing it.
 */
export type SendOutcome =
  | { status: 'sent'; data: unknown; body: unknown; typedSince: boolean }
  | { status: 'nothing' }
  | { status: 'kept' }
  | { status: 'refused'; error: ApiError };

export type Transport = (send: PendingSend) => Promise<unknown>;
type Listener = (outcome: SendOutcome) => void;

// A key holds the owner (the account's sub) first, so that one person's drafts are never
// read in another's session and are all wiped together at sign-out.
const SEPARATOR = '\u001f';

/** Answers the server will not take back (a 4xx but an expired session): sending again would not help. */
function isRefusal(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 401;
}

function isStoredDraft(value: unknown): value is StoredDraft {
  return typeof value === 'object' && value !== null && 'value' in value && 'revision' in value;
}

/**
 * The drafts of the forms a young person fills, kept on the phone while unsent, and the
 * sending of those the person asked to send: one at a time per form, with the same
 * `Idempotency-Key` until the server has it, then the draft is cleared.
 */
export class DraftBox {
  private owner: string | null = null;
  /** Sends of one form run one after the other: two triggers never send it twice. */
  private readonly chains = new Map<string, Promise<unknown>>();
  /** Read-then-write changes of one form's draft, one after the other (never across a network call). */
  private readonly writes = new Map<string, Promise<unknown>>();
  private readonly listeners = new Map<string, Set<Listener>>();

  constructor(
    private readonly backend: DraftBackend,
    private readonly transport: Transport,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Whose drafts are read and written: the account signed in, or nobody. */
  setOwner(owner: string | null): void {
    this.owner = owner;
  }

  private key(formId: string): string | null {
    return this.owner === null ? null : `${this.owner}${SEPARATOR}${formId}`;
  }

  async read<T>(formId: string): Promise<StoredDraft<T> | null> {
    const key = this.key(formId);
    if (key === null) return null;
    const stored = await this.backend.get(key).catch(() => undefined);
    return isStoredDraft(stored) ? (stored as StoredDraft<T>) : null;
  }

  private serialise<R>(formId: string, change: () => Promise<R>): Promise<R> {
    const next = (this.writes.get(formId) ?? Promise.resolve()).catch(() => undefined).then(change);
    this.writes.set(formId, next);
    void next
      .finally(() => {
        if (this.writes.get(formId) === next) this.writes.delete(formId);
      })
      .catch(() => undefined);
    return next;
  }

  /** Keeps what is typed; a send already asked for stays asked for. */
  keep<T>(formId: string, value: T): Promise<void> {
    const key = this.key(formId);
    if (key === null) return Promise.resolve();
    return this.serialise(formId, async () => {
      const earlier = await this.read(formId);
      const draft: StoredDraft<T> = {
        value,
        savedAt: this.now().toISOString(),
        revision: (earlier?.revision ?? 0) + 1,
        send: earlier?.send ?? null,
      };
      await this.backend.set(key, draft);
    });
  }

  async clear(formId: string): Promise<void> {
    const key = this.key(formId);
    if (key !== null) await this.backend.del(key);
  }

  /** Sign-out on a shared phone: every draft of `owner` goes. */
  async forget(owner: string): Promise<void> {
    const prefix = `${owner}${SEPARATOR}`;
    const keys = await this.backend.keys();
    await Promise.all(keys.filter((key) => key.startsWith(prefix)).map((key) => this.backend.del(key)));
  }

  /** The forms of the owner with a send waiting. */
  async waiting(): Promise<string[]> {
    if (this.owner === null) return [];
    const prefix = `${this.owner}${SEPARATOR}`;
    const formIds = (await this.backend.keys()).filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length));
    const drafts = await Promise.all(formIds.map((formId) => this.read(formId)));
    return formIds.filter((_, index) => drafts[index]?.send);
  }

  /**
   * Keeps `value` and asks for `request` to be sent, then sends it. The same request asked
   * for again keeps its Idempotency-Key: whichever copy reaches the server first counts.
   */
  async submit<T>(formId: string, value: T, request: DraftRequest): Promise<SendOutcome> {
    const key = this.key(formId);
    if (key === null) return { status: 'kept' };
    await this.serialise(formId, async () => {
      const earlier = await this.read(formId);
      const sameRequest =
        earlier?.send &&
        earlier.send.method === request.method &&
        earlier.send.path === request.path &&
        JSON.stringify(earlier.send.body) === JSON.stringify(request.body);
      const revision = (earlier?.revision ?? 0) + 1;
      const idempotencyKey = sameRequest && earlier.send ? earlier.send.idempotencyKey : randomUuid();
      const send: PendingSend = { ...request, idempotencyKey, revision };
      await this.backend.set(key, { value, savedAt: this.now().toISOString(), revision, send });
    });
    return this.send(formId);
  }

  /** Sends the form's waiting request, if any, after any send of that form already under way. */
  send(formId: string): Promise<SendOutcome> {
    const previous = this.chains.get(formId) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => this.sendOnce(formId));
    this.chains.set(formId, next);
    void next.finally(() => {
      if (this.chains.get(formId) === next) this.chains.delete(formId);
    });
    return next;
  }

  /** Sends everything waiting (the connection is back, the app starts). */
  async sendWaiting(): Promise<void> {
    for (const formId of await this.waiting()) await this.send(formId);
  }

  /** Called with the outcome of every send of `formId`, whoever started it; returns the unsubscribe. */
  onSent(formId: string, listener: Listener): () => void {
    const set = this.listeners.get(formId) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(formId, set);
    return () => set.delete(listener);
  }

  private async sendOnce(formId: string): Promise<SendOutcome> {
    const owner = this.owner;
    const key = this.key(formId);
    const draft = await this.read(formId);
    if (key === null || !draft?.send) return { status: 'nothing' };
    const { send } = draft;
    const { revision: _askedAt, ...request } = send;
    let outcome: SendOutcome;
    try {
      outcome = { status: 'sent', data: await this.transport(request), body: send.body, typedSince: false };
    } catch (error) {
      // Offline, a timeout, the service down or the session ended: try again later.
      if (!isRefusal(error) && (error instanceof NetworkError || error instanceof ApiError)) return { status: 'kept' };
      if (!isRefusal(error)) throw error;
      outcome = { status: 'refused', error };
    }
    await this.serialise(formId, async () => {
      // Signed out meanwhile: the draft was wiped, nothing may bring it back.
      if (this.owner !== owner) return;
      const latest = await this.read(formId);
      if (!latest) return;
      const untouched = latest.revision === (send.revision ?? draft.revision);
      if (outcome.status === 'sent') outcome = { ...outcome, typedSince: !untouched };
      if (outcome.status === 'sent' && untouched) await this.backend.del(key);
      // Typed since, or refused: the text stays on the phone, the request is dropped.
      else if (latest.send?.idempotencyKey === send.idempotencyKey) await this.backend.set(key, { ...latest, send: null });
    });
    for (const listener of this.listeners.get(formId) ?? []) listener(outcome);
    return outcome;
  }
}

/** A backend in memory: the tests', and the fallback where IndexedDB is refused (some private modes). */
export function memoryBackend(): DraftBackend & { map: Map<string, unknown> } {
  const map = new Map<string, unknown>();
  return {
    map,
    get: async (key) => structuredClone(map.get(key)),
    set: async (key, value) => {
      map.set(key, structuredClone(value));
    },
    del: async (key) => {
      map.delete(key);
    },
    keys: async () => [...map.keys()],
  };
}
