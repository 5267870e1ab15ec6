import type { HousingAlert, HousingApplicationStatus } from '../api/types';

/** Application statuses in plain French, the same words for the young person and staff. */
export const STATUS_LABELS: Record<HousingApplicationStatus, string> = {
  brouillon: 'À déposer',
  deposee: 'Déposée',
  en_instruction: 'En cours d’examen',
  proposition: 'Proposition reçue',
  acceptee: 'Acceptée',
  entree_dans_les_lieux: 'Entrée dans le logement',
  refusee_par_le_jeune: 'Refusée par le jeune',
  refusee_par_le_partenaire: 'Refusée par le partenaire',
  annulee: 'Annulée',
};

/** What the young person reads about where their application stands. */
export const STATUS_FOR_YOUTH: Record<HousingApplicationStatus, string> = {
  brouillon: 'Ton binôme va la déposer avec toi.',
  deposee: 'Ta demande est déposée : le partenaire va l’examiner.',
  en_instruction: 'Le partenaire examine ta demande.',
  proposition: 'Un logement t’est proposé : parles-en avec ton binôme.',
  acceptee: 'C’est accepté : tu as une solution logement.',
  entree_dans_les_lieux: 'Tu es entré·e dans ton logement.',
  refusee_par_le_jeune: 'Tu as refusé cette proposition.',
  refusee_par_le_partenaire: 'Le partenaire n’a pas retenu ta demande.',
  annulee: 'Cette demande est annulée.',
};

/** The button that moves an application to `status`. */
export const MOVE_LABELS: Record<HousingApplicationStatus, string> = {
  brouillon: 'Remettre en brouillon',
  deposee: 'Marquer déposée',
  en_instruction: 'Marquer en cours d’examen',
  proposition: 'Proposition reçue',
  acceptee: 'Acceptée',
  entree_dans_les_lieux: 'Entrée dans le logement',
  refusee_par_le_jeune: 'Refusée par le jeune',
  refusee_par_le_partenaire: 'Refusée par le partenaire',
  annulee: 'Annuler la demande',
};

export const HOUSEHOLD_LABELS = { seul: 'Seul·e', couple: 'En couple', avec_enfant: 'Avec un enfant ou plus' } as const;

export const INCOME_LABELS = {
  salaire: 'Salaire',
  apprentissage: 'Apprentissage',
  allocation_cej: 'Allocation du contrat d’engagement jeune',
  aide_ase: 'Aide de l’ASE',
  bourse: 'Bourse',
  prestations_caf: 'Prestations CAF',
  autre: 'Autre',
} as const;

export const AID_LABELS = {
  fsl: 'FSL (fonds de solidarité pour le logement)',
  asll: 'ASLL (accompagnement social lié au logement)',
  visale: 'Visale (garantie de loyer)',
  loca_pass: 'Loca-Pass (avance du dépôt de garantie)',
  mobili_jeune: 'Mobili-Jeune',
  apl_caf: 'APL de la CAF',
  fonds_solvabilisation: 'Fonds de solvabilisation du département',
  autre: 'Autre aide',
} as const;

export const NOT_NEEDED_LABELS = {
  retour_en_famille: 'Je retourne vivre en famille',
  reste_chez_assistant_familial: 'Je reste chez mon assistant·e familial·e',
  logement_autonome: 'J’ai déjà mon propre logement',
} as const;

/** The alert in words: « Fin de prise en charge dans 108 jours, sans solution logement ». */
export function alertSentence(alert: HousingAlert, voice: 'jeune' | 'staff'): string {
  const days = alert.daysLeft === 0 ? 'aujourd’hui' : `dans ${alert.daysLeft} jour${alert.daysLeft > 1 ? 's' : ''}`;
  const end = alert.basis === 'majority' ? 'Majorité' : alert.basis === 'age21' ? '21 ans' : 'Fin de prise en charge';
  return voice === 'jeune'
    ? `${end} ${days} et pas encore de solution logement : ton binôme t’aide à en trouver une.`
    : `Sans solution logement : ${end.toLowerCase()} ${days}.`;
}
