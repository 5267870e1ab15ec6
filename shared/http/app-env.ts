import type { Principal } from '../auth/principal.js';
import type { VerifyToken } from '../auth/token-verifier.js';
import type { Store } from '../db/store.js';

/** What an area app needs from the outside world, given once when the app is built. */
export interface Deps {
  store: Store;
  verifyToken: VerifyToken;
  /** The clock, passed in so that tests can fix time. */
  now: () => Date;
}

/** Hono's typing of the per-request variables every area app sets. */
export interface AppEnv {
  Variables: {
    requestId: string;
    principal: Principal;
  };
}
