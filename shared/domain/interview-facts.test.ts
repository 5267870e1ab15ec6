import { describe, expect, it } from 'vitest';
import { interviewFacts } from './interview-facts.js';

const of = (kind: string, scheduledOn: string | null, heldOn: string | null = null) => ({ kind, scheduledOn, heldOn });

describe('interviewFacts', () => {
  it('is null when there is no interview of the kind', () => {
    expect(interviewFacts([of('suivi', '2026-01-01')], 'entretien17')).toBeNull();
  });

  it('takes the interview held, if any', () => {
    expect(interviewFacts([of('entretien17', '2026-02-01'), of('entretien17', '2026-01-10', '2026-01-12')], 'entretien17')).toEqual({
      scheduledOn: '2026-01-10',
      heldOn: '2026-01-12',
    });
  });

  it('else the earliest date scheduled, ignoring undated records', () => {
    expect(interviewFacts([of('suivi', '2026-03-01'), of('suivi', null), of('suivi', '2026-02-01')], 'suivi')).toEqual({
      scheduledOn: '2026-02-01',
      heldOn: null,
    });
  });
});
