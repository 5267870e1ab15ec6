import { describe, expect, it } from 'vitest';
import { findDraftErrors, hasUnsavedChanges, newItemId } from './grid-draft-rules';

const item = (id: string, domain: string, label = 'Je sais faire.') => ({ id, domain: domain as 'logement', label });

describe('newItemId', () => {
  it('makes an id the API takes, from the need and a random part, never one already used', () => {
    const randoms = ['AB-12', 'zz99', 'c3d4e5f6g7h8'];
    const id = newItemId('formation_emploi', new Set(['formatione-ab12']), () => randoms.shift() ?? 'x');
    expect(id).toBe('formatione-zz99');
    expect(id).toMatch(/^[a-z0-9-]{1,30}$/);
  });
});

describe('findDraftErrors', () => {
  it('asks for a sentence on every item and an item in every need', () => {
    const errors = findDraftErrors([item('a', 'logement', '  '), item('b', 'sante')], ['logement', 'sante', 'entourage'], (domain) =>
      domain.toUpperCase(),
    );
    expect(errors).toEqual({
      'items.0.label': 'Écrivez la phrase de l’item, ou retirez-le.',
      items: 'Chaque besoin garde au moins un item : ENTOURAGE.',
    });
    expect(findDraftErrors([item('a', 'logement')], ['logement'], String)).toEqual({});
  });
});

describe('hasUnsavedChanges', () => {
  it('sees a reworded, added or retired item', () => {
    const saved = [item('a', 'logement'), item('b', 'sante')];
    expect(
      hasUnsavedChanges(
        saved,
        saved.map((each) => ({ ...each })),
      ),
    ).toBe(false);
    expect(hasUnsavedChanges(saved, [item('a', 'logement', 'Autre phrase.'), item('b', 'sante')])).toBe(true);
    expect(hasUnsavedChanges(saved, [item('a', 'logement')])).toBe(true);
    expect(hasUnsavedChanges(saved, [...saved, item('c', 'sante')])).toBe(true);
  });
});
