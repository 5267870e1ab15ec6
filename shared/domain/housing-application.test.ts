import { describe, expect, it } from 'vitest';
import { InvalidInput, RuleViolation, VersionConflict } from './errors.js';
import {
  APPLICATION_STATUSES,
  type ApplicationStatus,
  applyTransition,
  canTransition,
  checkTransition,
  formatApplicationNumber,
  hasHousingSolution,
  isFinal,
  isSolution,
  lacksNews,
  transitionApplication,
  youthNoteOf,
} from './housing-application.js';

// Written out by hand from the workflow the field uses, not derived from the code.
const ALLOWED = new Set([
  'brouillon>deposee',
  'brouillon>annulee',
  'deposee>en_instruction',
  'deposee>refusee_par_le_partenaire',
  'deposee>annulee',
  'en_instruction>proposition',
  'en_instruction>refusee_par_le_partenaire',
  'en_instruction>annulee',
  'proposition>acceptee',
  'proposition>refusee_par_le_jeune',
  'proposition>refusee_par_le_partenaire',
  'proposition>annulee',
  'acceptee>entree_dans_les_lieux',
  'acceptee>annulee',
]);

describe('application transitions', () => {
  const pairs = APPLICATION_STATUSES.flatMap((from) => APPLICATION_STATUSES.map((to) => [from, to] as const));

  it('covers all 81 pairs of the nine statuses', () => {
    expect(pairs).toHaveLength(81);
  });

  for (const [from, to] of pairs) {
    const allowed = ALLOWED.has(`${from}>${to}`);
    it(`${allowed ? 'allows' : 'refuses'} ${from} → ${to}`, () => {
      expect(canTransition(from, to)).toBe(allowed);
    });
  }

  it('has exactly the final statuses with no way out', () => {
    const finals = APPLICATION_STATUSES.filter(isFinal);
    expect(finals).toEqual(['entree_dans_les_lieux', 'refusee_par_le_jeune', 'refusee_par_le_partenaire', 'annulee']);
  });
});

describe('checkTransition', () => {
  const base = {
    from: 'deposee' as ApplicationStatus,
    to: 'en_instruction' as ApplicationStatus,
    lastChangeOn: '2026-03-10',
    today: '2026-03-20',
  };

  it('accepts a move dated on the day of the previous change or on today', () => {
    expect(checkTransition({ ...base, on: '2026-03-10' })).toBeNull();
    expect(checkTransition({ ...base, on: '2026-03-20' })).toBeNull();
  });

  it('refuses a date before the previous change and a date after today', () => {
    expect(checkTransition({ ...base, on: '2026-03-09' })).toBe('DATE_BEFORE_PREVIOUS');
    expect(checkTransition({ ...base, on: '2026-03-21' })).toBe('DATE_IN_FUTURE');
  });

  it('refuses a move the table forbids before looking at the date', () => {
    expect(checkTransition({ ...base, to: 'acceptee', on: '2026-03-09' })).toBe('INVALID_TRANSITION');
  });
});

describe('what counts as a solution', () => {
  it('counts an accepted or moved-into application', () => {
    expect(isSolution({ status: 'acceptee', emergency: false })).toBe(true);
    expect(isSolution({ status: 'entree_dans_les_lieux', emergency: false })).toBe(true);
  });

  it('never counts emergency shelter, even accepted or moved into', () => {
    expect(isSolution({ status: 'acceptee', emergency: true })).toBe(false);
    expect(isSolution({ status: 'entree_dans_les_lieux', emergency: true })).toBe(false);
  });

  it('does not count a proposal, a refusal or a cancelled application', () => {
    for (const status of [
      'brouillon',
      'deposee',
      'en_instruction',
      'proposition',
      'refusee_par_le_jeune',
      'refusee_par_le_partenaire',
      'annulee',
    ] as const) {
      expect(isSolution({ status, emergency: false }), status).toBe(false);
    }
  });

  it('counts a project marked not needed, with or without applications', () => {
    expect(hasHousingSolution({ notNeeded: true, applications: [] })).toBe(true);
    expect(hasHousingSolution({ notNeeded: false, applications: [] })).toBe(false);
    expect(
      hasHousingSolution({
        notNeeded: false,
        applications: [
          { status: 'proposition', emergency: false },
          { status: 'entree_dans_les_lieux', emergency: true },
        ],
      }),
    ).toBe(false);
    expect(
      hasHousingSolution({
        notNeeded: false,
        applications: [
          { status: 'refusee_par_le_partenaire', emergency: false },
          { status: 'acceptee', emergency: false },
        ],
      }),
    ).toBe(true);
  });
});

