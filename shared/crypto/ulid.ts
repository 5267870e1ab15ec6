import { randomFillSync } from 'node:crypto';
import { monotonicFactory as monotonicFactoryWith, ulid as ulidWith } from 'ulid';

/**
 * Random bytes for ids, drawn from the system's CSPRNG a few kilobytes at a time. The
 * `ulid` package asks Web Crypto for one byte per character when it is given no generator
 * (16 calls an id, and it looks the generator up again on each plain `ulid()`): about half
 * a millisecond of CPU per id, twice per request (the request id, the audit entry's id),
 * the largest single cost of a file read after the database calls. Node buffers its own
 * `randomUUID` the same way.
 */
const pool = new Uint8Array(4096);
let nextByte = pool.length;

/** A uniform number in [0, 1) from the pool, in steps of 1/256: what `ulid` expects of a generator. */
export function secureRandom(): number {
  if (nextByte === pool.length) {
    randomFillSync(pool);
    nextByte = 0;
  }
  const byte = pool[nextByte] as number;
  nextByte += 1;
  return byte / 256;
}

/** A ULID (time first, then 80 random bits), as the `ulid` package makes it, with the pooled generator. */
export function ulid(seedTime?: number): string {
  return ulidWith(seedTime, secureRandom);
}

/** ULIDs that keep their order within one millisecond, with the pooled generator. */
export function monotonicFactory(): (seedTime?: number) => string {
  return monotonicFactoryWith(secureRandom);
}
