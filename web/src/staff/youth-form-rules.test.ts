import { describe, expect, it } from 'vitest';
import type { Youth } from '../api/types';
import {
  changedDetails,
  detailsValuesOf,
  fieldErrorsFromDetails,
  rebaseDetails,
  validateDetails,
  validateNewYouth,
} from './youth-form-rules';

const today = '2026-11-24';

const youth: Youth = {
  id: '01JD2Y3QK9V8N6M4R2T0W1X5Z7',
  departement: '62',
  firstName: 'Léa',
  lastName: 'Dupré',
  birthDate: '2009-05-14',
  careStartDate: null,
  careEndDate: null,
  trustedPerson: null,
  exitSituation: null,
  accountSub: 'jeune-62-lea',
  referentId: 'ref-62-martin',
  coordinateurId: 'coord-62-nour',
  hasHousingSolution: false,
  fileState: 'actif',
  archivedOn: null,
  version: 3,
  createdAt: '2026-01-05T09:00:00.000Z',
  updatedAt: '2026-10-01T09:00:00.000Z',
  keyDates: { age16: '2025-05-14', age17: '2026-05-14', age18: '2027-05-14', age21: '2030-05-14', careEnd: null },
};

describe('validateDetails', () => {
  it('accepts complete, coherent details', () => {
    expect(validateDetails(detailsValuesOf(youth), today)).toEqual({});
  });

  it('asks for the missing names and birth date', () => {
    expect(validateDetails({ firstName: ' ', lastName: '', birthDate: '', careStartDate: '', careEndDate: '' }, today)).toEqual({
      firstName: 'Indiquez le prénom.',
      lastName: 'Indiquez le nom.',
      birthDate: 'Indiquez une date de naissance complète.',
    });
  });

  it('refuses a name over 100 characters', () => {
    expect(validateDetails({ ...detailsValuesOf(youth), lastName: 'D'.repeat(101) }, today)).toEqual({
      lastName: '100 caractères au maximum.',
    });
  });

  it('refuses a birth date in the future and a date that does not exist', () => {
    expect(validateDetails({ ...detailsValuesOf(youth), birthDate: '2027-01-01' }, today).birthDate).toMatch(/futur/);
    expect(validateDetails({ ...detailsValuesOf(youth), careEndDate: '2027-02-29' }, today).careEndDate).toBe('Cette date n’existe pas.');
  });

  it('refuses an admission to the ASE before birth, in the future, or not before the end of care', () => {
    expect(validateDetails({ ...detailsValuesOf(youth), careStartDate: '2009-05-13' }, today).careStartDate).toMatch(/naissance/);
    expect(validateDetails({ ...detailsValuesOf(youth), careStartDate: '2099-01-01' }, today).careStartDate).toMatch(/futur/);
    const ended = { ...detailsValuesOf(youth), careStartDate: '2026-01-10', careEndDate: '2026-01-10' };
    expect(validateDetails(ended, today).careEndDate).toMatch(/admission/);
    expect(changedDetails(youth, { ...detailsValuesOf(youth), careStartDate: '2026-01-10' })).toEqual({ careStartDate: '2026-01-10' });
  });

  it('refuses an end of care that is not after the birth date', () => {
    expect(validateDetails({ ...detailsValuesOf(youth), careEndDate: '2009-05-14' }, today).careEndDate).toBe(
      'La fin de prise en charge doit être postérieure à la date de naissance.',
    );
  });
});

describe('validateNewYouth', () => {
  it('checks the account ids as the server does', () => {
    const values = { ...detailsValuesOf(youth), accountSub: 'jeune 62', referentId: '', coordinateurId: 'coord-62' };
    expect(validateNewYouth(values, today)).toEqual({
      accountSub: expect.stringMatching(/^Identifiant invalide/),
      referentId: 'Choisissez le ou la référent·e ASE dans la liste.',
    });
  });
});

describe('changedDetails', () => {
  it('sends only what changed, trimmed', () => {
    expect(changedDetails(youth, { ...detailsValuesOf(youth), lastName: ' Dupré-Leroy ' })).toEqual({
      lastName: 'Dupré-Leroy',
    });
  });

  it('sends nothing when nothing changed', () => {
    expect(changedDetails(youth, detailsValuesOf(youth))).toEqual({});
  });

  it('sends null when the end of care is emptied', () => {
    const withEnd = { ...youth, careEndDate: '2027-09-30' };
    expect(changedDetails(withEnd, { ...detailsValuesOf(withEnd), careEndDate: '' })).toEqual({ careEndDate: null });
  });
});

describe('rebaseDetails', () => {
  it('keeps what the user changed and takes the latest value everywhere else', () => {
    const latest = { ...youth, version: 4, lastName: 'Dupré-Leroy', careEndDate: '2027-09-30' };
    const typed = { ...detailsValuesOf(youth), firstName: 'Léa-Rose' };
    expect(rebaseDetails(youth, latest, typed)).toEqual({
      firstName: 'Léa-Rose',
      lastName: 'Dupré-Leroy',
      birthDate: '2009-05-14',
      careStartDate: '',
      careEndDate: '2027-09-30',
    });
  });

  it('keeps the user’s value when both changed the same field', () => {
    const latest = { ...youth, version: 4, firstName: 'Lea' };
    const typed = { ...detailsValuesOf(youth), firstName: 'Léa-Rose' };
    expect(rebaseDetails(youth, latest, typed).firstName).toBe('Léa-Rose');
  });
});

describe('fieldErrorsFromDetails', () => {
  it('puts each API message on the field its path names', () => {
    const details = [
      { path: 'careEndDate', message: 'Date trop tôt.' },
      { path: ['body', 'firstName'], message: 'Trop long.' },
      { path: 'body.lastName', message: 'Vide.' },
      { path: 'inconnu', message: 'Ignoré.' },
      { message: 'Sans chemin.' },
    ];
    expect(fieldErrorsFromDetails(details, ['firstName', 'lastName', 'careEndDate'] as const)).toEqual({
      careEndDate: 'Date trop tôt.',
      firstName: 'Trop long.',
      lastName: 'Vide.',
    });
  });
});
