import { decodeTime, isValid } from 'ulid';
import { describe, expect, it } from 'vitest';
import { newRequestId } from './request-id.js';

describe('newRequestId', () => {
  it('is a valid ulid of the time it was made', () => {
    const id = newRequestId(Date.UTC(2026, 10, 30, 6, 0));
    expect(isValid(id)).toBe(true);
    expect(decodeTime(id)).toBe(Date.UTC(2026, 10, 30, 6, 0));
  });

  it('never repeats across many pools, and uses all 32 characters of the random part about evenly', () => {
    const ids = Array.from({ length: 5000 }, () => newRequestId(0));
    expect(new Set(ids).size).toBe(ids.length);
    const counts = new Map<string, number>();
    for (const id of ids) for (const char of id.slice(10)) counts.set(char, (counts.get(char) ?? 0) + 1);
    expect(counts.size).toBe(32);
    // 80,000 characters, 2,500 expected each: far outside this band only if the draw is biased.
    for (const count of counts.values()) {
      expect(count).toBeGreaterThan(2200);
      expect(count).toBeLessThan(2800);
    }
  });
});
