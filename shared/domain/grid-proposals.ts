import { type GridLevel, isScored } from './autonomy-grid.js';
import type { Comparison, ItemComparison } from './grid-comparison.js';
import { GRID_DOMAIN_LABELS, type GridDomain } from './grid-domains.js';

/**
 * Proposals for the projet d'autonomie, drawn from a pair of evaluations: the items
 * where the two views differ most, then those that sit at the lowest levels. Staff
 * accept each (it becomes a plan action) or dismiss it.
 */
export type ProposalReason = 'ecart' | 'niveau_bas';

export interface Proposal {
  itemId: string;
  domain: GridDomain;
  itemLabel: string;
  reason: ProposalReason;
  self: GridLevel | null;
  binome: GridLevel | null;
  /** The wording of the plan action, if accepted as it is. */
  actionLabel: string;
}

/** More than this and the list stops being a conversation starter. */
export const MAX_PROPOSALS = 8;

/** Every scored level given is 1 or 2, and one of them is 1. */
function sitsAtLowestLevels(item: ItemComparison): boolean {
  const scored = [item.self, item.binome].filter(isScored);
  return scored.length > 0 && scored.every((level) => level <= 2) && scored.some((level) => level === 1);
}

/** The item, as something to work on. */
export function actionLabelFor(itemLabel: string): string {
  return `Progresser sur : « ${itemLabel.replace(/\.$/, '')} »`;
}

export function proposeActions(comparison: Comparison): Proposal[] {
  const gaps = comparison.items
    .filter((item) => item.highlighted)
    .sort((a, b) => (b.gap ?? 0) - (a.gap ?? 0))
    .map((item) => ({ item, reason: 'ecart' as const }));
  const low = comparison.items
    .filter((item) => !item.highlighted && sitsAtLowestLevels(item))
    .map((item) => ({ item, reason: 'niveau_bas' as const }));
  return [...gaps, ...low].slice(0, MAX_PROPOSALS).map(({ item, reason }) => ({
    itemId: item.itemId,
    domain: item.domain,
    itemLabel: item.label,
    reason,
    self: item.self,
    binome: item.binome,
    actionLabel: actionLabelFor(item.label),
  }));
}

/** A pair of evaluations, as one stable key: a decision belongs to the pair it was made on. */
export function pairKey(selfId: string | null, binomeId: string | null): string {
  return `${selfId ?? 'aucune'}_${binomeId ?? 'aucune'}`;
}

/**
 * The id of the plan action a proposal becomes: the same proposal accepted twice (a
 * retry) gives the same id and is added once; the same item in a later pair is another action.
 */
export function proposalActionId(itemId: string, pair: string): string {
  return `g-${itemId}-${pair.replace(/[^\w]/g, '').slice(-6)}`.slice(0, 40);
}

/** The parts of the plan that accepting a proposal touches. */
export interface PlanGoalShape<A extends { id: string }> {
  id: string;
  domain: string;
  label: string;
  planB: string;
  actions: A[];
}

/**
 * The plan's goals with the action added under the first goal of the item's need, or
 * under a new goal for that need. Adding an action already there changes nothing.
 */
export function addActionToGoals<A extends { id: string }>(goals: PlanGoalShape<A>[], domain: GridDomain, action: A): PlanGoalShape<A>[] {
  if (goals.some((goal) => goal.actions.some((existing) => existing.id === action.id))) return goals;
  const target = goals.findIndex((goal) => goal.domain === domain);
  if (target === -1) {
    return [...goals, { id: `grille-${domain}`.slice(0, 40), domain, label: GRID_DOMAIN_LABELS[domain], planB: '', actions: [action] }];
  }
  return goals.map((goal, index) => (index === target ? { ...goal, actions: [...goal.actions, action] } : goal));
}
