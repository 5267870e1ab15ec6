import { describe, expect, it } from 'vitest';
import { computePlanReviewDue, currentPlanReviewDue, planReviewStatus } from './plan-review.js';
import { DEFAULT_PREPARATION_TEMPLATE, findInvalidAnswers } from './preparation-template.js';

describe('computePlanReviewDue', () => {
  it('is six months after the last review', () => {
    expect(computePlanReviewDue('2026-08-31', null)).toBe('2027-02-28');
  });
  it('comes sooner after a major change', () => {
    expect(computePlanReviewDue('2026-01-10', '2026-03-01')).toBe('2026-04-01');
  });
  it('ignores a major change older than the last review', () => {
    expect(computePlanReviewDue('2026-03-10', '2026-03-01')).toBe('2026-09-10');
  });
  it('is late the day after it is due', () => {
    expect(planReviewStatus('2026-09-10', '2026-09-10')).toBe('a_planifier');
    expect(planReviewStatus('2026-09-10', '2026-09-11')).toBe('en_retard');
  });
});

describe('findInvalidAnswers', () => {
  it('accepts known questions and allowed options', () => {
    expect(findInvalidAnswers(DEFAULT_PREPARATION_TEMPLATE, { 'logement-actuel': 'Foyer', 'compte-bancaire': 'Oui' })).toEqual([]);
  });
  it('names unknown questions and options that are not offered', () => {
    expect(findInvalidAnswers(DEFAULT_PREPARATION_TEMPLATE, { inconnue: 'x', 'compte-bancaire': 'Peut-être' })).toEqual([
      'inconnue',
      'compte-bancaire',
    ]);
  });
  it('has unique question ids', () => {
    const ids = DEFAULT_PREPARATION_TEMPLATE.questions.map((question) => question.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('currentPlanReviewDue', () => {
  const plan = { lastReviewedOn: '2026-10-01', majorChangeOn: null };
  it('is six months after the review while care goes on', () => {
    expect(currentPlanReviewDue(plan, '2027-06-30', '2026-11-24')).toBe('2027-04-01');
  });
  it('comes within a month of the end of care once it has come', () => {
    expect(currentPlanReviewDue(plan, '2026-11-15', '2026-11-24')).toBe('2026-12-15');
  });
  it('ignores an end of care older than the last review', () => {
    expect(currentPlanReviewDue(plan, '2026-09-01', '2026-11-24')).toBe('2027-04-01');
  });
});
