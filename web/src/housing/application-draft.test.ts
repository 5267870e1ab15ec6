import { describe, expect, it } from 'vitest';
import type { HousingPartner, HousingSolutionType } from '../api/types';
import { asApplicationDraft } from './application-draft';

const types = [{ id: 'fjt' }, { id: 'residence-sociale' }] as HousingSolutionType[];
const partners = [
  { id: 'p-fjt', solutionTypeId: 'fjt' },
  { id: 'p-rs', solutionTypeId: 'residence-sociale' },
] as HousingPartner[];
const empty = { typeId: 'fjt', partnerId: '', comment: '' };

describe('asApplicationDraft', () => {
  it('gives back a kept form as it was typed', () => {
    expect(asApplicationDraft({ typeId: 'fjt', partnerId: 'p-fjt', comment: 'Près de la gare' }, types, partners, empty)).toEqual({
      typeId: 'fjt',
      partnerId: 'p-fjt',
      comment: 'Près de la gare',
    });
  });

  it('keeps the text but falls back to offered choices when a type or partner is no longer offered', () => {
    expect(asApplicationDraft({ typeId: 'retire', partnerId: 'p-rs', comment: 'Mon mot' }, types, partners, empty)).toEqual({
      typeId: 'fjt',
      partnerId: '',
      comment: 'Mon mot',
    });
    // A partner of another type than the one kept is dropped.
    expect(asApplicationDraft({ typeId: 'fjt', partnerId: 'p-rs', comment: '' }, types, partners, empty)?.partnerId).toBe('');
  });

  it('ignores what is not a kept form', () => {
    expect(asApplicationDraft('texte', types, partners, empty)).toBeNull();
    expect(asApplicationDraft(null, types, partners, empty)).toBeNull();
    expect(asApplicationDraft({ comment: 42 }, types, partners, empty)).toEqual(empty);
  });
});
