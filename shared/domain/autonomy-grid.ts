import { addYears } from './calendar-date.js';
import { GRID_DOMAINS, type GridDomain } from './grid-domains.js';

/**
 * The autonomy grid: items in plain French, each in one of the six needs, answered with
 * a level. Levels 1 to 4 are scores; "pas encore eu l'occasion" is an answer that is
 * not a score (it is never averaged, never compared).
 */
export const SCORED_LEVELS = [1, 2, 3, 4] as const;
export type ScoredLevel = (typeof SCORED_LEVELS)[number];
export const NOT_YET = 'pas_encore' as const;
export type GridLevel = ScoredLevel | typeof NOT_YET;

export const LEVEL_LABELS: Record<GridLevel, string> = {
  1: 'Je ne sais pas faire',
  2: 'Je sais faire avec de l’aide',
  3: 'Je sais faire seul·e',
  4: 'Je peux l’expliquer à quelqu’un',
  pas_encore: 'Pas encore eu l’occasion',
};

export function isScored(level: GridLevel | null | undefined): level is ScoredLevel {
  return typeof level === 'number';
}

export interface GridItem {
  /** Stable across versions: a reworded item keeps its id, so evaluations compare over time. */
  id: string;
  domain: GridDomain;
  label: string;
}

export interface GridTemplate {
  version: number;
  items: GridItem[];
}

/** Levels given to items, by item id. Items not answered yet are absent. */
export type GridLevels = Record<string, GridLevel>;

const item = (id: string, domain: GridDomain, label: string): GridItem => ({ id, domain, label });

/** The grid every département starts with (version 1): six items for each need. */
export const DEFAULT_GRID_TEMPLATE: GridTemplate = {
  version: 1,
  items: [
    item('res-depenses', 'ressources', 'Je sais ce que je dépense chaque mois.'),
    item('res-compte', 'ressources', 'Je sais utiliser mon compte bancaire et ma carte.'),
    item('res-budget', 'ressources', 'Je sais prévoir mon budget du mois (loyer, courses, téléphone).'),
    item('res-factures', 'ressources', 'Je sais payer une facture et vérifier qu’elle est juste.'),
    item('res-aides', 'ressources', 'Je sais quelles aides je peux demander (CAF, bourse, contrat d’engagement jeune).'),
    item('res-courses', 'ressources', 'Je sais faire mes courses avec peu d’argent.'),

    item('log-bail', 'logement', 'Je sais ce qu’est un bail et un état des lieux.'),
    item('log-chercher', 'logement', 'Je sais où chercher un logement (foyer de jeunes travailleurs, résidence sociale, HLM).'),
    item('log-apl', 'logement', 'Je sais demander une aide au logement à la CAF.'),
    item('log-assurance', 'logement', 'Je sais pourquoi il faut une assurance habitation et comment en prendre une.'),
    item('log-entretien', 'logement', 'Je sais entretenir un logement (ménage, poubelles, aération).'),
    item('log-panne', 'logement', 'Je sais qui appeler en cas de fuite d’eau ou de panne.'),

    item('fe-projet', 'formation_emploi', 'Je sais dire quel métier ou quelle formation m’intéresse.'),
    item('fe-cv', 'formation_emploi', 'Je sais écrire un CV et une lettre de motivation.'),
    item('fe-mission-locale', 'formation_emploi', 'Je sais ce que la mission locale peut faire pour moi.'),
    item('fe-entretien', 'formation_emploi', 'Je sais me préparer à un entretien pour un stage ou un emploi.'),
    item('fe-absence', 'formation_emploi', 'Je sais prévenir quand je suis en retard ou absent·e.'),
    item('fe-contrat', 'formation_emploi', 'Je sais lire un contrat de travail ou d’apprentissage.'),

    item('sante-rdv', 'sante', 'Je sais prendre un rendez-vous chez le médecin.'),
    item('sante-vitale', 'sante', 'Je sais à quoi servent la carte Vitale et la complémentaire santé.'),
    item('sante-traitant', 'sante', 'Je sais choisir un médecin traitant.'),
    item('sante-urgence', 'sante', 'Je sais quoi faire en cas d’urgence (15, 112, pharmacie de garde).'),
    item('sante-ordonnance', 'sante', 'Je sais aller chercher mes médicaments avec une ordonnance.'),
    item('sante-parler', 'sante', 'Je sais à qui parler quand je ne vais pas bien.'),

    item('pap-identite', 'papiers_droits', 'Je sais où sont mes papiers d’identité et comment les renouveler.'),
    item('pap-classer', 'papiers_droits', 'Je sais ranger mes papiers importants pour les retrouver.'),
    item('pap-comptes', 'papiers_droits', 'Je sais utiliser mon compte en ligne CAF ou Assurance maladie.'),
    item('pap-courrier', 'papiers_droits', 'Je sais répondre à un courrier administratif.'),
    item('pap-impots', 'papiers_droits', 'Je sais ce qu’est une déclaration d’impôts.'),
    item('pap-21-ans', 'papiers_droits', 'Je sais que je peux demander à être accompagné·e jusqu’à 21 ans.'),

    item('ent-compter', 'entourage', 'Je sais sur qui je peux compter en cas de problème.'),
    item('ent-aide', 'entourage', 'Je sais demander de l’aide quand j’en ai besoin.'),
    item('ent-loisirs', 'entourage', 'Je sais trouver des activités ou des loisirs près de chez moi.'),
    item('ent-transports', 'entourage', 'Je sais me déplacer seul·e (bus, train, itinéraire).'),
    item('ent-repas', 'entourage', 'Je sais préparer un repas simple.'),
    item('ent-relations', 'entourage', 'Je sais dire non et me protéger dans mes relations.'),
  ],
};

/** Item ids given levels that the template does not have. */
export function findUnknownItems(template: GridTemplate, levels: Record<string, GridLevel | null>): string[] {
  const known = new Set(template.items.map((candidate) => candidate.id));
  return Object.keys(levels).filter((id) => !known.has(id));
}

/** The template's items, grouped by need in the order of GRID_DOMAINS. */
export function itemsByDomain(template: GridTemplate): { domain: GridDomain; items: GridItem[] }[] {
  return GRID_DOMAINS.map((domain) => ({ domain, items: template.items.filter((candidate) => candidate.domain === domain) }));
}

/** The path to autonomy starts at 16: evaluations are made from the 16th birthday. */
export const GRID_MINIMUM_AGE = 16;

/** Whether a young person born on `birthDate` may be evaluated on `today` (calendar dates, Paris). */
export function isOldEnoughForGrid(birthDate: string, today: string): boolean {
  return today >= addYears(birthDate, GRID_MINIMUM_AGE);
}
