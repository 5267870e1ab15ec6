import { type GridItem, type GridLevel, type GridLevels, type GridTemplate, isScored } from './autonomy-grid.js';
import { GRID_DOMAINS, type GridDomain } from './grid-domains.js';

/** An evaluation as the rules need it: who made it, when, with which grid version. */
export interface EvaluationFacts {
  id: string;
  kind: 'self' | 'binome';
  /** The day it describes (calendar date, Paris). */
  assessedOn: string;
  template: GridTemplate;
  levels: GridLevels;
}

/** Views two levels apart or more are where the conversation starts. */
export const HIGHLIGHT_GAP = 2;

export interface DomainScore {
  domain: GridDomain;
  /** Mean of the levels 1–4 given, one decimal; null when none was. "Pas encore" is not counted. */
  score: number | null;
  scored: number;
  notYet: number;
  items: number;
}

function mean(values: number[]): number | null {
  if (values.length === 0) return null;
  return Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 10) / 10;
}

/** The score of each need for one evaluation, against the grid version it was made with. */
export function scoreByDomain(template: GridTemplate, levels: GridLevels): DomainScore[] {
  return GRID_DOMAINS.map((domain) => {
    const items = template.items.filter((candidate) => candidate.domain === domain);
    const given = items.map((candidate) => levels[candidate.id]);
    const scores = given.filter(isScored);
    return {
      domain,
      score: mean(scores),
      scored: scores.length,
      notYet: given.filter((level) => level === 'pas_encore').length,
      items: items.length,
    };
  });
}

export interface ItemComparison {
  itemId: string;
  domain: GridDomain;
  label: string;
  self: GridLevel | null;
  binome: GridLevel | null;
  /** Absolute difference of two scored levels; null when either is missing or "pas encore". */
  gap: number | null;
  highlighted: boolean;
}

export interface Comparison {
  items: ItemComparison[];
  domains: { domain: GridDomain; self: number | null; binome: number | null }[];
}

/**
 * Items of both versions, the newer version's wording first: a reworded item keeps its
 * id, so two evaluations made with different versions still line up.
 */
function unionOfItems(first: GridTemplate, second: GridTemplate): GridItem[] {
  const [newer, older] = first.version >= second.version ? [first, second] : [second, first];
  const ids = new Set(newer.items.map((candidate) => candidate.id));
  const items = [...newer.items, ...older.items.filter((candidate) => !ids.has(candidate.id))];
  return GRID_DOMAINS.flatMap((domain) => items.filter((candidate) => candidate.domain === domain));
}

/** The young person's view beside the binôme's, per item and per need. */
export function compareEvaluations(self: EvaluationFacts | null, binome: EvaluationFacts | null): Comparison {
  const templates = [self?.template, binome?.template].filter((template): template is GridTemplate => template !== undefined);
  const [first, second = first] = templates;
  const items = first && second ? unionOfItems(first, second) : [];
  const selfScores = self ? scoreByDomain(self.template, self.levels) : null;
  const binomeScores = binome ? scoreByDomain(binome.template, binome.levels) : null;
  return {
    items: items.map((candidate) => {
      const selfLevel = self?.levels[candidate.id] ?? null;
      const binomeLevel = binome?.levels[candidate.id] ?? null;
      const gap = isScored(selfLevel) && isScored(binomeLevel) ? Math.abs(selfLevel - binomeLevel) : null;
      return {
        itemId: candidate.id,
        domain: candidate.domain,
        label: candidate.label,
        self: selfLevel,
        binome: binomeLevel,
        gap,
        highlighted: gap !== null && gap >= HIGHLIGHT_GAP,
      };
    }),
    domains: GRID_DOMAINS.map((domain, index) => ({
      domain,
      self: selfScores?.[index]?.score ?? null,
      binome: binomeScores?.[index]?.score ?? null,
    })),
  };
}

/** The latest evaluation of each kind: the pair shown side by side by default. */
export function latestPair<T extends { id: string; kind: 'self' | 'binome'; assessedOn: string; at: string }>(
  evaluations: T[],
): { self: T | null; binome: T | null } {
  const newestOf = (kind: T['kind']) =>
    evaluations
      .filter((evaluation) => evaluation.kind === kind)
      .sort((a, b) => `${a.assessedOn}${a.at}${a.id}`.localeCompare(`${b.assessedOn}${b.at}${b.id}`))
      .at(-1) ?? null;
  return { self: newestOf('self'), binome: newestOf('binome') };
}

export interface ProgressPoint {
  evaluationId: string;
  kind: 'self' | 'binome';
  assessedOn: string;
  templateVersion: number;
  scores: Record<GridDomain, number | null>;
}

/** Each evaluation's score per need, oldest first: the progress chart and its table. */
export function progressSeries(evaluations: EvaluationFacts[]): ProgressPoint[] {
  return (
    [...evaluations]
      // Ids are ULIDs: on the same day, the one made first comes first.
      .sort((a, b) => a.assessedOn.localeCompare(b.assessedOn) || a.id.localeCompare(b.id))
      .map((evaluation) => ({
        evaluationId: evaluation.id,
        kind: evaluation.kind,
        assessedOn: evaluation.assessedOn,
        templateVersion: evaluation.template.version,
        scores: Object.fromEntries(
          scoreByDomain(evaluation.template, evaluation.levels).map((entry) => [entry.domain, entry.score]),
        ) as Record<GridDomain, number | null>,
      }))
  );
}
