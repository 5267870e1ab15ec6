/**
 * The exit indicators as a CSV file for the ODPE (observatoire départemental de la
 * protection de l'enfance), the way French spreadsheets open it: UTF-8 with a byte-order
 * mark (so that accents read right), `;` between fields, decimal commas, CRLF line ends.
 * Only counts of young people, hidden the same way as on screen; no name, no id, no date
 * of anyone.
 */
import type { IndicatorTable } from './exit-indicators.js';
import type { Suppression } from './small-cell-suppression.js';

export const CSV_HEADERS = ['Département', 'Territoire', 'Année', 'Rubrique', 'Indicateur', 'Modalité', 'Effectif', 'Part (%)'] as const;

/** What a hidden cell shows: small counts as « < 5 », the cells hidden to protect them as « s » (secret statistique). */
export function suppressedLabel(suppressed: Exclude<Suppression, null>): string {
  return suppressed === 'small' ? '< 5' : 's';
}

/** One field, quoted when it holds a separator, a quote or a line break (quotes doubled). */
export function csvField(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * A spreadsheet would run a field starting with = + - @ as a formula: labels come from
 * Envol's own lists, but a territory is typed by an admin, so it is defused.
 */
function defused(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const decimal = (value: number) => value.toFixed(1).replace('.', ',');

/** The file's text, BOM first. */
export function indicatorsCsv(departement: string, table: IndicatorTable): string {
  const lines = [CSV_HEADERS.join(';')];
  const territory = table.territory ?? 'Tout le département';
  for (const section of table.sections) {
    for (const row of section.rows) {
      const count = row.suppressed === null ? String(row.count ?? 0) : suppressedLabel(row.suppressed);
      const fields = [
        departement,
        defused(territory),
        String(table.year),
        section.title,
        row.group ?? '',
        row.label,
        count,
        row.share === null ? '' : decimal(row.share),
      ];
      lines.push(fields.map(csvField).join(';'));
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
