/**
 * Quiet hours: no message between 20:00 and 08:00 Paris time. The hours are read from the
 * instant with Intl in the Europe/Paris zone, so that the daylight-saving changes are the
 * zone database's business, never an offset written here.
 */
const PARIS = 'Europe/Paris';
export const QUIET_FROM_HOUR = 20;
export const QUIET_UNTIL_HOUR = 8;

// Built on first use, not at import: a formatter with a time zone loads the zone data,
// tens of milliseconds of a Lambda's cold start that most of its routes never need.
let wallClock: Intl.DateTimeFormat | undefined;
const parisClock = () =>
  (wallClock ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: PARIS,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }));

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The date and time a clock in Paris shows at `instant`. */
export function parisWallTime(instant: Date): WallTime {
  const parts = Object.fromEntries(
    parisClock()
      .formatToParts(instant)
      .map((part) => [part.type, Number(part.value)]),
  );
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** True from 20:00 to 07:59:59 in Paris. */
export function isQuietHour(now: Date): boolean {
  const { hour } = parisWallTime(now);
  return hour >= QUIET_FROM_HOUR || hour < QUIET_UNTIL_HOUR;
}

/**
 * The instant a Paris clock shows `hour`:00 on the given day. Starts from that time read as
 * UTC and corrects by how far Paris is from it, twice, which settles on either side of a
 * change of offset (08:00 is never inside the 02:00–03:00 gap).
 */
export function parisInstant(year: number, month: number, day: number, hour: number): Date {
  const wanted = Date.UTC(year, month - 1, day, hour);
  let guess = wanted;
  for (let step = 0; step < 2; step += 1) {
    const shown = parisWallTime(new Date(guess));
    const shownAsUtc = Date.UTC(shown.year, shown.month - 1, shown.day, shown.hour, shown.minute, shown.second);
    guess += wanted - shownAsUtc;
  }
  return new Date(guess);
}

/**
 * When a message that respects quiet hours may leave: `now` outside them, else the next
 * 08:00 in Paris (the same morning after midnight, the next morning from 20:00).
 */
export function nextSendableAt(now: Date): Date {
  if (!isQuietHour(now)) return now;
  const { year, month, day, hour } = parisWallTime(now);
  // From 20:00 the next 08:00 is tomorrow's: a calendar day later in Paris (UTC noon avoids any zone edge).
  const morning = hour >= QUIET_FROM_HOUR ? new Date(Date.UTC(year, month - 1, day + 1, 12)) : new Date(Date.UTC(year, month - 1, day, 12));
  return parisInstant(morning.getUTCFullYear(), morning.getUTCMonth() + 1, morning.getUTCDate(), QUIET_UNTIL_HOUR);
}
