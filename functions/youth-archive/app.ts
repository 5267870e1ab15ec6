import type { Deps } from '../../shared/http/app-env.js';
import { createAreaApp } from '../../shared/http/create-area-app.js';
import { archiveRoutes } from './archive.js';
import { exportRoutes } from './export.js';

/**
 * The `youth-archive` area: the RGPD export of a file and the file's end of life (the
 * intermediate archive, the retention settings, the archives package, the hand-over and
 * the destruction). Its routes are under `/api/youth`, each one of its route keys in
 * shared/areas.ts; a function of their own because they read every other area and the
 * archives package brings a ZIP writer, which every cold start of `youth` would load.
 */
export function createYouthArchiveApp(deps: Deps) {
  return (
    createAreaApp('/api/youth', deps, {
      // The archives package and an opened archived file are the whole file: never kept as an
      // idempotency record (which the file's erasure does not reach); each opening is read and audited afresh.
      withoutIdempotency: (path) => path.endsWith('/archives-package') || path.endsWith('/archive/open'),
    })
      // Before `/{id}/export`, as in the youth area before the split (the OpenAPI document keeps its order).
      .route('/', archiveRoutes(deps))
      .route('/:id/export', exportRoutes(deps))
  );
}
