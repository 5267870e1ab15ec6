/**
 * Fixed-window rate limits, counted per caller in the database so that every Lambda
 * instance shares the count. Pure: `now` is passed in.
 */
export interface RateLimit {
  /** Names the counter: one per limited action. */
  name: string;
  /** Requests allowed in one window. */
  max: number;
  windowSeconds: number;
}

/**
 * The candidates search of committees: enough to add members by typing names (the web
 * waits until three letters are typed and the typing pauses), far too few to list a
 * département (17 576 three-letter prefixes would take six days).
 */
export const CANDIDATE_SEARCH_LIMIT: RateLimit = { name: 'committee-candidates', max: 20, windowSeconds: 10 * 60 };

export interface RateWindow {
  /** Epoch seconds at which the window began: names the counter of this window. */
  startsAt: number;
  /** Epoch seconds after which the counter may be deleted (DynamoDB TTL). */
  expiresAt: number;
  /** Seconds until the next window, rounded up: what a refused caller waits. */
  retryAfterSeconds: number;
}

/** The window `now` falls in. */
export function rateWindow(limit: RateLimit, now: Date): RateWindow {
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const startsAt = nowSeconds - (nowSeconds % limit.windowSeconds);
  const endsAt = startsAt + limit.windowSeconds;
  return { startsAt, expiresAt: endsAt, retryAfterSeconds: Math.max(1, Math.ceil((endsAt * 1000 - now.getTime()) / 1000)) };
}
