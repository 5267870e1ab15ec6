import { describe, expect, it } from 'vitest';
import { missingAbsenceReason } from './participants.js';

const referent = { kind: 'referent' as const };

describe('missingAbsenceReason', () => {
  it('asks why when an interview was held without the young person', () => {
    expect(missingAbsenceReason({ heldOn: '2026-11-20', participants: [referent], youngPersonAbsentReason: null })).toBe(true);
    expect(missingAbsenceReason({ heldOn: '2026-11-20', participants: [referent], youngPersonAbsentReason: '  ' })).toBe(true);
  });

  it('is satisfied by the young person’s presence, a reason, or an interview not yet held', () => {
    expect(missingAbsenceReason({ heldOn: '2026-11-20', participants: [referent, { kind: 'jeune' }], youngPersonAbsentReason: null })).toBe(
      false,
    );
    expect(missingAbsenceReason({ heldOn: '2026-11-20', participants: [referent], youngPersonAbsentReason: 'Hospitalisé' })).toBe(false);
    expect(missingAbsenceReason({ heldOn: null, participants: [], youngPersonAbsentReason: null })).toBe(false);
  });

  it('does not judge records made before participants were typed', () => {
    expect(missingAbsenceReason({ heldOn: '2025-01-10', participants: [{ kind: null }], youngPersonAbsentReason: null })).toBe(false);
  });
});
