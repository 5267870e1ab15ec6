import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type ConsultationValues,
  consultationBody,
  emptyConsultationValues,
  localDateTimeToIso,
  offsetText,
  optionRow,
  questionRow,
  toDateTimeLocal,
  validateConsultation,
} from './consultation-form-rules';

// Dates are read in the browser's time zone: pin one with daylight saving for these tests.
let previousTz: string | undefined;
beforeEach(() => {
  previousTz = process.env.TZ;
  process.env.TZ = 'Europe/Paris';
});
afterEach(() => {
  if (previousTz === undefined) delete process.env.TZ;
  else process.env.TZ = previousTz;
});

describe('offsetText', () => {
  it('writes Date#getTimezoneOffset as an ISO offset', () => {
    expect(offsetText(-120)).toBe('+02:00');
    expect(offsetText(0)).toBe('+00:00');
    expect(offsetText(300)).toBe('-05:00');
    expect(offsetText(-330)).toBe('+05:30');
  });
});

describe('localDateTimeToIso', () => {
  it('keeps the local time and adds the offset in force at that date (winter and summer in Paris)', () => {
    expect(localDateTimeToIso('2026-12-01T18:30')).toBe('2026-12-01T18:30:00+01:00');
    expect(localDateTimeToIso('2026-07-01T18:30')).toBe('2026-07-01T18:30:00+02:00');
    expect(Date.parse(localDateTimeToIso('2026-07-01T18:30') ?? '')).toBe(Date.parse('2026-07-01T16:30:00Z'));
  });

  it('refuses what is not a real date and time', () => {
    expect(localDateTimeToIso('')).toBeNull();
    expect(localDateTimeToIso('2026-02-30T10:00')).toBeNull();
    expect(localDateTimeToIso('2026-02-10T25:00')).toBeNull();
    expect(localDateTimeToIso('demain')).toBeNull();
  });

  it('moves a time skipped by the spring change forward, with the summer offset', () => {
    expect(localDateTimeToIso('2026-03-29T02:30')).toBe('2026-03-29T03:30:00+02:00');
  });
});

describe('toDateTimeLocal', () => {
  it('writes an instant as the local date and time of the form field', () => {
    expect(toDateTimeLocal(new Date('2026-12-01T17:05:00Z'))).toBe('2026-12-01T18:05');
  });
});

const now = new Date('2026-11-24T10:00:00Z');

function filled(): ConsultationValues {
  const question = questionRow();
  question.label = 'Comment venir aux réunions ?';
  question.options = [optionRow('Vélo'), optionRow('Bus')];
  const multiple = questionRow('multiple');
  multiple.label = 'Sujets prioritaires';
  multiple.options = [optionRow('Logement'), optionRow('Argent'), optionRow('Santé')];
  return {
    ...emptyConsultationValues(now),
    title: ' Nos réunions ',
    questions: [question, multiple],
    opensAt: '2026-11-24T11:00',
    closesAt: '2026-12-01T18:30',
  };
}

describe('emptyConsultationValues', () => {
  it('opens now, closes a week later, with one question of two answers and a threshold of 5', () => {
    const values = emptyConsultationValues(now);
    expect(values.opensAt).toBe('2026-11-24T11:00');
    expect(values.closesAt).toBe('2026-12-01T11:00');
    expect(values.minBallots).toBe('5');
    expect(values.questions).toHaveLength(1);
    expect(values.questions[0]?.options).toHaveLength(2);
  });
});

describe('validateConsultation', () => {
  it('accepts a complete form', () => {
    expect(validateConsultation(filled(), now)).toEqual({});
  });

  it('names each missing text by its path', () => {
    const values = filled();
    values.title = ' ';
    const [first] = values.questions;
    if (first) {
      first.label = '';
      first.options = [optionRow('Vélo'), optionRow(' ')];
    }
    expect(validateConsultation(values, now)).toEqual({
      title: 'Indiquez le titre de la consultation.',
      'questions.0.label': 'Écrivez la question.',
      'questions.0.options.1.label': 'Écrivez cette réponse ou retirez-la.',
    });
  });

  it('refuses a description over 5,000 characters', () => {
    expect(validateConsultation({ ...filled(), description: 'd'.repeat(5001) }, now)).toEqual({
      description: '5\u202f000 caractères au maximum.',
    });
  });

  it('refuses the same answer twice in a question', () => {
    const values = filled();
    const [first] = values.questions;
    if (first) first.options = [optionRow('Bus'), optionRow(' bus')];
    expect(validateConsultation(values, now)).toEqual({ 'questions.0.options.1.label': 'Cette réponse est déjà proposée.' });
  });

  it('wants the closing after the opening, and in the future', () => {
    expect(validateConsultation({ ...filled(), closesAt: '2026-11-24T10:00' }, now).closesAt).toBe('La clôture doit suivre l’ouverture.');
    expect(validateConsultation({ ...filled(), opensAt: '2026-11-20T10:00', closesAt: '2026-11-23T10:00' }, now).closesAt).toBe(
      'La clôture doit être dans le futur.',
    );
  });

  it('wants a whole threshold of at least 5, the anonymity floor', () => {
    // A département that raised its floor: no less than that.
    expect(validateConsultation({ ...filled(), minBallots: '7' }, now, 8).minBallots).toMatch(
      /^Indiquez un nombre entier entre 8 et 1 000/,
    );
    expect(validateConsultation({ ...filled(), minBallots: '8' }, now, 8)).toEqual({});
    expect(validateConsultation({ ...filled(), minBallots: '4' }, now, 2).minBallots).toMatch(/entre 5 et/);
    for (const minBallots of ['1', '2', '4', '2.5', '', 'cinq', '1001']) {
      expect(validateConsultation({ ...filled(), minBallots }, now).minBallots).toMatch(/^Indiquez un nombre entier entre 5 et 1 000/);
    }
  });
});

describe('consultationBody', () => {
  it('trims, numbers questions and answers, and sends dates with their offset', () => {
    expect(consultationBody(filled())).toEqual({
      title: 'Nos réunions',
      questions: [
        {
          id: 'q1',
          label: 'Comment venir aux réunions ?',
          kind: 'single',
          options: [
            { id: 'q1-r1', label: 'Vélo' },
            { id: 'q1-r2', label: 'Bus' },
          ],
        },
        {
          id: 'q2',
          label: 'Sujets prioritaires',
          kind: 'multiple',
          options: [
            { id: 'q2-r1', label: 'Logement' },
            { id: 'q2-r2', label: 'Argent' },
            { id: 'q2-r3', label: 'Santé' },
          ],
        },
      ],
      opensAt: '2026-11-24T11:00:00+01:00',
      closesAt: '2026-12-01T18:30:00+01:00',
      minBallots: 5,
    });
  });

  it('sends a description only when there is one', () => {
    expect(consultationBody({ ...filled(), description: ' Pour préparer la rentrée. ' }).description).toBe('Pour préparer la rentrée.');
  });
});
