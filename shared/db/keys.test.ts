import { describe, expect, it } from 'vitest';
import { keys, parseFollowUpTallySk, sortableName } from './keys.js';

describe('keys', () => {
  it('start every partition key with the département', () => {
    expect(keys.youth('62', 'abc')).toBe('D#62#Y#abc');
    expect(keys.account('62', 'sub-1')).toBe('D#62#ACCOUNT#sub-1');
    expect(keys.referentCaseload('2A', 'r')).toBe('D#2A#REF#r');
    expect(keys.coordinateurCaseload('59', 'c')).toBe('D#59#COORD#c');
    expect(keys.departementYouth('62')).toBe('D#62#YOUTH');
    expect(keys.idempotency('62', 's')).toBe('D#62#IDEM#s');
    expect(keys.idempotencySk('k')).toBe('IDEM#k');
  });

  it('keep two départements apart even when ids are equal', () => {
    expect(keys.youth('62', 'x')).not.toBe(keys.youth('59', 'x'));
  });

  it('place every decision of a support request under the request, after it', () => {
    const request = keys.supportRequestSk('01H');
    const decision = keys.supportDecisionSk('01H', '01J');
    expect(request.startsWith(keys.supportPrefix)).toBe(true);
    expect(decision.startsWith(request)).toBe(true);
    expect(decision > request).toBe(true);
  });

  it('sort names without accents or case', () => {
    expect(sortableName('Édouard', 'Zoé')).toBe('edouard#zoe');
    expect(keys.caseloadSort('Lefèvre', 'Inès', '01H')).toBe('lefevre#ines#01H');
  });
});

describe('counter sort keys read back', () => {
  it('gives the question and answer of a follow-up counter', () => {
    expect(parseFollowUpTallySk(keys.followUpTallySk('sujets', 'yes', 0))).toEqual({ questionId: 'sujets', answer: 'yes' });
    expect(parseFollowUpTallySk(keys.followUpTallySk('sujets', 'no', 15))).toEqual({ questionId: 'sujets', answer: 'no' });
  });
});

describe('autonomy grid keys', () => {
  it('sort evaluations by the day they describe', () => {
    const earlier = keys.gridEvaluationSk('2026-01-31', '01JZZZZZZZZZZZZZZZZZZZZZZZ');
    const later = keys.gridEvaluationSk('2026-02-01', '01A00000000000000000000000');
    expect(earlier < later).toBe(true);
    expect(earlier.startsWith(keys.gridEvaluationPrefix)).toBe(true);
  });

  it('keep the self-assessment in progress and the decisions outside the evaluations staff read', () => {
    expect(keys.gridSelfDraftSk.startsWith(keys.gridEvaluationPrefix)).toBe(false);
    expect(keys.gridDecisionSk('a_b', 'res-depenses').startsWith(keys.gridEvaluationPrefix)).toBe(false);
    expect(keys.gridDecisionSk('a_b', 'x').startsWith(keys.gridDecisionPrefix('a_b'))).toBe(true);
  });

  it('sort template versions and keep the draft outside them', () => {
    expect(keys.gridTemplateSk(9) < keys.gridTemplateSk(10)).toBe(true);
    expect(keys.gridTemplateDraftSk.startsWith(keys.gridTemplatePrefix)).toBe(false);
  });
});
