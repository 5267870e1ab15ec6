/** The last answer of a GET, and when it was received (ISO): its data, or the « not found » it was. */
export interface SeenCopy {
  at: string;
  data?: unknown;
  notFound?: { code: string; message: string };
}

const PREFIX = 'envol.seen.';

/**
 * What the young person last saw of each page's data, so that a reload without network
 * still shows it, marked as such. Kept in sessionStorage, not in a shared cache: it lives
 * as long as the session's tab (where the token is kept), is keyed by the account, and is
 * wiped at sign-out, so that the next person on a shared phone never reads it.
 */
export class OfflineCopies {
  private readonly listeners = new Set<(at: string) => void>();

  constructor(
    private readonly storage: () => Storage | null,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private key(owner: string, path: string): string {
    return `${PREFIX}${owner}.${path}`;
  }

  remember(owner: string, path: string, answer: { data: unknown } | { notFound: { code: string; message: string } }): void {
    const copy: SeenCopy = { at: this.now().toISOString(), ...answer };
    try {
      this.storage()?.setItem(this.key(owner, path), JSON.stringify(copy));
    } catch {
      // Full or refused: the page simply has no copy offline.
    }
  }

  /** The copy of `path` kept for `owner`, and tells the listeners that an old copy is on screen. */
  recall(owner: string, path: string): SeenCopy | null {
    const copy = this.peek(owner, path);
    if (copy) for (const listener of this.listeners) listener(copy.at);
    return copy;
  }

  /** The copy of `path` kept for `owner`, not shown (nobody is told): what a page may use to ask for the next data sooner. */
  peek(owner: string, path: string): SeenCopy | null {
    try {
      const parsed: unknown = JSON.parse(this.storage()?.getItem(this.key(owner, path)) ?? 'null');
      return typeof parsed === 'object' && parsed !== null && 'at' in parsed ? (parsed as SeenCopy) : null;
    } catch {
      return null;
    }
  }

  /** Sign-out, or a session that ended: nothing of it stays. */
  forgetAll(): void {
    const storage = this.storage();
    if (!storage) return;
    const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter(
      (key): key is string => key?.startsWith(PREFIX) ?? false,
    );
    for (const key of keys) storage.removeItem(key);
  }

  /** Called with the date of each old copy shown; returns the unsubscribe. */
  onShown(listener: (at: string) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }
}

function sessionStore(): Storage | null {
  try {
    return sessionStorage;
  } catch {
    return null;
  }
}

export const offlineCopies = new OfflineCopies(sessionStore);
