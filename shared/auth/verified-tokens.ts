import type { Principal } from './principal.js';

interface Verified {
  principal: Principal;
  /** Epoch seconds: from this instant the token is refused, as a full verification would refuse it. */
  acceptedUntil: number;
}

/**
 * The tokens this process has verified, so that a caller's next requests do not verify the
 * same signature again (RSA through Web Crypto, and the claim checks: about a tenth of a
 * file read's CPU). Keyed by the whole token: only the very string that passed is found,
 * and a token stops being found at the instant a full verification would refuse it (expiry
 * or maximum age, with the same clock tolerance), or `maxAgeSeconds` after it was verified,
 * whichever comes first, so that a key withdrawn from the issuer's key set stops counting
 * within that time (jose keeps a fetched key set ten minutes anyway). Bounded: the oldest
 * entry leaves when a new one comes in beyond `capacity`.
 */
export class VerifiedTokens {
  private readonly entries = new Map<string, Verified>();

  constructor(
    private readonly capacity = 1000,
    private readonly maxAgeSeconds = 300,
  ) {}

  /** The principal of `token` if it passed and would still pass at `nowSeconds`. */
  find(token: string, nowSeconds: number): Principal | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (nowSeconds < entry.acceptedUntil) return entry.principal;
    this.entries.delete(token);
    return undefined;
  }

  /** Keeps a token that has just passed full verification, until `refusedFrom` (epoch seconds) at the latest. */
  remember(token: string, principal: Principal, nowSeconds: number, refusedFrom: number): void {
    if (this.entries.size >= this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(token, { principal, acceptedUntil: Math.min(refusedFrom, nowSeconds + this.maxAgeSeconds) });
  }
}
