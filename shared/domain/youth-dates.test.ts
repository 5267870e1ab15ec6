import { describe, expect, it } from 'vitest';
import { datesAfterChange, findYouthDateProblems } from './youth-dates.js';

const today = '2026-11-29';

describe('findYouthDateProblems', () => {
  it('accepts a real path: birth in 2009, care ending at 18, or none yet', () => {
    expect(findYouthDateProblems({ birthDate: '2009-03-12', careEndDate: '2027-03-12' }, today)).toEqual([]);
    expect(findYouthDateProblems({ birthDate: '2009-03-12', careEndDate: null }, today)).toEqual([]);
  });

  it('accepts the edges: 1 January 1900, born today, care ending on the 22nd birthday', () => {
    expect(findYouthDateProblems({ birthDate: '1900-01-01', careEndDate: null }, today)).toEqual([]);
    expect(findYouthDateProblems({ birthDate: today, careEndDate: null }, today)).toEqual([]);
    expect(findYouthDateProblems({ birthDate: '2008-02-29', careEndDate: '2030-03-01' }, today)).toEqual([]);
  });

  it('refuses a birth before 1900 or after today', () => {
    expect(findYouthDateProblems({ birthDate: '1899-12-31', careEndDate: null }, today)).toEqual([
      { path: 'birthDate', message: expect.stringMatching(/1900/) },
    ]);
    expect(findYouthDateProblems({ birthDate: '2026-11-30', careEndDate: null }, today)).toEqual([
      { path: 'birthDate', message: expect.stringMatching(/futur/) },
    ]);
  });

  it('refuses a care end on or before the birth date', () => {
    expect(findYouthDateProblems({ birthDate: '2009-03-12', careEndDate: '2009-03-12' }, today)[0]?.path).toBe('careEndDate');
    expect(findYouthDateProblems({ birthDate: '2009-03-12', careEndDate: '2000-01-01' }, today)[0]?.path).toBe('careEndDate');
  });

  it('refuses a care end after the 22nd birthday, which would push derived dates past 9999', () => {
    expect(findYouthDateProblems({ birthDate: '2008-02-29', careEndDate: '2030-03-02' }, today)[0]?.path).toBe('careEndDate');
    expect(findYouthDateProblems({ birthDate: '2009-03-12', careEndDate: '9999-12-31' }, today)[0]?.path).toBe('careEndDate');
  });
});

describe('findYouthDateProblems: admission to the ASE', () => {
  const birthDate = '2009-05-14';

  it('accepts no admission date, the birth date itself and today', () => {
    expect(findYouthDateProblems({ birthDate, careStartDate: null, careEndDate: null }, today)).toEqual([]);
    expect(findYouthDateProblems({ birthDate, careStartDate: birthDate, careEndDate: null }, today)).toEqual([]);
    expect(findYouthDateProblems({ birthDate, careStartDate: today, careEndDate: null }, today)).toEqual([]);
  });

  it('refuses an admission before birth or after today', () => {
    expect(findYouthDateProblems({ birthDate, careStartDate: '2009-05-13', careEndDate: null }, today)).toEqual([
      { path: 'careStartDate', message: expect.stringContaining('naissance') },
    ]);
    expect(findYouthDateProblems({ birthDate, careStartDate: '2026-11-30', careEndDate: null }, today)).toEqual([
      { path: 'careStartDate', message: expect.stringContaining('futur') },
    ]);
  });

  it('refuses an end of care on or before admission', () => {
    expect(findYouthDateProblems({ birthDate, careStartDate: '2025-01-10', careEndDate: '2025-01-10' }, today)).toEqual([
      { path: 'careEndDate', message: expect.stringContaining('admission') },
    ]);
    expect(findYouthDateProblems({ birthDate, careStartDate: '2025-01-10', careEndDate: '2025-01-11' }, today)).toEqual([]);
  });
});

describe('datesAfterChange', () => {
  const current = { birthDate: '2009-03-12', careEndDate: '2027-03-12' };

  it('keeps what the change leaves out, and clears the care end on null', () => {
    expect(datesAfterChange(current, { careEndDate: '2000-01-01' })).toEqual({
      birthDate: '2009-03-12',
      careStartDate: null,
      careEndDate: '2000-01-01',
    });
    expect(datesAfterChange(current, { birthDate: '2010-01-01' })).toEqual({
      birthDate: '2010-01-01',
      careStartDate: null,
      careEndDate: '2027-03-12',
    });
    expect(datesAfterChange(current, { careEndDate: null })).toEqual({ birthDate: '2009-03-12', careStartDate: null, careEndDate: null });
    expect(datesAfterChange({ ...current, careStartDate: '2020-01-01' }, { careStartDate: null }).careStartDate).toBeNull();
  });
});
