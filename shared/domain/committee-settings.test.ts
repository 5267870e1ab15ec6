import { describe, expect, it } from 'vitest';
import { consultationThreshold, DEFAULT_COMMITTEE_SETTINGS } from './committee-settings.js';
import { InvalidInput } from './errors.js';

describe('consultationThreshold', () => {
  it('is Envol’s floor of 5 by default', () => {
    expect(consultationThreshold(undefined, DEFAULT_COMMITTEE_SETTINGS)).toBe(5);
    expect(consultationThreshold(8, DEFAULT_COMMITTEE_SETTINGS)).toBe(8);
  });

  it('follows a département that raised its floor, and refuses less', () => {
    const raised = { ...DEFAULT_COMMITTEE_SETTINGS, anonymityFloor: 8 };
    expect(consultationThreshold(undefined, raised)).toBe(8);
    expect(consultationThreshold(8, raised)).toBe(8);
    expect(consultationThreshold(12, raised)).toBe(12);
    expect(() => consultationThreshold(7, raised)).toThrow(InvalidInput);
    expect(() => consultationThreshold(5, raised)).toThrow(/minBallots|input.invalid/);
  });

  it('never goes below 5, even from a floor stored lower', () => {
    const lowered = { ...DEFAULT_COMMITTEE_SETTINGS, anonymityFloor: 2 };
    expect(consultationThreshold(undefined, lowered)).toBe(5);
    expect(() => consultationThreshold(3, lowered)).toThrow(InvalidInput);
  });
});
