import { describe, expect, it } from 'vitest';
import type { Plan, SavePlanInput } from '../schemas/interviews.js';
import { AUTONOMY_NEEDS } from './autonomy-needs.js';
import { InvalidInput, RuleViolation, VersionConflict } from './errors.js';
import { answerPlan, proposePlan } from './plan.js';

const now = new Date('2026-11-24T10:00:00Z');
const goals: SavePlanInput['goals'] = [{ id: 'logement', domain: 'logement', label: 'Un logement', planB: 'FJT', actions: [] }];
/** « Pas de besoin » for the five other needs: with the goal above, the plan covers all six. */
const needsWithoutGoals: SavePlanInput['needsWithoutGoals'] = AUTONOMY_NEEDS.filter((need) => need !== 'logement').map((need) => ({
  need,
  reason: 'Rien à prévoir',
}));
const complete = { goals, needsWithoutGoals };

function proposed(overrides: Partial<Plan> = {}): Plan {
  return { ...proposePlan(null, { version: 0, ...complete }, 'Sophie', now), ...overrides };
}

describe('proposePlan', () => {
  it('makes a first plan version 1, proposed, reviewed today and due for review in six months', () => {
    const plan = proposePlan(null, { version: 0, ...complete }, 'Sophie', now);
    expect(plan).toMatchObject({
      version: 1,
      status: 'propose',
      lastReviewedOn: '2026-11-24',
      reviewDueOn: '2027-05-24',
      updatedByName: 'Sophie',
    });
    expect(plan.signedAt).toBeNull();
  });

  it('proposes a signed plan again, as a new version that waits for the young person', () => {
    const signed = proposed({ version: 2, status: 'signe', signedAt: now.toISOString() });
    const next = proposePlan(signed, { version: 2, ...complete }, 'Karim', now);
    expect(next).toMatchObject({ version: 3, status: 'propose', signedAt: null, changeRequest: null });
  });

  it('keeps the recorded major change when the input leaves it out, and clears it on null', () => {
    const current = proposed({ majorChangeOn: '2026-11-20' });
    expect(proposePlan(current, { version: 1, ...complete }, null, now).majorChangeOn).toBe('2026-11-20');
    expect(proposePlan(current, { version: 1, ...complete, majorChangeOn: null }, null, now).majorChangeOn).toBeNull();
  });

  it('brings the review within a month of a major change', () => {
    expect(proposePlan(null, { version: 0, ...complete, majorChangeOn: '2026-11-24' }, null, now).reviewDueOn).toBe('2026-12-24');
  });

  it('refuses a stale version, or a creation over an existing plan, with the current version', () => {
    expect(() => proposePlan(proposed(), { version: 0, ...complete }, null, now)).toThrow(VersionConflict);
    expect(() => proposePlan(null, { version: 1, ...complete }, null, now)).toThrow(VersionConflict);
  });
});

describe('proposePlan and the six needs', () => {
  it('refuses to propose a plan that leaves a need with neither goals nor « pas de besoin », naming the need', () => {
    const withoutHealth = { goals, needsWithoutGoals: needsWithoutGoals.filter((item) => item.need !== 'sante') };
    expect(() => proposePlan(null, { version: 0, ...withoutHealth }, null, now)).toThrow(
      expect.objectContaining({ code: 'plan.incomplete', details: [expect.objectContaining({ path: 'json.needs.sante' })] }),
    );
  });

  it('keeps an incomplete plan as a draft, which is not a review', () => {
    const signed = proposed({ version: 2, status: 'signe', lastReviewedOn: '2026-06-01', reviewDueOn: '2026-12-01' });
    const draft = proposePlan(signed, { version: 2, goals, draft: true }, 'Karim', now);
    expect(draft).toMatchObject({
      status: 'brouillon',
      version: 3,
      lastReviewedOn: '2026-06-01',
      reviewDueOn: '2026-12-01',
      needsWithoutGoals: [],
    });
    expect(proposePlan(null, { version: 0, goals, draft: true }, null, now)).toMatchObject({
      status: 'brouillon',
      lastReviewedOn: '2026-11-24',
    });
  });

  it('refuses a need with goals that also says « pas de besoin », even in a draft', () => {
    const both = [{ need: 'logement' as const, reason: 'Déjà logé' }];
    expect(() => proposePlan(null, { version: 0, goals, needsWithoutGoals: both, draft: true }, null, now)).toThrow(InvalidInput);
  });

  it('accepts a plan with no goal at all when each need says « pas de besoin »', () => {
    const all = AUTONOMY_NEEDS.map((need) => ({ need, reason: 'Autonome' }));
    expect(proposePlan(null, { version: 0, goals: [], needsWithoutGoals: all }, null, now).status).toBe('propose');
  });
});

describe('answerPlan', () => {
  it('refuses to sign a draft', () => {
    const draft = proposePlan(null, { version: 0, goals, draft: true }, null, now);
    expect(() => answerPlan(draft, { version: 1 }, now)).toThrow(expect.objectContaining({ code: 'plan.notProposed' }));
  });

  it('signs the proposed version', () => {
    const { plan, event } = answerPlan(proposed(), { version: 1 }, now);
    expect(event).toBe('signed');
    expect(plan).toMatchObject({ version: 2, status: 'signe', signedAt: now.toISOString(), changeRequest: null });
  });

  it('records a change asked for, unsigned', () => {
    const { plan, event } = answerPlan(proposed(), { version: 1, changeMessage: 'Une colocation' }, now);
    expect(event).toBe('change_requested');
    expect(plan).toMatchObject({ status: 'modification_demandee', signedAt: null, changeRequest: { message: 'Une colocation' } });
  });

  it('refuses to answer a version other than the one read', () => {
    expect(() => answerPlan(proposed(), { version: 2 }, now)).toThrow(VersionConflict);
  });

  it('refuses to answer a plan that is not waiting for an answer', () => {
    const signed = proposed({ status: 'signe' });
    expect(() => answerPlan(signed, { version: 1 }, now)).toThrow(RuleViolation);
    expect(() => answerPlan(proposed({ status: 'modification_demandee' }), { version: 1, changeMessage: 'x' }, now)).toThrow(
      expect.objectContaining({ code: 'plan.notProposed' }),
    );
  });
});
