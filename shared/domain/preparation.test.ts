import { describe, expect, it } from 'vitest';
import { InvalidInput, RuleViolation } from './errors.js';
import { checkAnswers, checkShareable } from './preparation.js';
import { DEFAULT_PREPARATION_TEMPLATE, findInvalidAnswers, type PreparationTemplate } from './preparation-template.js';

const template: PreparationTemplate = {
  version: 2,
  questions: [
    { id: 'logement', domain: 'logement', kind: 'choice', label: 'Où habites-tu ?', options: ['Foyer', 'Famille d’accueil'] },
    { id: 'questions', domain: 'mes_questions', kind: 'text', label: 'Tes questions' },
  ],
};

describe('findInvalidAnswers', () => {
  it('accepts known questions, offered options and free text', () => {
    expect(findInvalidAnswers(template, { logement: 'Foyer', questions: 'Et après 21 ans ?' })).toEqual([]);
  });

  it('names unknown questions and options not offered', () => {
    expect(findInvalidAnswers(template, { logement: 'Hôtel', inconnue: 'x', questions: 'ok' })).toEqual(['logement', 'inconnue']);
  });

  it('lets a choice be emptied (an empty answer takes it back)', () => {
    expect(findInvalidAnswers(template, { logement: '' })).toEqual([]);
  });

  it('accepts an answer to every question of the default questionnaire', () => {
    const answers = Object.fromEntries(
      DEFAULT_PREPARATION_TEMPLATE.questions.map((question) => [question.id, question.options?.[0] ?? 'Une réponse']),
    );
    expect(findInvalidAnswers(DEFAULT_PREPARATION_TEMPLATE, answers)).toEqual([]);
  });
});

describe('checkAnswers', () => {
  it('throws InvalidInput with one detail per wrong answer', () => {
    expect(() => checkAnswers(template, { logement: 'Hôtel' })).toThrow(
      expect.objectContaining({ details: [expect.objectContaining({ path: 'json.answers.logement' })] }),
    );
    expect(() => checkAnswers(template, { x: 'y' })).toThrow(InvalidInput);
    expect(() => checkAnswers(template, { questions: 'Rien' })).not.toThrow();
  });
});

describe('checkShareable', () => {
  it('refuses to share nothing, or only blank answers', () => {
    expect(() => checkShareable(undefined)).toThrow(RuleViolation);
    expect(() => checkShareable({ questions: '   ' })).toThrow(RuleViolation);
  });

  it('shares once one answer says something', () => {
    expect(() => checkShareable({ questions: ' ', logement: 'Foyer' })).not.toThrow();
  });
});
