import { describe, expect, it } from 'vitest';
import '../http/validation.js';
import { createJournalEntrySchema, createYouthSchema, updateYouthSchema } from './youth.js';

const valid = {
  firstName: 'Lina',
  lastName: 'Martin',
  birthDate: '2009-03-12',
  careEndDate: '2027-03-12',
  accountSub: 'jeune-62-lina',
  referentId: 'ref-62-sophie',
  coordinateurId: 'coord-62-karim',
};

describe('createYouthSchema', () => {
  it('accepts a complete young person and trims names', () => {
    expect(createYouthSchema.parse({ ...valid, firstName: '  Lina ' }).firstName).toBe('Lina');
  });

  it('accepts a file without a known care end', () => {
    expect(createYouthSchema.safeParse({ ...valid, careEndDate: undefined }).success).toBe(true);
    expect(createYouthSchema.safeParse({ ...valid, careEndDate: null }).success).toBe(true);
  });

  it.each([
    ['an unknown field', { ...valid, role: 'admin' }],
    ['an empty name', { ...valid, lastName: '   ' }],
    ['a date that does not exist', { ...valid, birthDate: '2009-02-29' }],
    ['a date in another format', { ...valid, birthDate: '12/03/2009' }],
    ['care ending before birth', { ...valid, careEndDate: '2008-01-01' }],
    ['an account id with spaces', { ...valid, accountSub: 'a b' }],
    ['a number instead of a string', { ...valid, referentId: 42 }],
  ])('refuses %s', (_label, input) => {
    expect(createYouthSchema.safeParse(input).success).toBe(false);
  });

  it('explains errors in French', () => {
    const result = createYouthSchema.safeParse({ ...valid, birthDate: 'demain' });
    expect(result.error?.issues[0]?.message).toBe('Date attendue au format AAAA-MM-JJ.');
    const typed = createYouthSchema.safeParse({ ...valid, firstName: 3 });
    expect(typed.error?.issues[0]?.message).toMatch(/attendu/);
  });
});

describe('updateYouthSchema', () => {
  it('requires the version read', () => {
    expect(updateYouthSchema.safeParse({ firstName: 'Inès' }).success).toBe(false);
    expect(updateYouthSchema.safeParse({ version: 3, firstName: 'Inès' }).success).toBe(true);
  });

  it('does not let the login of the file change', () => {
    expect(updateYouthSchema.safeParse({ version: 1, accountSub: 'someone-else' }).success).toBe(false);
  });
});

describe('createJournalEntrySchema', () => {
  it('requires text and an explicit visibility', () => {
    expect(createJournalEntrySchema.safeParse({ text: 'RDV' }).success).toBe(false);
    expect(createJournalEntrySchema.safeParse({ text: '', visibleToYouth: true }).success).toBe(false);
    expect(createJournalEntrySchema.safeParse({ text: 'x'.repeat(5001), visibleToYouth: true }).success).toBe(false);
    expect(createJournalEntrySchema.safeParse({ text: 'RDV', visibleToYouth: false }).success).toBe(true);
  });
});
