import type { Deps } from '../../shared/http/app-env.js';
import { createAreaApp } from '../../shared/http/create-area-app.js';
import { auditRoutes } from './audit.js';
import { youthFileRoutes } from './files.js';
import { journalRoutes } from './journal.js';
import { rgpdRequestRoutes } from './rgpd-requests.js';
import { supportRequestRoutes } from './support-requests.js';

/**
 * The `youth` area: young people's files, the binôme's journal, the audit log, support from
 * 18 to 21, the young person's RGPD requests. The RGPD export and the file's end of life,
 * under the same prefix, are the `youth-archive` area's (its route keys in shared/areas.ts).
 */
export function createYouthApp(deps: Deps) {
  return createAreaApp('/api/youth', deps)
    .route('/', youthFileRoutes(deps))
    .route('/:id/journal', journalRoutes(deps))
    .route('/:id/audit', auditRoutes(deps))
    .route('/:youthId/support-requests', supportRequestRoutes(deps))
    .route('/:youthId/rgpd-requests', rgpdRequestRoutes(deps));
}
