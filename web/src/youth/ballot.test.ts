import { describe, expect, it } from 'vitest';
import { ApiError, NetworkError } from '../api/client';
import type { ConsultationQuestion } from '../api/types';
import { ballotAnswers, ballotOutcome, ballotProblems, ballotSummary, choose, mayHaveArrived } from './ballot';

const transport: ConsultationQuestion = {
  id: 'transport',
  label: 'Comment venir aux réunions ?',
  kind: 'single',
  options: [
    { id: 'velo', label: 'Vélo' },
    { id: 'bus', label: 'Bus' },
  ],
};
const topics: ConsultationQuestion = {
  id: 'sujets',
  label: 'Sujets prioritaires',
  kind: 'multiple',
  options: [
    { id: 'logement', label: 'Logement' },
    { id: 'argent', label: 'Argent' },
    { id: 'sante', label: 'Santé' },
  ],
};
const questions = [transport, topics];

describe('choose', () => {
  it('keeps one option for a single choice', () => {
    const once = choose({}, transport, 'velo', true);
    expect(choose(once, transport, 'bus', true)).toEqual({ transport: ['bus'] });
  });

  it('adds and removes options of a multiple choice', () => {
    const both = choose(choose({}, topics, 'argent', true), topics, 'logement', true);
    expect(both.sujets).toEqual(['argent', 'logement']);
    expect(choose(both, topics, 'argent', false)).toEqual({ sujets: ['logement'] });
  });
});

describe('ballotAnswers', () => {
  it('sends a string for a single choice and a list in the question’s order for a multiple one', () => {
    expect(ballotAnswers(questions, { transport: ['bus'], sujets: ['sante', 'logement'] })).toEqual({
      transport: 'bus',
      sujets: ['logement', 'sante'],
    });
  });

  it('leaves out an unanswered question (an abstention) and unknown options', () => {
    expect(ballotAnswers(questions, { transport: [], sujets: ['argent', 'inconnue'] })).toEqual({ sujets: ['argent'] });
  });
});

describe('ballotSummary', () => {
  it('names the chosen answers of each question, none for an abstention', () => {
    expect(ballotSummary(questions, { sujets: ['sante', 'argent'] })).toEqual([
      { id: 'transport', label: 'Comment venir aux réunions ?', answers: [] },
      { id: 'sujets', label: 'Sujets prioritaires', answers: ['Argent', 'Santé'] },
    ]);
  });
});

describe('ballotProblems', () => {
  it('asks for at least one answer', () => {
    expect(ballotProblems(questions, {}, '')).toEqual({ answers: 'Réponds à au moins une question pour voter.' });
  });

  it('refuses feedback longer than the server accepts', () => {
    expect(ballotProblems(questions, { transport: ['bus'] }, 'a'.repeat(2001))).toEqual({ feedback: '2\u202f000 caractères au maximum.' });
    expect(ballotProblems(questions, { transport: ['bus'] }, 'Merci')).toEqual({});
  });
});

describe('ballotOutcome', () => {
  const alreadyVoted = new ApiError(409, 'ALREADY_VOTED', 'Tu as déjà voté.');

  it('counts a success as recorded', () => {
    expect(ballotOutcome(null, false)).toBe('recorded');
  });

  it('treats ALREADY_VOTED after an attempt that may have arrived as the vote being recorded', () => {
    expect(ballotOutcome(alreadyVoted, true)).toBe('recorded');
  });

  it('reports ALREADY_VOTED without such an attempt as a vote given before', () => {
    expect(ballotOutcome(alreadyVoted, false)).toBe('alreadyVoted');
  });

  it('recognises a closed consultation and other failures', () => {
    expect(ballotOutcome(new ApiError(409, 'CONSULTATION_CLOSED', 'Fermée.'), false)).toBe('closed');
    expect(ballotOutcome(new NetworkError(), false)).toBe('failed');
    expect(ballotOutcome(new ApiError(400, 'VALIDATION_ERROR', 'Invalide.'), true)).toBe('failed');
  });
});

describe('mayHaveArrived', () => {
  it('is true for a network failure or a server error, false for a refusal', () => {
    expect(mayHaveArrived(new NetworkError())).toBe(true);
    expect(mayHaveArrived(new ApiError(503, 'SERVICE_UNAVAILABLE', 'Indisponible.'))).toBe(true);
    expect(mayHaveArrived(new ApiError(400, 'VALIDATION_ERROR', 'Invalide.'))).toBe(false);
  });
});
