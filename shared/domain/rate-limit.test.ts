import { describe, expect, it } from 'vitest';
import { CANDIDATE_SEARCH_LIMIT, rateWindow } from './rate-limit.js';

const tenMinutes = { name: 'test', max: 3, windowSeconds: 600 };

describe('rateWindow', () => {
  it('puts every instant of ten minutes in the same window', () => {
    const first = rateWindow(tenMinutes, new Date('2026-11-29T17:00:00.000Z'));
    const last = rateWindow(tenMinutes, new Date('2026-11-29T17:09:59.999Z'));
    expect(last.startsAt).toBe(first.startsAt);
    expect(first.startsAt).toBe(Date.parse('2026-11-29T17:00:00Z') / 1000);
  });

  it('starts a new window on its first second', () => {
    const next = rateWindow(tenMinutes, new Date('2026-11-29T17:10:00.000Z'));
    expect(next.startsAt).toBe(Date.parse('2026-11-29T17:10:00Z') / 1000);
  });

  it('tells a refused caller how long to wait, at least one second', () => {
    expect(rateWindow(tenMinutes, new Date('2026-11-29T17:00:00.000Z')).retryAfterSeconds).toBe(600);
    expect(rateWindow(tenMinutes, new Date('2026-11-29T17:09:30.000Z')).retryAfterSeconds).toBe(30);
    expect(rateWindow(tenMinutes, new Date('2026-11-29T17:09:59.999Z')).retryAfterSeconds).toBe(1);
  });

  it('lets the counter expire when the window ends', () => {
    const window = rateWindow(tenMinutes, new Date('2026-11-29T17:04:00.000Z'));
    expect(window.expiresAt).toBe(Date.parse('2026-11-29T17:10:00Z') / 1000);
  });

  it('keeps the candidates search too slow to list a département', () => {
    const threeLetterPrefixes = 26 ** 3;
    const days = ((threeLetterPrefixes / CANDIDATE_SEARCH_LIMIT.max) * CANDIDATE_SEARCH_LIMIT.windowSeconds) / 86_400;
    expect(days).toBeGreaterThan(5);
  });
});
