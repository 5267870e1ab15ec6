import { describe, expect, it } from 'vitest';
import type { Interview } from '../api/types';
import {
  changedInterviewFields,
  emptyInterviewValues,
  formErrorsFromDetails,
  interviewFieldsOf,
  interviewValuesOf,
  participantRow,
  pointRow,
  rebaseInterview,
  validateInterview,
} from './interview-form-rules';

const today = '2026-11-24';

const saved: Interview = {
  id: '01JD2Y3QK9V8N6M4R2T0W1X5Z7',
  kind: 'entretien17',
  scheduledOn: '2026-11-20',
  heldOn: null,
  participants: [{ name: 'Lina Martin', role: 'Jeune' }],
  summary: 'Premier échange.',
  points: [{ domain: 'logement', text: 'Cherche un FJT.' }],
  exitSituation: null,
  version: 2,
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-02T09:00:00.000Z',
};

describe('validateInterview', () => {
  it('accepts an interview read from the API', () => {
    expect(validateInterview(interviewValuesOf(saved), today)).toEqual({});
  });

  it('refuses a held date in the future and a date that does not exist', () => {
    const values = { ...interviewValuesOf(saved), heldOn: '2026-12-01', scheduledOn: '2027-02-30' };
    expect(validateInterview(values, today)).toEqual({
      heldOn: 'Un entretien ne peut pas avoir eu lieu dans le futur.',
      scheduledOn: 'Cette date n’existe pas.',
    });
  });

  it('asks for the missing half of a participant, and ignores a blank row', () => {
    const values = {
      ...emptyInterviewValues('entretien17'),
      participants: [participantRow({ name: 'Sophie', role: ' ' }), participantRow()],
    };
    expect(validateInterview(values, today)).toEqual({ 'participants.0.role': 'Indiquez le rôle ou la fonction.' });
  });
});

describe('interviewFieldsOf', () => {
  it('trims, leaves out blank rows and empty dates', () => {
    const values = {
      ...emptyInterviewValues('entretien17'),
      summary: '  Bilan.  ',
      participants: [participantRow({ name: ' Sophie ', role: 'Référente ' }), participantRow()],
      points: [pointRow({ domain: 'sante', text: ' Carte Vitale ' }), pointRow()],
    };
    expect(interviewFieldsOf(values)).toEqual({
      scheduledOn: null,
      heldOn: null,
      participants: [{ name: 'Sophie', role: 'Référente' }],
      summary: 'Bilan.',
      points: [{ domain: 'sante', text: 'Carte Vitale' }],
      exitSituation: null,
    });
  });

  it('sends the exit situation for a follow-up interview only', () => {
    const values = {
      ...emptyInterviewValues('suivi'),
      exitSituation: { stableHousing: true, resources: false, educationOrWork: true, healthCover: true },
    };
    expect(interviewFieldsOf(values).exitSituation).toEqual({
      stableHousing: true,
      resources: false,
      educationOrWork: true,
      healthCover: true,
    });
    expect(interviewFieldsOf({ ...values, kind: 'entretien17' }).exitSituation).toBeNull();
  });
});

describe('changedInterviewFields', () => {
  it('sends nothing when nothing changed', () => {
    expect(changedInterviewFields(saved, interviewValuesOf(saved))).toEqual({});
  });

  it('sends only the changed fields, a cleared date as null', () => {
    const values = { ...interviewValuesOf(saved), scheduledOn: '', heldOn: '2026-11-21' };
    expect(changedInterviewFields(saved, values)).toEqual({ scheduledOn: null, heldOn: '2026-11-21' });
  });
});

describe('rebaseInterview', () => {
  it('keeps the user’s edits and takes the latest version everywhere else', () => {
    const latest: Interview = { ...saved, version: 3, summary: 'Résumé d’un collègue.', scheduledOn: '2026-11-21' };
    const typed = { ...interviewValuesOf(saved), heldOn: '2026-11-22' };
    const merged = rebaseInterview(saved, latest, typed);
    expect(merged.heldOn).toBe('2026-11-22');
    expect(merged.summary).toBe('Résumé d’un collègue.');
    expect(merged.scheduledOn).toBe('2026-11-21');
  });
});

describe('formErrorsFromDetails', () => {
  it('places the API’s messages on the paths it names, without the body prefix', () => {
    const details = [
      { path: 'json.heldOn', message: 'Date attendue au format AAAA-MM-JJ.' },
      { path: 'json.participants.0.name', message: 'Trop long.' },
      { path: 'json.kind', message: 'Ignoré.' },
    ];
    expect(formErrorsFromDetails(details, (path) => path !== 'kind')).toEqual({
      heldOn: 'Date attendue au format AAAA-MM-JJ.',
      'participants.0.name': 'Trop long.',
    });
  });
});
