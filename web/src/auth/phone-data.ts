import { offlineCopies } from '../lib/offline-copies';
import { drafts, startSendingDrafts } from '../ui/drafts';
import type { Session } from './token';

/** A session starts or is restored: a young person's drafts are theirs to read, and what waits is sent. */
export function keepOnThisPhone(session: Session): void {
  if (session.role === 'jeune') startSendingDrafts(session.sub);
  else drafts.setOwner(null);
}

/**
 * A session ends. The copies of what was seen always go; the drafts go too at a sign-out
 * (`drafts: true`, a shared phone keeps nothing of the person), and are kept when the
 * session merely expired, to be sent after the next sign-in.
 */
export async function forgetOnThisPhone(sub: string | null, options: { drafts: boolean }): Promise<void> {
  offlineCopies.forgetAll();
  drafts.setOwner(null);
  if (options.drafts && sub) await drafts.forget(sub).catch(() => undefined);
}
