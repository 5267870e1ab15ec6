import { describe, expect, it } from 'vitest';
import {
  type ConsultationQuestion,
  checkFollowUpAnswersOpen,
  checkSameBallot,
  checkSameFollowUpAnswer,
  chosenOptions,
  consultationStatus,
  consultationWarnings,
  findBallotProblems,
  followUpAnswersCloseAt,
  followUpAnswersOpen,
  meetsAnonymityThreshold,
  nextFollowUpAnswersCloseAt,
  resultsVisibility,
  sameAnswers,
  shuffled,
  tallyBallots,
  tallyResults,
  visibleFollowUpCounts,
} from './consultation.js';
import { AlreadyExists, InvalidInput, RuleViolation } from './errors.js';

const questions: ConsultationQuestion[] = [
  {
    id: 'q1',
    label: 'Lieu',
    kind: 'single',
    options: [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
    ],
  },
  {
    id: 'q2',
    label: 'Sujets',
    kind: 'multiple',
    options: [
      { id: 'x', label: 'X' },
      { id: 'y', label: 'Y' },
      { id: 'z', label: 'Z' },
    ],
  },
];

describe('consultationStatus', () => {
  const timing = { opensAt: '2026-11-01T08:00:00.000Z', closesAt: '2026-11-30T18:00:00.000Z', closedAt: null, publishedAt: null };
  it('follows the timeline: à venir, ouverte, fermée', () => {
    expect(consultationStatus(timing, new Date('2026-10-31T00:00:00Z'))).toBe('a_venir');
    expect(consultationStatus(timing, new Date('2026-11-01T08:00:00Z'))).toBe('ouverte');
    expect(consultationStatus(timing, new Date('2026-11-30T18:00:00Z'))).toBe('fermee');
  });
  it('is closed after an early close and published once published', () => {
    expect(consultationStatus({ ...timing, closedAt: '2026-11-10T00:00:00.000Z' }, new Date('2026-11-11T00:00:00Z'))).toBe('fermee');
    expect(consultationStatus({ ...timing, closedAt: 'x', publishedAt: 'y' }, new Date('2026-11-11T00:00:00Z'))).toBe('publiee');
  });
});

describe('findBallotProblems', () => {
  it('accepts a complete ballot and a partial one (abstention)', () => {
    expect(findBallotProblems(questions, { q1: 'a', q2: ['x', 'z'] })).toEqual([]);
    expect(findBallotProblems(questions, { q2: ['y'] })).toEqual([]);
  });
  it.each([
    [{}, ''],
    [{ q9: 'a' }, 'q9'],
    [{ q1: 'c' }, 'q1'],
    [{ q1: ['a'] }, 'q1'],
    [{ q2: 'x' }, 'q2'],
    [{ q2: [] }, 'q2'],
    [{ q2: ['x', 'x'] }, 'q2'],
    [{ q2: ['x', 'w'] }, 'q2'],
  ])('refuses %j', (answers, questionId) => {
    expect(findBallotProblems(questions, answers).map((problem) => problem.questionId)).toEqual([questionId]);
  });
});

describe('ballots cast with a credential', () => {
  it('counts each ballot once per chosen option, abstentions counting nothing', () => {
    const counts = tallyBallots([{ q1: 'a', q2: ['x', 'y'] }, { q1: 'a' }, { q2: ['y'] }]);
    expect(Object.fromEntries(counts)).toEqual({ 'q1#a': 2, 'q2#x': 1, 'q2#y': 2 });
    expect(tallyBallots([]).size).toBe(0);
  });
  it('sees the same ballot whatever the order of questions and of a multiple choice', () => {
    expect(sameAnswers({ q1: 'a', q2: ['x', 'y'] }, { q2: ['y', 'x'], q1: 'a' })).toBe(true);
    expect(sameAnswers({ q1: 'a' }, { q1: 'b' })).toBe(false);
    expect(sameAnswers({ q1: 'a' }, { q1: 'a', q2: ['x'] })).toBe(false);
    expect(sameAnswers({ q2: ['x'] }, { q2: ['x', 'y'] })).toBe(false);
  });
  it('takes a spent credential sent again with the same answers, refuses it with others', () => {
    expect(() => checkSameBallot({ q1: 'a' }, { q1: 'a' })).not.toThrow();
    expect(() => checkSameBallot({ q1: 'a' }, { q1: 'b' })).toThrow(AlreadyExists);
    expect(() => checkSameFollowUpAnswer(true, true)).not.toThrow();
    expect(() => checkSameFollowUpAnswer(false, true)).toThrow(AlreadyExists);
  });
});

describe('tally', () => {
  it('lists each chosen option once', () => {
    expect(chosenOptions({ q1: 'a', q2: ['x', 'y'] })).toEqual([
      { questionId: 'q1', optionId: 'a' },
      { questionId: 'q2', optionId: 'x' },
      { questionId: 'q2', optionId: 'y' },
    ]);
  });
  it('gives every option a count, zero when nobody chose it', () => {
    const counts = new Map([
      ['q1#a', 3],
      ['q2#z', 1],
    ]);
    expect(tallyResults(questions, counts)).toEqual([
      {
        id: 'q1',
        options: [
          { id: 'a', count: 3 },
          { id: 'b', count: 0 },
        ],
      },
      {
        id: 'q2',
        options: [
          { id: 'x', count: 0 },
          { id: 'y', count: 0 },
          { id: 'z', count: 1 },
        ],
      },
    ]);
  });
});

