import { describe, expect, it } from 'vitest';
import { careStartDateProblems } from './care-dates.js';

describe('careStartDateProblems', () => {
  const birthDate = '2009-05-14';

  it('accepts no admission date, the birth date itself and today', () => {
    expect(careStartDateProblems({ birthDate, careStartDate: null, careEndDate: null }, '2026-11-24')).toEqual([]);
    expect(careStartDateProblems({ birthDate, careStartDate: birthDate, careEndDate: null }, '2026-11-24')).toEqual([]);
    expect(careStartDateProblems({ birthDate, careStartDate: '2026-11-24', careEndDate: null }, '2026-11-24')).toEqual([]);
  });

  it('refuses an admission before birth or after today', () => {
    expect(careStartDateProblems({ birthDate, careStartDate: '2009-05-13', careEndDate: null }, '2026-11-24')).toEqual([
      { field: 'careStartDate', message: expect.stringContaining('naissance') },
    ]);
    expect(careStartDateProblems({ birthDate, careStartDate: '2026-11-25', careEndDate: null }, '2026-11-24')).toEqual([
      { field: 'careStartDate', message: expect.stringContaining('futur') },
    ]);
  });

  it('refuses an end of care on or before admission', () => {
    expect(careStartDateProblems({ birthDate, careStartDate: '2025-01-10', careEndDate: '2025-01-10' }, '2026-11-24')).toEqual([
      { field: 'careEndDate', message: expect.stringContaining('admission') },
    ]);
    expect(careStartDateProblems({ birthDate, careStartDate: '2025-01-10', careEndDate: '2025-01-11' }, '2026-11-24')).toEqual([]);
  });
});
