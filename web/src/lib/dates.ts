import { addMonths, addYears, isCalendarDate, parisDate } from '../../../shared/domain/calendar-date.js';
import type { KeyDates } from '../api/types';
import { withOrdinalFirst } from './timestamps';

// Instants have a module of their own, which the offline banner of the entry bundle takes alone.
export { formatTimestamp } from './timestamps';

/**
 * Dates as the UI shows them. API dates (`YYYY-MM-DD`) are calendar dates, not
 * instants: they are formatted at noon UTC so that no time zone can move them to
 * the previous or next day. Timestamps are instants and are shown in Paris time.
 */

const DAY_MS = 86_400_000;

// Built on first use, not at import: a formatter with a time zone loads the zone data, a
// cost the Lambdas that share this module (the RGPD export) should not pay at cold start.
let dateFormat: Intl.DateTimeFormat | undefined;
const frenchDate = () =>
  (dateFormat ??= new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Europe/Paris',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }));

function toNoonUtc(date: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, 12));
}

/** `2027-03-12` → `12 mars 2027`; `2027-01-01` → `1er janvier 2027`. Anything else is returned as is. */
export function formatDate(date: string): string {
  if (!isCalendarDate(date)) return date;
  return withOrdinalFirst(frenchDate().formatToParts(toNoonUtc(date)));
}

/** Today's calendar date in France. */
export function todayInParis(now: Date = new Date()): string {
  return parisDate(now);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toNoonUtc(to).getTime() - toNoonUtc(from).getTime()) / DAY_MS);
}

/** Whole calendar months from `from` to `to`, `from` ≤ `to`, counted as `addMonths` counts them. */
function wholeMonthsBetween(from: string, to: string): number {
  const [fromYear, fromMonth] = from.split('-').map(Number);
  const [toYear, toMonth] = to.split('-').map(Number);
  let months = ((toYear ?? 0) - (fromYear ?? 0)) * 12 + ((toMonth ?? 0) - (fromMonth ?? 0));
  while (months > 0 && addMonths(from, months) > to) months -= 1;
  return months;
}

/** Age in whole years on `today`, counted like the key dates (born 29 February: a year older on 1 March). */
export function ageOn(birthDate: string, today: string): number {
  if (today < birthDate) return 0;
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return addYears(birthDate, years) > today ? years - 1 : years;
}

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/**
 * How far `target` is from `today`, in plain French: « aujourd’hui », « demain »,
 * « dans 5 jours », « dans 3 semaines », « dans 4 mois », « il y a 1 an et 2 mois ».
 */
export function describeDistance(today: string, target: string): string {
  const days = daysBetween(today, target);
  if (days === 0) return 'aujourd’hui';
  if (days === 1) return 'demain';
  if (days === -1) return 'hier';
  const future = days > 0;
  const wrap = (amount: string) => (future ? `dans ${amount}` : `il y a ${amount}`);
  const absDays = Math.abs(days);
  if (absDays < 14) return wrap(plural(absDays, 'jour'));
  const months = future ? wholeMonthsBetween(today, target) : wholeMonthsBetween(target, today);
  if (months < 2) return wrap(plural(Math.floor(absDays / 7), 'semaine'));
  if (months < 12) return wrap(`${months} mois`);
  const years = Math.floor(months / 12);
  const rest = months % 12;
  return wrap(rest === 0 ? plural(years, 'an') : `${plural(years, 'an')} et ${rest} mois`);
}

export type KeyDateKind = keyof KeyDates;

export const KEY_DATE_ORDER: readonly KeyDateKind[] = ['age16', 'age17', 'age18', 'age21', 'careEnd'];

/** The next key date from `today` on (today included), or null when all have passed or are unknown. */
export function nextKeyDate(keyDates: KeyDates, today: string): { kind: KeyDateKind; date: string } | null {
  let next: { kind: KeyDateKind; date: string } | null = null;
  for (const kind of KEY_DATE_ORDER) {
    const date = keyDates[kind];
    if (date === null || date < today) continue;
    if (next === null || date < next.date) next = { kind, date };
  }
  return next;
}
