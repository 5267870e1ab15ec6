import { createStore, del, get, keys, set, type UseStore } from 'idb-keyval';
import { useEffect, useRef, useState } from 'preact/hooks';
import { request, UserFacingError } from '../api/client';
import { draftsOwner } from '../auth/phone-data';
import { type DraftBackend, DraftBox, type DraftRequest, memoryBackend, type SendOutcome } from '../lib/draft-box';

/** Shown wherever something waits on the phone for the connection. */
export const KEPT_ON_PHONE = 'Enregistré sur ce téléphone, sera envoyé dès que possible.';

let store: UseStore | null = null;
let fallback: DraftBackend | null = null;

/** IndexedDB, opened on first use; memory only where the browser refuses it (some private modes). */
function backend(): DraftBackend {
  if (fallback) return fallback;
  if (typeof indexedDB === 'undefined') {
    fallback = memoryBackend();
    return fallback;
  }
  store ??= createStore('envol', 'drafts');
  const idb = store;
  return {
    get: (key) => get(key, idb),
    set: (key, value) => set(key, value, idb),
    del: (key) => del(key, idb),
    keys: async () => (await keys(idb)).map(String),
  };
}

const lazyBackend: DraftBackend = {
  get: (key) => backend().get(key),
  set: (key, value) => backend().set(key, value),
  del: (key) => backend().del(key),
  keys: () => backend().keys(),
};

/** The app's drafts: a young person's forms kept in IndexedDB until the server has them. */
export const drafts = new DraftBox(lazyBackend, (send) =>
  request(send.path, { method: send.method, body: send.body, idempotencyKey: send.idempotencyKey }),
);
// This module is a chunk loaded after the session starts (auth/phone-data.ts): it starts with the
// owner already known, so that a page's form never reads or writes a draft as nobody's.
drafts.setOwner(draftsOwner());

let listening = false;

/** From sign-in on: sends what waits now, and again whenever the connection comes back. */
export function startSendingDrafts(owner: string): void {
  drafts.setOwner(owner);
  void drafts.sendWaiting().catch(() => undefined);
  if (listening) return;
  listening = true;
  addEventListener('online', () => void drafts.sendWaiting().catch(() => undefined));
}

/**
 * A form's value kept on the phone as it is typed, and given back after a reload.
 * `restored` is true once the stored draft (if any) has been read: until then the form
 * shows `initial`, and what is typed meanwhile wins over the stored draft.
 */
export function useDraft<T>(formId: string, initial: T, accept: (stored: unknown) => T | null = (stored) => stored as T) {
  const [value, setValue] = useState<T>(initial);
  const [restored, setRestored] = useState(false);
  const typed = useRef(false);

  useEffect(() => {
    let live = true;
    void drafts.read(formId).then((draft) => {
      if (!live) return;
      const kept = draft ? accept(draft.value) : null;
      if (kept !== null && !typed.current) setValue(kept);
      setRestored(true);
    });
    return () => {
      live = false;
    };
  }, [formId]);

  return {
    value,
    restored,
    /** Shows and keeps `next` at once: a reload right after typing must still find it. */
    set(next: T) {
      typed.current = true;
      setValue(next);
      void drafts.keep(formId, next).catch(() => undefined);
    },
    /** Forgets the draft (sent, or abandoned on purpose); the form shows `next`. */
    reset(next: T) {
      typed.current = false;
      setValue(next);
      void drafts.clear(formId).catch(() => undefined);
    },
  };
}

/** Calls `onSent` when a send of `formId` ends, whoever started it (the page, or the connection coming back). */
export function useDraftSent(formId: string, onSent: (outcome: SendOutcome) => void): void {
  const latest = useRef(onSent);
  latest.current = onSent;
  useEffect(() => drafts.onSent(formId, (outcome) => latest.current(outcome)), [formId]);
}

/** A send kept on the phone for later: the form says so, as a warning rather than an error. */
export class KeptOnPhone extends UserFacingError {
  override readonly name = 'KeptOnPhone';
  constructor() {
    super(KEPT_ON_PHONE);
  }
}

/**
 * Sends `request` as the draft `formId`, keeping `value` on the phone until the server
 * has it. Returns the answer (null when another send of the same draft got it), throws
 * KeptOnPhone when it waits for the connection, or the server's refusal.
 */
export async function sendAsDraft<T>(formId: string, value: unknown, request: DraftRequest): Promise<T | null> {
  const outcome = await drafts.submit(formId, value, request);
  if (outcome.status === 'sent') return outcome.data as T;
  if (outcome.status === 'refused') throw outcome.error;
  if (outcome.status === 'kept') throw new KeptOnPhone();
  return null;
}
