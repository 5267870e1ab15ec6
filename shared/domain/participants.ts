/**
 * Who takes part in an interview. `cadre_departement` represents the président du
 * conseil départemental; `lieu_accueil` is the assistant familial or the MECS educator.
 */
export const PARTICIPANT_KINDS = [
  'jeune',
  'personne_de_confiance',
  'referent',
  'coordinateur',
  'cadre_departement',
  'lieu_accueil',
  'partenaire',
] as const;
export type ParticipantKind = (typeof PARTICIPANT_KINDS)[number];

export const PARTICIPANT_KIND_LABELS: Record<ParticipantKind, string> = {
  jeune: 'Le jeune',
  personne_de_confiance: 'Personne de confiance',
  referent: 'Référent·e ASE',
  coordinateur: 'Coordinateur·rice ASE',
  cadre_departement: 'Représentant·e du président du conseil départemental',
  lieu_accueil: 'Lieu d’accueil (assistant·e familial·e, éducateur·rice de MECS)',
  partenaire: 'Partenaire',
};

/**
 * An interview held without the young person must say why. `kind` is null on records
 * made before participants were typed: those are not judged.
 */
export function missingAbsenceReason(record: {
  heldOn: string | null;
  participants: readonly { kind: ParticipantKind | null }[];
  youngPersonAbsentReason: string | null;
}): boolean {
  if (record.heldOn === null) return false;
  if (record.participants.some((participant) => participant.kind === 'jeune' || participant.kind === null)) return false;
  return !record.youngPersonAbsentReason?.trim();
}