describe('lacksNews (60 days)', () => {
  it('prompts on the 60th day without change, not on the 59th', () => {
    // 2026-01-01 + 60 days = 2026-03-02
    expect(lacksNews({ status: 'deposee', lastChangeOn: '2026-01-01' }, '2026-03-01')).toBe(false);
    expect(lacksNews({ status: 'deposee', lastChangeOn: '2026-01-01' }, '2026-03-02')).toBe(true);
  });

  it('counts across a leap day', () => {
    expect(lacksNews({ status: 'en_instruction', lastChangeOn: '2028-01-01' }, '2028-02-29')).toBe(false);
    expect(lacksNews({ status: 'en_instruction', lastChangeOn: '2028-01-01' }, '2028-03-01')).toBe(true);
  });

  it('never prompts for a draft or a final status', () => {
    for (const status of ['brouillon', 'entree_dans_les_lieux', 'annulee', 'refusee_par_le_jeune', 'refusee_par_le_partenaire'] as const) {
      expect(lacksNews({ status, lastChangeOn: '2020-01-01' }, '2026-03-02'), status).toBe(false);
    }
  });
});

describe('formatApplicationNumber', () => {
  it('pads the sequence to six digits and keeps larger sequences whole', () => {
    expect(formatApplicationNumber('62', 2026, 123)).toBe('LOG-62-2026-000123');
    expect(formatApplicationNumber('2A', 2027, 1_234_567)).toBe('LOG-2A-2027-1234567');
  });
});

describe('applyTransition', () => {
  it('moves the status, dates it, appends the event and bumps the version', () => {
    const created = {
      status: 'brouillon' as ApplicationStatus,
      lastChangeOn: '2026-03-01',
      version: 1,
      history: [
        {
          from: null,
          to: 'brouillon' as ApplicationStatus,
          on: '2026-03-01',
          at: '2026-03-01T09:00:00.000Z',
          byRole: 'jeune',
          byName: null,
          comment: null,
        },
      ],
      number: 'LOG-62-2026-000001',
    };
    const next = applyTransition(
      created,
      { to: 'deposee', on: '2026-03-04', comment: 'Dossier complet' },
      { role: 'coordinateur', name: 'Karim' },
      new Date('2026-03-05T10:00:00Z'),
    );
    expect(next).toMatchObject({ status: 'deposee', lastChangeOn: '2026-03-04', version: 2, number: 'LOG-62-2026-000001' });
    expect(next.history).toHaveLength(2);
    expect(next.history[1]).toEqual({
      from: 'brouillon',
      to: 'deposee',
      on: '2026-03-04',
      at: '2026-03-05T10:00:00.000Z',
      byRole: 'coordinateur',
      byName: 'Karim',
      comment: 'Dossier complet',
    });
    expect(created.history).toHaveLength(1);
  });
});

describe('transitionApplication', () => {
  const current = { status: 'deposee' as ApplicationStatus, lastChangeOn: '2026-03-10', version: 3, history: [] };
  const actor = { role: 'referent', name: null };
  const now = new Date('2026-03-20T10:00:00Z');

  it('throws a rule violation for a forbidden move, before looking at the version', () => {
    expect(() => transitionApplication(current, { version: 1, to: 'acceptee' }, actor, now, '2026-03-20')).toThrow(RuleViolation);
  });

  it('throws invalid input for a date out of order and a version conflict for a stale read', () => {
    expect(() => transitionApplication(current, { version: 3, to: 'en_instruction', on: '2026-03-01' }, actor, now, '2026-03-20')).toThrow(
      InvalidInput,
    );
    expect(() => transitionApplication(current, { version: 2, to: 'en_instruction' }, actor, now, '2026-03-20')).toThrow(VersionConflict);
  });

  it('dates the move today when no date is given', () => {
    const next = transitionApplication(current, { version: 3, to: 'en_instruction' }, actor, now, '2026-03-20');
    expect(next).toMatchObject({ status: 'en_instruction', lastChangeOn: '2026-03-20', version: 4 });
  });
});

describe('youthNoteOf', () => {
  const event = (byRole: string, comment: string | null) => ({ byRole, comment });

  it('gives the young person’s latest word, trimmed', () => {
    expect(youthNoteOf([event('jeune', ' Je voudrais visiter '), event('coordinateur', 'Déposée au FJT')])).toBe('Je voudrais visiter');
    expect(youthNoteOf([event('jeune', 'Premier mot'), event('jeune', 'Trop loin de mon CAP')])).toBe('Trop loin de mon CAP');
  });

  it('is null when the young person wrote nothing (staff comments are not theirs)', () => {
    expect(youthNoteOf([event('referent', 'Dossier complet'), event('jeune', '  '), event('jeune', null)])).toBeNull();
    expect(youthNoteOf([])).toBeNull();
  });
});
