import { describe, expect, it } from 'vitest';
import { roleLabel } from './role-label';

describe('roleLabel', () => {
  it('names roles in French, inclusively', () => {
    expect(roleLabel('referent')).toBe('référent·e ASE');
    expect(roleLabel('coordinateur')).toBe('coordinateur·rice');
    expect(roleLabel('admin')).toBe('administrateur·rice');
  });

  it('shows an unknown role as it comes', () => {
    expect(roleLabel('juge')).toBe('juge');
  });
});
