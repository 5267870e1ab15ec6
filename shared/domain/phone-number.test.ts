import { describe, expect, it } from 'vitest';
import { isFrenchMobileE164, maskEmail, maskPhone, normaliseFrenchMobile } from './phone-number.js';

describe('normaliseFrenchMobile', () => {
  it.each([
    ['06 12 34 56 78', '+33612345678'],
    ['07.81.23.45.67', '+33781234567'],
    ['+33 6 12 34 56 78', '+33612345678'],
    ['+33 (0)6 12 34 56 78', '+33612345678'],
    ['0033612345678', '+33612345678'],
    ['0690 12 34 56', '+590690123456'], // Guadeloupe
    ['+590 691 12 34 56', '+590691123456'],
    ['0696 12 34 56', '+596696123456'], // Martinique
    ['0694 12 34 56', '+594694123456'], // Guyane
    ['0692 12 34 56', '+262692123456'], // La Réunion
    ['+262 693 12 34 56', '+262693123456'],
    ['0639 12 34 56', '+262639123456'], // Mayotte
  ])('reads %s as %s', (input, expected) => {
    expect(normaliseFrenchMobile(input)).toBe(expected);
  });

  it.each([
    ['01 23 45 67 89', 'a landline'],
    ['07 12 34 56 78', 'an unallocated 07 range'],
    ['06 12 34 56 7', 'nine digits'],
    ['06 12 34 56 789', 'eleven digits'],
    ['+44 7700 900123', 'a British mobile'],
    ['+33 1 23 45 67 89', 'a landline in E.164'],
    ['0590 12 34 56', 'a Guadeloupe landline'],
    ['+262 262 12 34 56', 'a Réunion landline'],
    ['3114', 'a short number'],
    ['06 12 34 56 7a', 'a letter'],
    ['', 'nothing'],
    ['+', 'a plus sign alone'],
  ])('refuses %s (%s)', (input) => {
    expect(normaliseFrenchMobile(input)).toBeNull();
  });

  it('accepts only the E.164 form as already normalised', () => {
    expect(isFrenchMobileE164('+33612345678')).toBe(true);
    expect(isFrenchMobileE164('0612345678')).toBe(false);
  });
});

describe('masks', () => {
  it('hide all but the last two digits of a number', () => {
    expect(maskPhone('+33612345678')).toBe('+336••••••78');
  });
  it('hide all but the first letter and the domain of an address', () => {
    expect(maskEmail('lina.martin@example.fr')).toBe('l•••@example.fr');
  });
});
