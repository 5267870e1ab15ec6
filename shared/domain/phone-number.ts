/**
 * French mobile numbers, written as E.164 (`+33612345678`), metropolitan France and the five
 * overseas départements. Envol's own rule rather than a phone library: it accepts a short,
 * known list of mobile ranges (ARCEP's national numbering plan) and nothing else, which is
 * exactly what sending an SMS to a young person of a French département needs.
 */

/** A country code and the national prefixes of its mobile numbers, then how many digits follow them. */
interface MobileRange {
  countryCode: string;
  /** The digits after the country code that make the number a mobile one. */
  prefix: RegExp;
  /** How the same number starts when dialled from France (`0` + the national number). */
  territory: string;
}

const MOBILE_RANGES: readonly MobileRange[] = [
  // Metropolitan France: 06 and 07 (07 00 to 07 29 are not mobile ranges).
  { countryCode: '33', prefix: /^(6\d|7[3-9])\d{7}$/, territory: 'France métropolitaine' },
  // Guadeloupe, Saint-Martin, Saint-Barthélemy: 0690, 0691.
  { countryCode: '590', prefix: /^69[01]\d{6}$/, territory: 'Guadeloupe' },
  // Martinique: 0696, 0697.
  { countryCode: '596', prefix: /^69[67]\d{6}$/, territory: 'Martinique' },
  // Guyane: 0694.
  { countryCode: '594', prefix: /^694\d{6}$/, territory: 'Guyane' },
  // La Réunion (0692, 0693) and Mayotte (0639) share +262.
  { countryCode: '262', prefix: /^(69[23]|639)\d{6}$/, territory: 'La Réunion et Mayotte' },
];

/**
 * The E.164 form of a French mobile number written the way people write it (`06 12 34 56 78`,
 * `+33 6 12 34 56 78`, `0033612345678`, `0692 12 34 56` for La Réunion), or null when it is
 * not one: a landline, a short number, a foreign number, a letter.
 */
export function normaliseFrenchMobile(input: string): string | null {
  const compact = input.trim().replace(/[\s.\-()]/g, '');
  if (!/^(\+|00)?\d+$/.test(compact)) return null;
  if (compact.startsWith('+') || compact.startsWith('00')) {
    const digits = compact.replace(/^(\+|00)/, '');
    for (const range of MOBILE_RANGES) {
      if (!digits.startsWith(range.countryCode)) continue;
      // `+33 (0)6…`: the 0 some people keep after the country code.
      const national = digits.slice(range.countryCode.length).replace(/^0/, '');
      if (range.prefix.test(national)) return `+${range.countryCode}${national}`;
    }
    return null;
  }
  // Dialled from France: 0 then nine digits; the overseas ranges keep their own country code.
  if (!/^0\d{9}$/.test(compact)) return null;
  const national = compact.slice(1);
  const range = MOBILE_RANGES.find((candidate) => candidate.prefix.test(national) && candidate.countryCode !== '33');
  if (range) return `+${range.countryCode}${national}`;
  return MOBILE_RANGES[0]?.prefix.test(national) ? `+33${national}` : null;
}

/** True for a French mobile number already in E.164. */
export function isFrenchMobileE164(value: string): boolean {
  return normaliseFrenchMobile(value) === value;
}

/** The number as shown back to its owner, all but the last two digits hidden (`+33 6•• •• •• 78`). */
export function maskPhone(e164: string): string {
  return `${e164.slice(0, -2).replace(/\d(?=\d{0,}$)/g, (digit, offset: number) => (offset < 4 ? digit : '•'))}${e164.slice(-2)}`;
}

/** An address as shown back to its owner: the first letter and the domain (`l•••@exemple.fr`). */
export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}•••@${domain}`;
}
