import { describe, expect, it } from 'vitest';
import { isQuietHour, nextSendableAt, parisInstant } from './quiet-hours.js';

describe('quiet hours (20:00–08:00 Paris)', () => {
  it('are quiet at 20:00 and at 07:59 Paris time, in winter (UTC+1)', () => {
    expect(isQuietHour(new Date('2026-01-15T18:59:59Z'))).toBe(false); // 19:59:59 Paris
    expect(isQuietHour(new Date('2026-01-15T19:00:00Z'))).toBe(true); // 20:00 Paris
    expect(isQuietHour(new Date('2026-01-16T06:59:59Z'))).toBe(true); // 07:59:59 Paris
    expect(isQuietHour(new Date('2026-01-16T07:00:00Z'))).toBe(false); // 08:00 Paris
  });

  it('follow the summer offset (UTC+2): 20:00 Paris is 18:00 UTC', () => {
    expect(isQuietHour(new Date('2026-07-15T17:59:00Z'))).toBe(false);
    expect(isQuietHour(new Date('2026-07-15T18:00:00Z'))).toBe(true);
    expect(isQuietHour(new Date('2026-07-16T05:59:00Z'))).toBe(true);
    expect(isQuietHour(new Date('2026-07-16T06:00:00Z'))).toBe(false);
  });

  it('hold a message raised at 21:00 until 08:00 the next morning', () => {
    expect(nextSendableAt(new Date('2026-01-15T20:00:00Z')).toISOString()).toBe('2026-01-16T07:00:00.000Z');
  });

  it('hold a message raised after midnight until 08:00 the same morning', () => {
    expect(nextSendableAt(new Date('2026-07-16T01:30:00Z')).toISOString()).toBe('2026-07-16T06:00:00.000Z');
  });

  it('let a message in the day leave at once', () => {
    const now = new Date('2026-07-16T10:00:00Z');
    expect(nextSendableAt(now)).toBe(now);
  });

  it('wake at 08:00 summer time the morning the clocks go forward (29 March 2026)', () => {
    // 28 March 21:00 Paris is 20:00 UTC (winter); the next 08:00 Paris is 06:00 UTC (summer).
    expect(nextSendableAt(new Date('2026-03-28T20:00:00Z')).toISOString()).toBe('2026-03-29T06:00:00.000Z');
    // 01:59 winter time, a minute before the change.
    expect(nextSendableAt(new Date('2026-03-29T00:59:00Z')).toISOString()).toBe('2026-03-29T06:00:00.000Z');
    expect(isQuietHour(new Date('2026-03-29T05:59:00Z'))).toBe(true); // 07:59 summer time
    expect(isQuietHour(new Date('2026-03-29T06:00:00Z'))).toBe(false);
  });

  it('wake at 08:00 winter time the morning the clocks go back (25 October 2026)', () => {
    // 24 October 22:00 Paris is 20:00 UTC (summer); the next 08:00 Paris is 07:00 UTC (winter).
    expect(nextSendableAt(new Date('2026-10-24T20:00:00Z')).toISOString()).toBe('2026-10-25T07:00:00.000Z');
    // 02:30 happens twice that night; both are quiet and wait for the same morning.
    expect(nextSendableAt(new Date('2026-10-25T00:30:00Z')).toISOString()).toBe('2026-10-25T07:00:00.000Z');
    expect(nextSendableAt(new Date('2026-10-25T01:30:00Z')).toISOString()).toBe('2026-10-25T07:00:00.000Z');
    expect(isQuietHour(new Date('2026-10-25T06:59:00Z'))).toBe(true); // 07:59 winter time
  });

  it('finds a Paris hour on either side of a change', () => {
    expect(parisInstant(2026, 3, 28, 8).toISOString()).toBe('2026-03-28T07:00:00.000Z');
    expect(parisInstant(2026, 3, 29, 8).toISOString()).toBe('2026-03-29T06:00:00.000Z');
    expect(parisInstant(2026, 10, 25, 8).toISOString()).toBe('2026-10-25T07:00:00.000Z');
    expect(parisInstant(2026, 10, 24, 20).toISOString()).toBe('2026-10-24T18:00:00.000Z');
  });
});
