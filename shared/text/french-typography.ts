/**
 * French typography for every message Envol shows: the spaces French wants before high
 * punctuation and inside guillemets, and elision before a vowel sound. Hand-written rather
 * than a library: the rules Envol needs fit in a few lines, and the young person's bundle
 * stays tiny (the libraries found do whole-page "smart typography" and weigh much more).
 */

/** U+202F, « espace fine insécable »: before `? ! ; :` and `%`, inside « ». Never breaks a line. */
export const NARROW_NBSP = '\u202F';

// Any run of spaces (plain, no-break or already narrow) between a word and `? ! ; :`.
// What may follow the mark: a space, the end, another mark, or the quote that ends a string in source.
// Never after `*`: « * * ? * » is a cron expression, not French.
const BEFORE_HIGH_PUNCTUATION = /(?<=[^\s(«*])[ \u00A0\u202F]+(?=[?!;:](?:\s|$|[?!.,)»…’"'`]))/g;
// No space at all after a letter, only where the mark closes a word: « Quoi? » but not « 14:30 » or an address.
const MISSING_BEFORE_HIGH_PUNCTUATION = /(?<=[\p{L}\p{N})»])(?=[?!;:](?:\s|$))/gu;
const AFTER_OPENING_GUILLEMET = /«[ \u00A0\u202F]*/g;
const BEFORE_CLOSING_GUILLEMET = /[ \u00A0\u202F]*»/g;
// « 80 % », « 12 € »: the number never ends a line without its sign.
const BEFORE_PERCENT_OR_EURO = /(?<=\d)[ \u00A0\u202F]*(?=[%€])/g;

/**
 * `text` with a narrow no-break space before `? ! ; :`, `%` and `€` and inside « »,
 * replacing the plain space typed there (or adding it when missing after a word).
 * Idempotent; leaves times (14:30), addresses (https://) and ratios alone.
 */
export function frenchSpacing(text: string): string {
  return text
    .replace(BEFORE_HIGH_PUNCTUATION, NARROW_NBSP)
    .replace(MISSING_BEFORE_HIGH_PUNCTUATION, NARROW_NBSP)
    .replace(AFTER_OPENING_GUILLEMET, `«${NARROW_NBSP}`)
    .replace(BEFORE_CLOSING_GUILLEMET, `${NARROW_NBSP}»`)
    .replace(BEFORE_PERCENT_OR_EURO, NARROW_NBSP);
}

// A plain or no-break space where a narrow one belongs. A piece of text may start with the
// space (« ${count} : … » is split around the number), so the start of the text counts as a word;
// after `=` it is a DynamoDB expression (`#v = :v`), not French.
const LOOSE_SPACING = /(?:^|[^\s(«=<>])[ \u00A0]+[?!;:](?:\s|$|[?!.,)»…’"'`])|«[ \u00A0]|[ \u00A0]»|\d[ \u00A0][%€]/;

/** True when `text` has a plain or no-break space where French wants a narrow no-break one (what the scans look for). */
export function hasLooseFrenchSpacing(text: string): boolean {
  return LOOSE_SPACING.test(text);
}

/**
 * Only the spaces already typed, made narrow and no-break (never adds one): safe on source text,
 * where « 100% » may be CSS. What `npm run typography` writes into string literals.
 */
export function tightenFrenchSpaces(text: string): string {
  return text
    .replace(BEFORE_HIGH_PUNCTUATION, NARROW_NBSP)
    .replace(/«[ \u00A0]+/g, `«${NARROW_NBSP}`)
    .replace(/[ \u00A0]+»/g, `${NARROW_NBSP}»`)
    .replace(/(?<=\d)[ \u00A0](?=[%€])/g, NARROW_NBSP);
}

// A few first names whose h is pronounced: « de Hamza », not « d’Hamza ». Every other h is mute.
const ASPIRATED_H = new Set(['habib', 'hakim', 'hamid', 'hamza', 'hassan', 'hicham', 'hocine', 'houda']);

/** True when `word` starts with a vowel sound: a vowel, a mute h, or a y before a consonant (Yves, not Yanis). */
export function startsWithVowelSound(word: string): boolean {
  const plain = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const first = plain.charAt(0);
  if (first && 'aeiouœæ'.includes(first)) return true;
  if (first === 'h') return !ASPIRATED_H.has(plain.split(/[^a-z]/)[0] ?? '');
  if (first === 'y') return plain.length > 1 && !'aeiou'.includes(plain.charAt(1));
  return false;
}

const ELIDED: Record<ElidingWord, string> = { de: 'd’', De: 'D’', le: 'l’', Le: 'L’', la: 'l’', La: 'L’', que: 'qu’', Que: 'Qu’' };
export type ElidingWord = 'de' | 'De' | 'le' | 'Le' | 'la' | 'La' | 'que' | 'Que';

/** `word` then `next`, elided before a vowel sound: `elide('de', 'Inès')` → « d’Inès », `elide('de', 'Yanis')` → « de Yanis ». */
export function elide(word: ElidingWord, next: string): string {
  return startsWithVowelSound(next) ? `${ELIDED[word]}${next}` : `${word} ${next}`;
}
