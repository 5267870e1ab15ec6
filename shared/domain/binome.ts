/** The two professionals who follow a young person: the ASE referent and the coordinateur. */
export interface Binome {
  referentId: string;
  coordinateurId: string;
}

/**
 * Whether `changes` would hand the file to another referent or coordinateur. Sending
 * the binôme unchanged (a form that posts every field) is not a change.
 */
export function changesBinome(current: Binome, changes: Partial<Binome>): boolean {
  return (
    (changes.referentId !== undefined && changes.referentId !== current.referentId) ||
    (changes.coordinateurId !== undefined && changes.coordinateurId !== current.coordinateurId)
  );
}

/** The ids `changes` sets to a new value: only those are checked against the staff directory. */
export function newBinomeIds(current: Binome, changes: Partial<Binome>): Partial<Binome> {
  return {
    ...(changes.referentId !== undefined && changes.referentId !== current.referentId ? { referentId: changes.referentId } : {}),
    ...(changes.coordinateurId !== undefined && changes.coordinateurId !== current.coordinateurId
      ? { coordinateurId: changes.coordinateurId }
      : {}),
  };
}
