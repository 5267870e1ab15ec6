/**
 * Calendar dates (`YYYY-MM-DD`) as the law counts them: no time, no time zone.
 * Only "today" depends on a clock and a zone, and France's is Europe/Paris.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date written `YYYY-MM-DD` (rejects 2023-02-29). */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function format(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function parts(date: string): [number, number, number] {
  const [year, month, day] = date.split('-').map(Number);
  return [year ?? 0, month ?? 0, day ?? 0];
}

/**
 * The anniversary of `date` after `years` years. Someone born on 29 February has
 * their birthday on 1 March in common years (the day after 28 February), the usual
 * reading in French civil law for reaching an age.
 */
export function addYears(date: string, years: number): string {
  const [year, month, day] = parts(date);
  const target = year + years;
  if (day > daysInMonth(target, month)) return format(target, month + 1, 1);
  return format(target, month, day);
}

/** `date` plus `months` months; when the day does not exist, the last day of that month. */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = parts(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return format(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

export function addDays(date: string, days: number): string {
  const [year, month, day] = parts(date);
  const shifted = new Date(Date.UTC(year, month - 1, day + days));
  return format(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

// en-CA formats as YYYY-MM-DD. Built once, on first use: building a formatter with a time
// zone costs far more than formatting with it.
let parisDateFormat: Intl.DateTimeFormat | undefined;

/** The calendar date in Paris at the instant `now`. */
export function parisDate(now: Date): string {
  parisDateFormat ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });
  return parisDateFormat.format(now);
}

/** The earliest of some calendar dates (ISO dates compare as strings). */
export function earliestDate(first: string, ...others: string[]): string {
  // biome-ignore lint/complexity/useMathMinMax: these are date strings, not numbers.
  return others.reduce((min, date) => (date < min ? date : min), first);
}

/** The latest of some calendar dates. */
export function latestDate(first: string, ...others: string[]): string {
  // biome-ignore lint/complexity/useMathMinMax: these are date strings, not numbers.
  return others.reduce((max, date) => (date > max ? date : max), first);
}
