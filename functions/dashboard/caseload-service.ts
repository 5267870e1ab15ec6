import type { Principal } from '../../shared/auth/principal.js';
import { caseloadRepo } from '../../shared/db/caseload-repo.js';
import { housingRepo } from '../../shared/db/housing-repo.js';
import { interviewSettingsRepo } from '../../shared/db/settings-repo.js';
import { staffRepo } from '../../shared/db/staff-repo.js';
import { parisDate } from '../../shared/domain/calendar-date.js';
import { caseloadCount, caseloadEntry, compareByUrgency } from '../../shared/domain/caseload.js';
import type { Deps } from '../../shared/http/app-env.js';
import type { Caseload } from '../../shared/schemas/staff.js';

/**
 * « Mon suivi »: the caller's young people by urgency and their count against the cap.
 * Requests: 4 GetItem (the caller in the directory, the dashboard, interview and housing
 * settings), the caseload index Query, and one BatchGetItem per 50 young people.
 */
export async function buildCaseload(deps: Deps, principal: Principal & { role: 'referent' | 'coordinateur' }): Promise<Caseload> {
  const { departement } = principal;
  const [self, settings, interviewSettings, housingSettings, facts] = await Promise.all([
    staffRepo.get(deps.store, departement, principal.sub),
    staffRepo.getSettings(deps.store, departement),
    interviewSettingsRepo.get(deps.store, departement),
    housingRepo.getSettings(deps.store, departement),
    caseloadRepo.factsFor(deps.store, departement, principal),
  ]);
  const today = parisDate(deps.now());
  const items = facts
    .map((youth) => caseloadEntry(youth, today, { interviews: interviewSettings, housingAlertDays: housingSettings.alertDays }))
    .sort(compareByUrgency);
  const count = caseloadCount({
    role: principal.role,
    inEnvol: items.length,
    otherCaseload: self?.otherCaseload ?? 0,
    startedOn: self?.startedOn ?? null,
    today,
    caps: settings,
  });
  return { count, items };
}
