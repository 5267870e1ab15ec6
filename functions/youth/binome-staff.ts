import { staffRepo } from '../../shared/db/staff-repo.js';
import { InvalidInput } from '../../shared/domain/errors.js';
import { binomeStaffProblems } from '../../shared/domain/staff.js';
import type { Deps } from '../../shared/http/app-env.js';

/**
 * Checks the referent and coordinateur being set on a file against the staff directory
 * (400 `UNKNOWN_STAFF` with a detail per field): a typo in an id would otherwise create a
 * file nobody can open. Ids left unchanged are not looked up.
 */
export async function checkBinomeStaff(
  deps: Deps,
  departement: string,
  wanted: { referentId?: string | undefined; coordinateurId?: string | undefined },
): Promise<void> {
  const [referent, coordinateur] = await Promise.all([
    wanted.referentId === undefined ? undefined : staffRepo.get(deps.store, departement, wanted.referentId),
    wanted.coordinateurId === undefined ? undefined : staffRepo.get(deps.store, departement, wanted.coordinateurId),
  ]);
  const problems = binomeStaffProblems(wanted, { referent, coordinateur });
  if (problems.length > 0) throw new InvalidInput('binome.unknownStaff', problems);
}
