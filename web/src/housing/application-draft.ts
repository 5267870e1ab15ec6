import type { HousingPartner, HousingSolutionType } from '../api/types';

/** The « Ajouter une demande » form as kept on the phone until sent. */
export interface ApplicationDraft {
  typeId: string;
  partnerId: string;
  comment: string;
}

/** A form read back from the phone, with a type and partner still offered; null when it is not one. */
export function asApplicationDraft(
  stored: unknown,
  types: readonly HousingSolutionType[],
  partners: readonly HousingPartner[],
  fallback: ApplicationDraft,
): ApplicationDraft | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const { typeId, partnerId, comment } = stored as Partial<ApplicationDraft>;
  const type = types.find((candidate) => candidate.id === typeId)?.id ?? fallback.typeId;
  const partner = partners.find((candidate) => candidate.id === partnerId && candidate.solutionTypeId === type)?.id ?? '';
  return { typeId: type, partnerId: partner, comment: typeof comment === 'string' ? comment : '' };
}
