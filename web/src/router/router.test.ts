import { describe, expect, it } from 'vitest';
import { findRoute, matchRoute, pathFromHash } from './router';

describe('matchRoute', () => {
  it('matches a static path', () => {
    expect(matchRoute('/jeunes', '/jeunes')).toEqual({});
  });

  it('captures and decodes parameters', () => {
    expect(matchRoute('/jeunes/:id/historique', '/jeunes/01J%20X/historique')).toEqual({ id: '01J X' });
  });

  it('ignores a trailing slash', () => {
    expect(matchRoute('/jeunes/:id', '/jeunes/42/')).toEqual({ id: '42' });
  });

  it('rejects a different length or a different static segment', () => {
    expect(matchRoute('/jeunes/:id', '/jeunes')).toBeNull();
    expect(matchRoute('/jeunes/:id', '/jeunes/42/journal')).toBeNull();
    expect(matchRoute('/moi', '/jeunes')).toBeNull();
  });

  it('rejects a malformed escape instead of throwing', () => {
    expect(matchRoute('/jeunes/:id', '/jeunes/%E0%A4%A')).toBeNull();
  });
});

describe('findRoute', () => {
  const routes = [
    ['/jeunes/nouveau', 'create'],
    ['/jeunes/:id', 'file'],
  ] as const;

  it('takes the first matching route, so static paths win when listed first', () => {
    expect(findRoute(routes, '/jeunes/nouveau')).toEqual({ value: 'create', params: {} });
    expect(findRoute(routes, '/jeunes/42')).toEqual({ value: 'file', params: { id: '42' } });
  });

  it('returns null when nothing matches', () => {
    expect(findRoute(routes, '/comites')).toBeNull();
  });
});

describe('pathFromHash', () => {
  it.each([
    ['', '/'],
    ['#', '/'],
    ['#/', '/'],
    ['#/moi', '/moi'],
    ['#/jeunes/42/', '/jeunes/42'],
    ['#/jeunes?page=2', '/jeunes'],
    ['#contenu', '/'],
  ])('reads %j as %j', (hash, path) => {
    expect(pathFromHash(hash)).toBe(path);
  });
});
