import { decodeTime, isValid } from 'ulid';
import { describe, expect, it } from 'vitest';
import { monotonicFactory, secureRandom, ulid } from './ulid.js';

describe('ulid with the pooled generator', () => {
  it('makes valid ULIDs carrying the given time', () => {
    const id = ulid(Date.UTC(2026, 10, 30, 6, 0));
    expect(isValid(id)).toBe(true);
    expect(decodeTime(id)).toBe(Date.UTC(2026, 10, 30, 6, 0));
  });

  it('never repeats an id, across several refills of the pool', () => {
    const ids = new Set(Array.from({ length: 5000 }, () => ulid(1_700_000_000_000)));
    expect(ids.size).toBe(5000);
  });

  it('keeps the order of ids made in the same millisecond', () => {
    const next = monotonicFactory();
    const ids = Array.from({ length: 50 }, () => next(1_700_000_000_000));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(50);
  });

  it('draws every random character evenly: each of the 32 appears about as often as the others', () => {
    const counts = new Map<string, number>();
    for (let index = 0; index < 2000; index += 1) {
      for (const character of ulid(0).slice(10)) counts.set(character, (counts.get(character) ?? 0) + 1);
    }
    expect(counts.size).toBe(32);
    // 32,000 characters, 1,000 expected each: a fair draw stays far within ±20 %.
    for (const count of counts.values()) expect(Math.abs(count - 1000)).toBeLessThan(200);
  });

  it('gives numbers in [0, 1)', () => {
    const values = Array.from({ length: 10_000 }, secureRandom);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
  });
});
