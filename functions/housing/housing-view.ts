import type { Principal } from '../../shared/auth/principal.js';
import type { StoredApplication } from '../../shared/db/housing-repo.js';
import type { YouthRecord } from '../../shared/db/youth-repo.js';
import { computeHousingAlert, type HousingAlert } from '../../shared/domain/housing-alert.js';
import { hasHousingSolution, lacksNews, nextStatuses } from '../../shared/domain/housing-application.js';
import { isSharedNotNeeded, projectAsSeenBy } from '../../shared/domain/housing-project.js';
import type { HousingApplication, HousingFile, HousingProject } from '../../shared/schemas/housing.js';

/** What the API shows of an application: the stored one and what today makes of it. */
export function applicationView(application: StoredApplication, today: string): HousingApplication {
  const { referentId: _referentId, coordinateurId: _coordinateurId, ...shown } = application;
  return { ...shown, lacksNews: lacksNews(application, today), nextStatuses: [...nextStatuses(application.status)] };
}

/** Whether the young person has a housing solution and the alert if not (« pas besoin » counts once shared). */
export function solutionAndAlert(
  youth: YouthRecord,
  project: HousingProject | null,
  applications: readonly StoredApplication[],
  alertDays: number,
  today: string,
): { hasSolution: boolean; alert: HousingAlert | null } {
  const hasSolution = hasHousingSolution({ notNeeded: isSharedNotNeeded(project), applications });
  const alert = computeHousingAlert({ birthDate: youth.birthDate, careEndDate: youth.careEndDate, hasSolution, today, alertDays });
  return { hasSolution, alert };
}

/** The housing part of a young person's file, as the caller may see it. */
export function housingFileView(
  principal: Principal,
  youth: YouthRecord,
  stored: { project: HousingProject | null; applications: StoredApplication[] },
  alertDays: number,
  today: string,
): HousingFile {
  const project = projectAsSeenBy({ isTheYoungPerson: principal.role === 'jeune' }, stored.project);
  return {
    youthId: youth.id,
    project,
    projectPending: stored.project !== null && project === null,
    applications: stored.applications.map((application) => applicationView(application, today)),
    ...solutionAndAlert(youth, stored.project, stored.applications, alertDays, today),
  };
}
