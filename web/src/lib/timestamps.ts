// Instants as the UI shows them, in Paris time. Apart from the calendar dates (dates.ts): the
// offline banner, in the entry bundle, shows one, and needs none of the rest.

let timestampFormat: Intl.DateTimeFormat | undefined;
const frenchTimestamp = () =>
  (timestampFormat ??= new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Europe/Paris',
    dateStyle: 'long',
    timeStyle: 'short',
  }));

/** French typography writes the first day of a month "1er". */
export function withOrdinalFirst(parts: Intl.DateTimeFormatPart[]): string {
  return parts.map((part) => (part.type === 'day' && part.value === '1' ? '1er' : part.value)).join('');
}

/** An ISO-8601 instant shown in Paris time: `24 novembre 2026 à 11:15`. */
export function formatTimestamp(iso: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  return withOrdinalFirst(frenchTimestamp().formatToParts(instant));
}
