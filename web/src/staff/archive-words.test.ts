import { describe, expect, it } from 'vitest';
import { archiveReasonError, decisionReferenceError, intermediatePeriodSentence, parseRetentionSettings } from './archive-words';
import { archivedFilePath } from './paths';

describe('archiveReasonError', () => {
  it('asks for a reason when there is none, spaces only included', () => {
    expect(archiveReasonError('')).toMatch(/^Indiquez le motif/);
    expect(archiveReasonError('    ')).toMatch(/^Indiquez le motif/);
  });

  it('refuses 9 characters once trimmed and takes 10, as the server does', () => {
    expect(archiveReasonError('  123456789  ')).toMatch(/au moins 10 caractères/);
    expect(archiveReasonError('  1234567890  ')).toBeUndefined();
  });

  it('takes 500 characters and refuses 501', () => {
    expect(archiveReasonError('a'.repeat(500))).toBeUndefined();
    expect(archiveReasonError('a'.repeat(501))).toMatch(/au plus 500 caractères/);
  });
});

describe('intermediatePeriodSentence', () => {
  it('gives the last day and how far it is while the period runs', () => {
    expect(intermediatePeriodSentence({ intermediateUntil: '2036-03-01', decisionDue: false }, '2026-03-02')).toBe(
      'Jusqu’au 1er mars 2036 (dans 9 ans et 11 mois)',
    );
  });

  it('says a decision is due once the period is over', () => {
    expect(intermediatePeriodSentence({ intermediateUntil: '2026-03-01', decisionDue: true }, '2026-03-02')).toMatch(
      /^Terminée le 1er mars 2026\s: une décision est à prendre/,
    );
  });
});

describe('archivedFilePath', () => {
  it('puts the id in the path, encoded', () => {
    expect(archivedFilePath('a b')).toBe('/archives/a%20b');
  });
});

describe('parseRetentionSettings', () => {
  it('takes whole years at the limits, spaces around them included', () => {
    expect(parseRetentionSettings({ activeYears: ' 1 ', intermediateYears: '100', markersYears: '1' })).toEqual({
      settings: { activeYears: 1, intermediateYears: 100, markersYears: 1 },
      errors: null,
    });
    expect(parseRetentionSettings({ activeYears: '10', intermediateYears: '1', markersYears: '5' }).settings).toEqual({
      activeYears: 10,
      intermediateYears: 1,
      markersYears: 5,
    });
  });

  it('refuses each field out of its limits, empty, or not a whole number, and says the limits', () => {
    expect(parseRetentionSettings({ activeYears: '11', intermediateYears: '0', markersYears: '6' }).errors).toEqual({
      activeYears: 'Indiquez un nombre entier d’années, de 1 à 10.',
      intermediateYears: 'Indiquez un nombre entier d’années, de 1 à 100.',
      markersYears: 'Indiquez un nombre entier d’années, de 1 à 5.',
    });
    for (const typed of ['', '2,5', '2.5', 'deux', '-2']) {
      expect(parseRetentionSettings({ activeYears: typed, intermediateYears: '10', markersYears: '1' }).errors).toHaveProperty(
        'activeYears',
      );
    }
  });
});

describe('decisionReferenceError', () => {
  const lina = { firstName: 'Lina', lastName: 'Benali' };

  it('asks for the reference when there is none, spaces only included', () => {
    expect(decisionReferenceError('   ', lina)).toMatch(/^Indiquez la référence/);
  });

  it('takes 3 to 120 characters once trimmed, as the server does', () => {
    expect(decisionReferenceError('  AB  ', lina)).toMatch(/au moins 3 caractères/);
    expect(decisionReferenceError('  A12  ', lina)).toBeUndefined();
    expect(decisionReferenceError('x'.repeat(120), lina)).toBeUndefined();
    expect(decisionReferenceError('x'.repeat(121), lina)).toMatch(/au plus 120 caractères/);
  });

  it('refuses a reference that quotes the young person, accents and case aside, and takes a visa number', () => {
    expect(decisionReferenceError('Visa AD62 BENALI 2038', lina)).toMatch(/Retirez le nom du jeune/);
    expect(decisionReferenceError('Bordereau lína n° 4', lina)).toMatch(/Retirez le nom du jeune/);
    expect(decisionReferenceError('Visa AD62 n° 2038-114', lina)).toBeUndefined();
  });
});
