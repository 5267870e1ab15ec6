import { createRoute } from '@hono/zod-openapi';
import { openYouthFile } from '../../shared/auth/youth-access.js';
import type { Deps } from '../../shared/http/app-env.js';
import { createResourceApp } from '../../shared/http/create-area-app.js';
import { jsonContent, bearerSecurity as security } from '../../shared/http/openapi-parts.js';
import { youthExportSchema } from '../../shared/schemas/youth-export.js';
import { errors, idParams } from '../youth/route-parts.js';
import { toYouth } from '../youth/youth-view.js';
import { exportYouthFile } from './export-view.js';

export const exportYouthRoute = createRoute({
  method: 'get',
  path: '/',
  tags: ['RGPD'],
  summary: 'Export RGPD : tout ce qui est conservé sur le jeune',
  security,
  request: { params: idParams },
  responses: { 200: jsonContent(youthExportSchema, 'Toutes les données du jeune'), ...errors },
});

/** The RGPD export of a file, mounted at `/{id}/export`. */
export function exportRoutes(deps: Deps) {
  const app = createResourceApp();

  app.openapi(exportYouthRoute, async (c) => {
    const principal = c.var.principal;
    const record = await openYouthFile(deps, principal, c.req.valid('param').id, 'export.read');
    return c.json({ youth: toYouth(record), ...(await exportYouthFile(deps.store, principal, record, deps.now())) }, 200);
  });

  return app;
}
