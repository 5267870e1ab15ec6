import { LEVEL_LABELS } from '../../../shared/domain/autonomy-grid.js';
import { GRID_DOMAIN_LABELS, GRID_DOMAINS, type GridDomain } from '../../../shared/domain/grid-domains.js';
import type { GridLevel } from '../api/types';

/** The answers offered for every item, in the order they are shown. */
export const LEVEL_CHOICES: readonly GridLevel[] = [1, 2, 3, 4, 'pas_encore'];

export function levelLabel(level: GridLevel | null | undefined): string {
  return level === null || level === undefined ? 'Pas de réponse' : LEVEL_LABELS[level];
}

export function domainName(domain: string): string {
  return GRID_DOMAIN_LABELS[domain as GridDomain] ?? domain;
}

export { GRID_DOMAINS };

/** A level as the autosave keeps it (text); '' is "no answer". */
export function encodeLevel(level: GridLevel | null | undefined): string {
  return level === null || level === undefined ? '' : String(level);
}

/** Back from text; anything unknown is "no answer". */
export function decodeLevel(value: string): GridLevel | null {
  if (value === 'pas_encore') return 'pas_encore';
  const number = Number(value);
  return value !== '' && [1, 2, 3, 4].includes(number) ? (number as 1 | 2 | 3 | 4) : null;
}

export type Voice = 'jeune' | 'staff';

/** What the progress screens always say, in plain words (issue 12). */
export function progressStatements(voice: Voice): [string, string] {
  return voice === 'jeune'
    ? [
        'Un score plus bas qu’avant ne veut pas dire que tu as perdu ce que tu savais faire : souvent, c’est que tu vois plus clairement où tu en es.',
        'Un score ne décide jamais si ton accompagnement continue après 18 ans.',
      ]
    : [
        'Un score plus bas qu’avant ne signifie pas une perte de compétences : il traduit souvent un regard plus lucide du jeune sur sa situation.',
        'Un score ne décide jamais de la poursuite de l’accompagnement après 18 ans.',
      ];
}

/** One item of the comparison, told in words (for the young person: tu). */
export function differenceSentence(self: GridLevel | null, binome: GridLevel | null, gap: number | null, voice: Voice): string {
  const you = voice === 'jeune' ? 'Toi' : 'Le jeune';
  const them = voice === 'jeune' ? 'ton binôme' : 'le binôme';
  const base = `${you} : ${levelLabel(self).toLowerCase()} ; ${them} : ${levelLabel(binome).toLowerCase()}.`;
  if (gap === null || gap < 2) return base;
  return voice === 'jeune'
    ? `${base} Vous ne voyez pas cela de la même façon : c’est un bon sujet pour en parler ensemble.`
    : `${base} Écart de ${gap} niveaux : un point à aborder ensemble.`;
}

/** Score (1 to 4) as read aloud and in the table: « 2,5 sur 4 », or a dash. */
export function scoreText(score: number | null | undefined): string {
  return score === null || score === undefined ? '—' : `${score.toLocaleString('fr-FR')} sur 4`;
}

export interface ChartPoint {
  x: number;
  y: number;
  score: number;
}

/**
 * Where each score sits in a chart of `width` × `height` (with `pad` around): evaluations
 * spread left to right in order, score 1 at the bottom and 4 at the top. A missing score is
 * no point (the line joins the points around it).
 */
export function chartPoints(scores: (number | null)[], width: number, height: number, pad: number): ChartPoint[] {
  const step = scores.length > 1 ? (width - 2 * pad) / (scores.length - 1) : 0;
  return scores.flatMap((score, index) =>
    score === null
      ? []
      : [{ x: pad + (scores.length > 1 ? index * step : (width - 2 * pad) / 2), y: pad + ((4 - score) / 3) * (height - 2 * pad), score }],
  );
}
