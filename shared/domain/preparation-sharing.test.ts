import { describe, expect, it } from 'vitest';
import { preparationAsSeenBy } from './preparation-sharing.js';

const draft = { answers: { entourage: 'Ma tante' }, sharedAt: null, updatedAt: '2026-11-20T10:00:00.000Z' };
const shared = { ...draft, sharedAt: '2026-11-21T10:00:00.000Z' };

describe('preparationAsSeenBy', () => {
  it('shows the young person their own draft', () => {
    expect(preparationAsSeenBy({ isTheYoungPerson: true }, draft)).toEqual(draft);
  });

  it('hides a draft from staff: no answers, no time of saving', () => {
    expect(preparationAsSeenBy({ isTheYoungPerson: false }, draft)).toEqual({ answers: null, sharedAt: null, updatedAt: null });
  });

  it('shows staff the answers once shared', () => {
    expect(preparationAsSeenBy({ isTheYoungPerson: false }, shared)).toEqual(shared);
  });

  it('gives empty answers to the young person and null to staff when nothing was saved', () => {
    expect(preparationAsSeenBy({ isTheYoungPerson: true }, null).answers).toEqual({});
    expect(preparationAsSeenBy({ isTheYoungPerson: false }, null).answers).toBeNull();
  });
});
