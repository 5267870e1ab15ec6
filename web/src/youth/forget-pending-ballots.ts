// What sign-out needs of the votes kept on the phone (pending-ballot.ts), apart from the rest:
// the app's header signs out, so this is in the entry bundle, and the votes' code is not.

/** Every vote or follow-up answer on its way is kept in localStorage under this prefix. */
export const PENDING_BALLOT_PREFIX = 'envol.ballot.';

/** At sign-out: every vote kept on this phone, whoever's. */
export function forgetAllPendingBallots(): void {
  try {
    const keys = Array.from({ length: localStorage.length }, (_, index) => localStorage.key(index));
    for (const key of keys) if (key?.startsWith(PENDING_BALLOT_PREFIX)) localStorage.removeItem(key);
  } catch {
    // Nothing was kept.
  }
}
