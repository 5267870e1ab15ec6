import type { Deps } from '../../shared/http/app-env.js';
import { createAreaApp } from '../../shared/http/create-area-app.js';
import { archiveRoutes } from './archive.js';
import { auditRoutes } from './audit.js';
import { exportRoutes } from './export.js';
import { youthFileRoutes } from './files.js';
import { journalRoutes } from './journal.js';
import { rgpdRequestRoutes } from './rgpd-requests.js';
import { supportRequestRoutes } from './support-requests.js';

/** The `youth` area: young people's files, the binôme's journal, the audit log, the RGPD export, support from 18 to 21, the young person's RGPD requests. */
export function createYouthApp(deps: Deps) {
  return (
    createAreaApp('/api/youth', deps, {
      // The archives package is the whole file: never kept as an idempotency record.
      withoutIdempotency: (path) => path.endsWith('/archives-package'),
    })
      // Before the files' routes, whose `/{id}` would otherwise take « archived » for an id.
      .route('/', archiveRoutes(deps))
      .route('/', youthFileRoutes(deps))
      .route('/:id/journal', journalRoutes(deps))
      .route('/:id/audit', auditRoutes(deps))
      .route('/:id/export', exportRoutes(deps))
      .route('/:youthId/support-requests', supportRequestRoutes(deps))
      .route('/:youthId/rgpd-requests', rgpdRequestRoutes(deps))
  );
}
