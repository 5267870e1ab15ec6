import type { GridItem, GridTemplate } from './autonomy-grid.js';
import { GRID_DOMAIN_LABELS, GRID_DOMAINS } from './grid-domains.js';

/**
 * A département adapts its grid as a draft (adds, rewords, retires items) that an admin
 * publishes as the next version. A published version never changes; an evaluation keeps
 * the version it was made with.
 */
export interface GridDraft {
  /** The published version the draft was started from. */
  baseVersion: number;
  items: GridItem[];
}

export interface DraftProblem {
  path: string;
  message: string;
}

/** A new draft starts as a copy of the version in force. */
export function draftFrom(template: GridTemplate): GridDraft {
  return { baseVersion: template.version, items: template.items.map((item) => ({ ...item })) };
}

/**
 * What stops a draft from being saved or published: an id used twice, an item moved to
 * another need (its earlier answers would be counted in the wrong one: give it a new id),
 * a need left without any item.
 */
export function findDraftProblems(base: GridTemplate, items: GridItem[]): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) problems.push({ path: `items.${index}.id`, message: `L’identifiant « ${item.id} » est utilisé deux fois.` });
    seen.add(item.id);
    const before = base.items.find((candidate) => candidate.id === item.id);
    if (before && before.domain !== item.domain) {
      problems.push({
        path: `items.${index}.domain`,
        message: `L’item « ${item.id} » ne peut pas changer de domaine : créez un nouvel item.`,
      });
    }
  });
  for (const domain of GRID_DOMAINS) {
    if (!items.some((item) => item.domain === domain)) {
      problems.push({ path: 'items', message: `Le domaine « ${GRID_DOMAIN_LABELS[domain]} » doit garder au moins un item.` });
    }
  }
  return problems;
}

export type PublishOutcome = { ok: true; template: GridTemplate } | { ok: false; reason: 'stale_draft'; currentVersion: number };

/**
 * Publishing makes the next version of the one in force. A draft started from an older
 * version would silently undo what was published since: it must be started again.
 */
export function publishDraft(current: GridTemplate, draft: GridDraft): PublishOutcome {
  if (draft.baseVersion !== current.version) return { ok: false, reason: 'stale_draft', currentVersion: current.version };
  return { ok: true, template: { version: current.version + 1, items: draft.items.map((item) => ({ ...item })) } };
}
