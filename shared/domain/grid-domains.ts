import { AUTONOMY_NEEDS } from './autonomy-needs.js';

/**
 * The six needs of the projet d'autonomie (CASF R.222-6), as the autonomy grid groups
 * its items: resources; housing; employment, training or schooling; health care;
 * administrative steps and rights; socio-educational, emotional, cultural and social
 * support. The ids are the questionnaire's and the plan's, so a grid item can become a
 * plan action under the same domain.
 *
 * It is the one shared list of the six needs (autonomy-needs.ts).
 */
export const GRID_DOMAINS = AUTONOMY_NEEDS;
export type GridDomain = (typeof GRID_DOMAINS)[number];

/** How each need is named to a young person and to staff. */
export const GRID_DOMAIN_LABELS: Record<GridDomain, string> = {
  ressources: 'Budget et ressources',
  logement: 'Logement',
  formation_emploi: 'Formation et emploi',
  sante: 'Santé',
  papiers_droits: 'Papiers et droits',
  entourage: 'Entourage et vie sociale',
};