describe('resultsVisibility', () => {
  it('seals results until the consultation closes', () => {
    expect(resultsVisibility('ouverte', 100, 5)).toBe('sealed');
    expect(resultsVisibility('a_venir', 0, 5)).toBe('sealed');
  });
  it('withholds results below the threshold, shows them at or above it', () => {
    expect(resultsVisibility('fermee', 4, 5)).toBe('below_threshold');
    expect(resultsVisibility('fermee', 5, 5)).toBe('visible');
    expect(resultsVisibility('publiee', 12, 5)).toBe('visible');
  });
});

describe('shuffled', () => {
  it('keeps every item and does not change the input', () => {
    const items = ['a', 'b', 'c', 'd'];
    const result = shuffled(items, () => 0);
    expect(result.sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(items).toEqual(['a', 'b', 'c', 'd']);
  });
  it('changes the order for a given random source', () => {
    expect(shuffled(['a', 'b', 'c', 'd'], () => 0)).toEqual(['b', 'c', 'd', 'a']);
  });
});

describe('anonymity floor', () => {
  it('never shows a count below 5, whatever threshold was stored', () => {
    expect(meetsAnonymityThreshold(4, 2)).toBe(false);
    expect(meetsAnonymityThreshold(3, 3)).toBe(false);
    expect(meetsAnonymityThreshold(5, 5)).toBe(true);
    expect(meetsAnonymityThreshold(6, 8)).toBe(false);
  });

  it('warns when the committee has fewer members than the threshold', () => {
    expect(consultationWarnings(3, 5)).toEqual([expect.objectContaining({ code: 'COMMITTEE_BELOW_THRESHOLD' })]);
    expect(consultationWarnings(5, 5)).toEqual([]);
    expect(consultationWarnings(6, 8)).toHaveLength(1);
  });
});

describe('the answer window of a follow-up', () => {
  const given = { updatedAt: '2026-11-01T10:00:00.000Z', answersCloseAt: '2026-11-15T10:00:00.000Z' };
  const enough = { yes: 3, no: 2 };

  it('shows no yes / no while answers are open, however many there are', () => {
    expect(visibleFollowUpCounts(given, { yes: 30, no: 20 }, 5, new Date('2026-11-15T09:59:59.999Z'))).toBeNull();
  });

  it('shows them once the window has closed, at the threshold and above', () => {
    expect(visibleFollowUpCounts(given, enough, 5, new Date('2026-11-15T10:00:00.000Z'))).toEqual(enough);
    expect(visibleFollowUpCounts(given, { yes: 2, no: 2 }, 5, new Date('2026-12-01T00:00:00Z'))).toBeNull();
    // A threshold stored below the floor counts as the floor.
    expect(visibleFollowUpCounts(given, { yes: 2, no: 1 }, 2, new Date('2026-12-01T00:00:00Z'))).toBeNull();
  });

  it('closes 14 days after a follow-up given before the window existed was last changed', () => {
    const legacy = { updatedAt: '2026-11-01T10:00:00.000Z' };
    expect(followUpAnswersCloseAt(legacy)).toBe('2026-11-15T10:00:00.000Z');
    expect(followUpAnswersOpen(legacy, new Date('2026-11-15T09:00:00Z'))).toBe(true);
    expect(followUpAnswersOpen(legacy, new Date('2026-11-15T10:00:00Z'))).toBe(false);
  });

  it('gives a first follow-up 14 days by default, or the organiser’s closing time', () => {
    const now = new Date('2026-11-01T10:00:00.000Z');
    expect(nextFollowUpAnswersCloseAt(undefined, undefined, now)).toBe('2026-11-15T10:00:00.000Z');
    expect(nextFollowUpAnswersCloseAt(undefined, '2026-11-08T18:00:00+01:00', now)).toBe('2026-11-08T17:00:00.000Z');
  });

  it('keeps the closing time when a follow-up is updated without one, and lets it move while open', () => {
    const now = new Date('2026-11-05T10:00:00.000Z');
    expect(nextFollowUpAnswersCloseAt(given, undefined, now)).toBe(given.answersCloseAt);
    expect(nextFollowUpAnswersCloseAt(given, '2026-11-20T10:00:00Z', now)).toBe('2026-11-20T10:00:00.000Z');
  });

  it('refuses a closing time in the past or more than 90 days ahead, and never reopens a closed window', () => {
    const now = new Date('2026-11-05T10:00:00.000Z');
    expect(() => nextFollowUpAnswersCloseAt(given, '2026-11-05T10:00:00Z', now)).toThrow(InvalidInput);
    expect(() => nextFollowUpAnswersCloseAt(given, '2027-02-04T10:00:01Z', now)).toThrow(InvalidInput);
    const later = new Date('2026-11-16T00:00:00Z');
    expect(() => nextFollowUpAnswersCloseAt(given, '2026-11-30T10:00:00Z', later)).toThrow(RuleViolation);
    expect(nextFollowUpAnswersCloseAt(given, undefined, later)).toBe(given.answersCloseAt);
  });

  it('takes answers until the window closes', () => {
    expect(() => checkFollowUpAnswersOpen(given, new Date('2026-11-15T09:59:59Z'))).not.toThrow();
    expect(() => checkFollowUpAnswersOpen(given, new Date('2026-11-15T10:00:00Z'))).toThrow(RuleViolation);
  });
});
