import { can } from '../../shared/auth/policy.js';
import type { Principal } from '../../shared/auth/principal.js';
import { auditRepo } from '../../shared/db/audit-repo.js';
import { housingRepo, type QueueScope } from '../../shared/db/housing-repo.js';
import type { PageRequest } from '../../shared/db/query-page.js';
import { youthRepo } from '../../shared/db/youth-repo.js';
import { parisDate } from '../../shared/domain/calendar-date.js';
import { type ApplicationStatus, youthNoteOf } from '../../shared/domain/housing-application.js';
import type { Deps } from '../../shared/http/app-env.js';
import type { QueueItem } from '../../shared/schemas/housing.js';
import { applicationView, solutionAndAlert } from './housing-view.js';

/** Which queue the caller reads: their own young people's, or the département's for an admin. */
export function queueScopeOf(principal: Principal): QueueScope {
  switch (principal.role) {
    case 'admin':
      return { kind: 'departement' };
    case 'referent':
      return { kind: 'referent', sub: principal.sub };
    case 'coordinateur':
      return { kind: 'coordinateur', sub: principal.sub };
    default:
      // Only reached if the policy let another role read the queue: give it the narrowest one.
      return { kind: 'referent', sub: principal.sub };
  }
}

/**
 * One page of the housing queue with each young person's name and alert. Every
 * application is checked against the policy with the file as it is now (the index
 * may still place it under a former binôme), and every young person shown is written
 * to their audit log before the page is returned.
 */
export async function housingQueuePage(
  deps: Deps,
  principal: Principal,
  scope: QueueScope,
  query: { status: ApplicationStatus; partnerId?: string | undefined } & PageRequest,
): Promise<{ items: QueueItem[]; cursor: string | null }> {
  const { departement } = principal;
  const page = await housingRepo.listQueue(deps.store, departement, scope, query.status, query.partnerId, query);
  const youthIds = [...new Set(page.items.map((entry) => entry.youthId))];
  const [settings, files, profiles] = await Promise.all([
    housingRepo.getSettings(deps.store, departement),
    housingRepo.getFiles(deps.store, departement, youthIds),
    Promise.all(youthIds.map((id) => youthRepo.get(deps.store, departement, id))),
  ]);
  const youthById = new Map(
    profiles.flatMap((youth) => (youth && can(principal, 'housing.read', youth) === 'allow' ? [[youth.id, youth] as const] : [])),
  );
  const now = deps.now();
  const today = parisDate(now);
  for (const id of youthById.keys()) await auditRepo.record(deps.store, principal, id, 'housing.queue', now);

  const items = page.items.flatMap((entry): QueueItem[] => {
    const youth = youthById.get(entry.youthId);
    const file = files.get(entry.youthId);
    if (!youth || !file) return [];
    const { youthId: _youthId, ...stored } = entry;
    const { history, ...application } = applicationView(stored, today);
    return [
      {
        youthId: youth.id,
        firstName: youth.firstName,
        lastName: youth.lastName,
        application,
        youthNote: youthNoteOf(history),
        alert: solutionAndAlert(youth, file.project, file.applications, settings.alertDays, today).alert,
      },
    ];
  });
  return { items, cursor: page.cursor };
}
