import { describe, expect, it } from 'vitest';
import type { StaffMember } from '../api/types';
import { staffName, staffOptionLabel, staffOptions } from './staff-words';

const member = (sub: string, firstName: string, lastName: string, territory: string | null = null): StaffMember => ({
  sub,
  firstName,
  lastName,
  civility: null,
  role: 'referent',
  territory,
  startedOn: null,
  otherCaseload: 0,
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

describe('staff pickers', () => {
  const sophie = member('ref-62-sophie', 'Sophie', 'Lefebvre', 'Arrageois');
  const thomas = member('ref-62-thomas', 'Thomas', 'Dubois');

  it('labels a person by last name, then first name and territory', () => {
    expect(staffOptionLabel(sophie)).toBe('Lefebvre Sophie — Arrageois');
    expect(staffOptionLabel(thomas)).toBe('Dubois Thomas');
  });

  it('asks to choose when nobody is set, and keeps a current member the directory does not know', () => {
    expect(staffOptions([thomas], null)).toEqual([
      ['', '— Choisir —'],
      ['ref-62-thomas', 'Dubois Thomas'],
    ]);
    expect(staffOptions([thomas], 'ref-old')[0]).toEqual(['ref-old', 'ref-old (absent de l’annuaire)']);
    expect(staffOptions([thomas], 'ref-62-thomas')).toEqual([['ref-62-thomas', 'Dubois Thomas']]);
  });

  it('names a member of the binôme, or shows the raw id when unknown', () => {
    expect(staffName([sophie], 'ref-62-sophie')).toBe('Sophie Lefebvre');
    expect(staffName([sophie], 'ref-x')).toBe('ref-x (absent de l’annuaire)');
  });
});
