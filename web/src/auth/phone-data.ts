import { offlineCopies } from '../lib/offline-copies';
import type { Session } from './token';

type DraftsModule = typeof import('../ui/drafts');

// The drafts' code (IndexedDB, sending what waits) is a chunk of its own, asked for when a young
// person's session starts: nothing of it is needed to paint, and staff never use it.
let draftsChunk: Promise<DraftsModule> | null = null;
let loadedDrafts: DraftsModule | null = null;

function loadDrafts(): Promise<DraftsModule> {
  draftsChunk ??= import('../ui/drafts').then(
    (module) => {
      loadedDrafts = module;
      return module;
    },
    (error: unknown) => {
      draftsChunk = null;
      throw error;
    },
  );
  return draftsChunk;
}

/** The young person signed in, whose drafts are read and written; null for staff or signed out. */
let owner: string | null = null;

/** Whose drafts the app reads and writes now: what the drafts' chunk starts with, whenever it arrives. */
export function draftsOwner(): string | null {
  return owner;
}

/**
 * A session starts or is restored: a young person's drafts are theirs to read, and what waits is
 * sent. Resolves once the drafts' chunk has come and the sending has started.
 */
export async function keepOnThisPhone(session: Session): Promise<void> {
  if (session.role !== 'jeune') {
    owner = null;
    loadedDrafts?.drafts.setOwner(null);
    return;
  }
  owner = session.sub;
  const { startSendingDrafts } = await loadDrafts();
  // Signed out, or someone else signed in, while the chunk was on its way: not theirs to send.
  if (owner === session.sub) startSendingDrafts(session.sub);
}

/**
 * A session ends. The copies of what was seen always go; the drafts go too at a sign-out
 * (`drafts: true`, a shared phone keeps nothing of the person), and are kept when the
 * session merely expired, to be sent after the next sign-in.
 */
export async function forgetOnThisPhone(sub: string | null, options: { drafts: boolean }): Promise<void> {
  offlineCopies.forgetAll();
  owner = null;
  loadedDrafts?.drafts.setOwner(null);
  if (!options.drafts || !sub) return;
  const module = await loadDrafts().catch(() => null);
  await module?.drafts.forget(sub).catch(() => undefined);
}
