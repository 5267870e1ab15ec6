import { describe, expect, it } from 'vitest';
import type { Principal } from './principal.js';
import { VerifiedTokens } from './verified-tokens.js';

const principal: Principal = { sub: 'ref-62-a', role: 'referent', departement: '62', name: null };

describe('VerifiedTokens', () => {
  it('finds a token until the second it would be refused, not at it', () => {
    const tokens = new VerifiedTokens();
    tokens.remember('t', principal, 1000, 1100);
    expect(tokens.find('t', 1099.9)).toEqual(principal);
    expect(tokens.find('t', 1100)).toBeUndefined();
    expect(tokens.find('t', 1050)).toBeUndefined();
  });

  it('forgets a token after its maximum age in the cache, even when it would still pass', () => {
    const tokens = new VerifiedTokens(10, 300);
    tokens.remember('t', principal, 1000, 90_000);
    expect(tokens.find('t', 1299)).toEqual(principal);
    expect(tokens.find('t', 1300)).toBeUndefined();
  });

  it('keeps at most its capacity, the oldest leaving first', () => {
    const tokens = new VerifiedTokens(2);
    tokens.remember('a', principal, 0, 100);
    tokens.remember('b', principal, 0, 100);
    tokens.remember('c', principal, 0, 100);
    expect(tokens.find('a', 1)).toBeUndefined();
    expect(tokens.find('b', 1)).toEqual(principal);
    expect(tokens.find('c', 1)).toEqual(principal);
  });

  it('finds nothing for a token it never saw', () => {
    expect(new VerifiedTokens().find('unknown', 0)).toBeUndefined();
  });
});
