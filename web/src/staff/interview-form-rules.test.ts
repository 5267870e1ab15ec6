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
  participants: [{ kind: 'jeune', name: 'Lina Martin', role: '' }],
  youngPersonAbsentReason: null,
  summary: 'Premier échange.',
  points: [{ domain: 'logement', text: 'Cherche un FJT.' }],
  rightsTold: [{ right: 'contrat_engagement_jeune', toldOn: '2026-11-20', answer: 'reflechit' }],
  situation: null,
  supportAgainToldOn: null,
  legacyExitIndicators: null,
  version: 2,
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-02T09:00:00.000Z',
};

describe('emptyInterviewValues', () => {
  it('starts a new entretien with the personne de confiance on the file among the participants', () => {
    const values = emptyInterviewValues('entretien17', { name: 'Nadia Benali', relation: 'Tante' });
    expect(values.participants).toEqual([expect.objectContaining({ kind: 'personne_de_confiance', name: 'Nadia Benali', role: 'Tante' })]);
  });

  it('starts with nobody when there is no personne de confiance, or for a follow-up after 18', () => {
    expect(emptyInterviewValues('entretien17', null).participants).toEqual([]);
    expect(emptyInterviewValues('suivi', { name: 'Nadia Benali', relation: 'Tante' }).participants).toEqual([]);
  });
});

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

  it('asks who and the name of a participant, and ignores a blank row', () => {
    const values = {
      ...emptyInterviewValues('entretien17'),
      participants: [participantRow({ kind: null, name: 'Sophie' }), participantRow({ kind: 'referent', name: ' ' }), participantRow()],
    };
    expect(validateInterview(values, today)).toEqual({
      'participants.0.kind': 'Indiquez qui est cette personne.',
      'participants.1.name': 'Indiquez le nom.',
    });
  });

  it('words every text over its limit the same way', () => {
    const values = {
      ...interviewValuesOf(saved),
      participants: [participantRow({ kind: 'referent', name: 'Sophie', role: 'r'.repeat(121) })],
      points: [pointRow({ domain: 'logement', text: 'p'.repeat(4001) })],
      summary: 's'.repeat(10_001),
    };
    expect(validateInterview(values, today)).toEqual({
      'participants.0.role': '120 caractères au maximum.',
      'points.0.text': '4\u202f000 caractères au maximum.',
      summary: '10\u202f000 caractères au maximum.',
    });
  });

  it('asks why an interview was held without the young person', () => {
    const values = {
      ...emptyInterviewValues('entretien17'),
      heldOn: '2026-11-20',
      participants: [participantRow({ kind: 'referent', name: 'Sophie Lefebvre' })],
    };
    expect(validateInterview(values, today)).toEqual({
      youngPersonAbsentReason: 'L’entretien a eu lieu sans le jeune : indiquez pourquoi.',
    });
    expect(validateInterview({ ...values, youngPersonAbsentReason: 'Hospitalisée' }, today)).toEqual({});
  });

  it('asks the date a ticked right was told, never in the future', () => {
    const values = emptyInterviewValues('entretien17');
    values.rights.logement_social = { told: true, toldOn: '', answer: '' };
    values.rights.contester_adepape = { told: true, toldOn: '2026-12-01', answer: '' };
    expect(validateInterview(values, today)).toEqual({
      'rights.logement_social.toldOn': 'Indiquez le jour où ce droit a été expliqué.',
      'rights.contester_adepape.toldOn': 'Un droit ne peut pas avoir été expliqué dans le futur.',
    });
  });

  it('asks for all four indicators of a follow-up or none', () => {
    const values = {
      ...emptyInterviewValues('suivi'),
      situation: { housing: 'famille_tiers', resources: '', activity: '', healthCover: '' },
    };
    expect(validateInterview(values as never, today).situation).toMatch(/quatre indicateurs/);
  });
});

describe('interviewFieldsOf', () => {
  it('trims, leaves out blank rows and empty dates, and sends the rights ticked', () => {
    const values = {
      ...emptyInterviewValues('entretien17'),
      summary: '  Bilan.  ',
      participants: [participantRow({ kind: 'referent', name: ' Sophie ', role: 'ASE Arras ' }), participantRow()],
      points: [pointRow({ domain: 'sante', text: ' Carte Vitale ' }), pointRow()],
    };
    values.rights.contrat_engagement_jeune = { told: true, toldOn: '2026-11-20', answer: 'oui' };
    expect(interviewFieldsOf(values)).toEqual({
      scheduledOn: null,
      heldOn: null,
      participants: [{ kind: 'referent', name: 'Sophie', role: 'ASE Arras' }],
      youngPersonAbsentReason: null,
      summary: 'Bilan.',
      points: [{ domain: 'sante', text: 'Carte Vitale' }],
      rightsTold: [{ right: 'contrat_engagement_jeune', toldOn: '2026-11-20', answer: 'oui' }],
      situation: null,
      supportAgainToldOn: null,
    });
  });

  it('sends the situation for a follow-up interview only', () => {
    const situation = { housing: 'fjt_residence_sociale', resources: 'aide_ase', activity: 'cej', healthCover: 'inconnu' } as const;
    const values = { ...emptyInterviewValues('suivi'), situation, supportAgainToldOn: '2026-11-20' };
    expect(interviewFieldsOf(values)).toMatchObject({ situation, supportAgainToldOn: '2026-11-20' });
    expect(interviewFieldsOf({ ...values, kind: 'entretien17' })).toMatchObject({ situation: null, supportAgainToldOn: null });
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
