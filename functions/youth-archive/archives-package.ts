import { createHash } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';
import type { YouthExport } from '../../web/src/api/types.js';
import { formatDate, formatTimestamp } from '../../web/src/lib/dates.js';
import type { ReadableSection } from '../../web/src/lib/readable-sections.js';
import { type ExportLabels, readableExport } from '../../web/src/youth/readable-export.js';

/** The name and version of the package's layout, so that the archives can read it without Envol. */
export const PACKAGE_FORMAT = 'envol-versement-archives/1';

/** The entries of the package, in the order they are written. */
export const PACKAGE_ENTRIES = { data: 'dossier.json', readable: 'dossier.html', manifest: 'manifeste.json' } as const;

/** The archives' decision the package is handed over under, and who carries it out. */
export interface PackageDecision {
  reference: string;
  by: { sub: string; name: string | null };
  at: string;
}

export interface ArchivesPackageInput {
  /** The file as an admin's RGPD export reads it (the young person's unshared answers are not in it). */
  exported: YouthExport;
  labels: ExportLabels;
  departement: string;
  archivedOn: string;
  intermediateUntil: string;
  decision: PackageDecision;
  createdAt: Date;
}

export interface ArchivesPackage {
  zip: Uint8Array;
  /** SHA-256 of the whole ZIP, hex: what the hand-over is confirmed with. */
  sha256: string;
  fileName: string;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char);

function sectionHtml(section: ReadableSection): string {
  const blocks = section.blocks.map((block) => {
    const heading = block.heading ? `<h3>${escapeHtml(block.heading)}</h3>` : '';
    const facts = block.facts?.length
      ? `<dl>${block.facts.map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd>`).join('')}</dl>`
      : '';
    const lines = block.lines?.length ? `<ul>${block.lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>` : '';
    return `<div class="bloc">${heading}${facts}${lines}</div>`;
  });
  const body = blocks.length > 0 ? blocks.join('\n') : `<p>${escapeHtml(section.empty)}</p>`;
  return `<section><h2>${escapeHtml(section.title)}</h2>\n${body}</section>`;
}

/**
 * The readable copy in French: the same document the young person reads in « Mes données »
 * (`readableExport`, so both say the same thing the same way), framed for the archives.
 * One file, no script, no outside resource: it opens in any browser, now or in thirty years.
 */
export function readableHtml(input: ArchivesPackageInput): string {
  const { youth } = input.exported;
  const fullName = `${youth.firstName} ${youth.lastName}`;
  const sections = readableExport(input.exported, input.labels).map(sectionHtml).join('\n');
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>${escapeHtml(`Dossier de ${fullName} — versement aux archives départementales`)}</title>
<style>
body { font-family: system-ui, sans-serif; line-height: 1.5; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #999; }
h3 { font-size: 1.05rem; margin-bottom: 0.25rem; } dt { font-weight: bold; } dd { margin: 0 0 0.5rem 1rem; }
.bloc { margin-bottom: 1rem; } .cadre { border: 1px solid #999; padding: 0.5rem 1rem; }
</style>
</head>
<body>
<h1>${escapeHtml(`Dossier d’accompagnement vers l’autonomie de ${fullName}`)}</h1>
<div class="cadre">
<p>${escapeHtml(`Aide sociale à l’enfance, département ${input.departement}. Né·e le ${formatDate(youth.birthDate)}.`)}</p>
<p>${escapeHtml(
    `Dossier archivé le ${formatDate(input.archivedOn)}, archive intermédiaire jusqu’au ${formatDate(input.intermediateUntil)} ; versé aux archives départementales sous la décision « ${input.decision.reference} », le ${formatTimestamp(input.decision.at)}.`,
  )}</p>
<p>${escapeHtml(
    'Copie lisible des données du fichier dossier.json, sous les titres que le jeune lisait dans « Mes données » (à la première personne). Le manifeste (manifeste.json) donne l’empreinte SHA-256 de chaque fichier.',
  )}</p>
</div>
${sections}
</body>
</html>
`;
}

/**
 * The self-describing package handed to the archives départementales: the file's data as
 * JSON, the readable copy in HTML and a manifest with each entry's SHA-256 and the
 * decision. Deterministic for the same input (entries dated `createdAt`).
 */
export function buildArchivesPackage(input: ArchivesPackageInput): ArchivesPackage {
  const data = strToU8(`${JSON.stringify(input.exported, null, 2)}\n`);
  const readable = strToU8(readableHtml(input));
  const entry = (name: string, bytes: Uint8Array, mediaType: string, description: string) => ({
    name,
    mediaType,
    bytes: bytes.length,
    sha256: sha256(bytes),
    description,
  });
  const manifest = {
    format: PACKAGE_FORMAT,
    createdAt: input.createdAt.toISOString(),
    producer: 'Envol',
    departement: input.departement,
    fileKind: 'Dossier d’accompagnement vers l’autonomie (aide sociale à l’enfance, 16 à 21 ans)',
    retention: {
      archivedOn: input.archivedOn,
      intermediateUntil: input.intermediateUntil,
      basis: 'Référentiel CNIL protection de l’enfance (délibération n° 2022-008, § 46) ; code du patrimoine, art. L211-4 et L212-2',
    },
    decision: {
      outcome: 'verse_aux_archives',
      reference: input.decision.reference,
      carriedOutBy: input.decision.by,
      carriedOutAt: input.decision.at,
    },
    entries: [
      entry(
        PACKAGE_ENTRIES.data,
        data,
        'application/json',
        'Les données du dossier, telles que l’export RGPD d’un administrateur les donne',
      ),
      entry(PACKAGE_ENTRIES.readable, readable, 'text/html; charset=utf-8', 'Copie lisible en français des mêmes données'),
    ],
  };
  const mtime = input.createdAt;
  const zip = zipSync(
    {
      [PACKAGE_ENTRIES.data]: [data, { mtime }],
      [PACKAGE_ENTRIES.readable]: [readable, { mtime }],
      [PACKAGE_ENTRIES.manifest]: [strToU8(`${JSON.stringify(manifest, null, 2)}\n`), { mtime }],
    },
    { level: 9 },
  );
  return { zip, sha256: sha256(zip), fileName: `versement-${input.departement}-${input.createdAt.toISOString().slice(0, 10)}.zip` };
}
