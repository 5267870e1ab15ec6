import { describe, expect, it } from 'vitest';
import { binomeNameAndTitle, binomeTitle } from './binome-titles.js';
import { DEFAULT_SECOND_MEMBER_LABEL } from './staff.js';

const sophie = { role: 'referent' as const, firstName: 'Sophie', lastName: 'Lefebvre', civility: 'madame' as const };

describe('binomeTitle', () => {
  it('agrees the referent’s title with their civility, and is épicène when it is unknown', () => {
    expect(binomeNameAndTitle(sophie, DEFAULT_SECOND_MEMBER_LABEL)).toBe('Sophie Lefebvre, ta référente ASE');
    expect(binomeTitle({ role: 'referent', civility: 'monsieur' }, DEFAULT_SECOND_MEMBER_LABEL)).toBe('ton référent ASE');
    expect(binomeTitle({ role: 'referent', civility: null }, DEFAULT_SECOND_MEMBER_LABEL)).toBe('référent·e ASE');
  });

  it('names the second member with the département’s label, lower-cased inside the sentence but not an acronym', () => {
    const karim = { role: 'coordinateur' as const, firstName: 'Karim', lastName: 'Haddad', civility: 'monsieur' as const };
    expect(binomeNameAndTitle(karim, DEFAULT_SECOND_MEMBER_LABEL)).toBe('Karim Haddad, coordonnateur ASE en mission locale');
    expect(binomeTitle(karim, 'CESF de la maison des solidarités')).toBe('CESF de la maison des solidarités');
  });
});
