import { describe, expect, it } from 'vitest';
import { AREAS, routeKeysMatcher } from './areas.js';

describe('routeKeysMatcher', () => {
  const isAnonymous = routeKeysMatcher(AREAS.find((area) => area.name === 'committees')?.anonymousRoutes ?? []);

  it('matches the anonymous ballot route, each parameter one path segment, whatever the method’s case', () => {
    expect(isAnonymous('POST', '/api/committees/c1/consultations/k1/ballots')).toBe(true);
    expect(isAnonymous('post', '/api/committees/c1/consultations/k1/ballots')).toBe(true);
  });

  it('matches neither another method, nor a longer or shorter path, nor a parameter spanning segments', () => {
    expect(isAnonymous('GET', '/api/committees/c1/consultations/k1/ballots')).toBe(false);
    expect(isAnonymous('POST', '/api/committees/c1/consultations/k1/ballots/x')).toBe(false);
    expect(isAnonymous('POST', '/api/committees/c1/consultations/k1/ballot-credential')).toBe(false);
    expect(isAnonymous('POST', '/api/committees/c1/x/consultations/k1/ballots')).toBe(false);
  });

  it('matches nothing when an area has no anonymous route', () => {
    expect(routeKeysMatcher([])('POST', '/api/committees/c1/consultations/k1/ballots')).toBe(false);
  });
});
