import { createRoute } from '@hono/zod-openapi';
import { openYouthFile } from '../../shared/auth/youth-access.js';
import { auditRepo } from '../../shared/db/audit-repo.js';
import type { Deps } from '../../shared/http/app-env.js';
import { createResourceApp } from '../../shared/http/create-area-app.js';
import { jsonContent, bearerSecurity as security } from '../../shared/http/openapi-parts.js';
import { pageQuerySchema } from '../../shared/schemas/common.js';
import { auditPageSchema } from '../../shared/schemas/youth.js';
import { errors, idParams } from './route-parts.js';

export const listAuditRoute = createRoute({
  method: 'get',
  path: '/',
  tags: ['Traçabilité'],
  summary: 'Qui a consulté mon dossier (le jeune, l’administrateur)',
  security,
  request: { params: idParams, query: pageQuerySchema },
  responses: { 200: jsonContent(auditPageSchema, 'Accès, les plus récents d’abord'), ...errors },
});

/** "Qui a consulté mon dossier": the file's audit log, mounted at `/{id}/audit`. */
export function auditRoutes(deps: Deps) {
  const app = createResourceApp();

  app.openapi(listAuditRoute, async (c) => {
    const { id } = c.req.valid('param');
    const record = await openYouthFile(deps, c.var.principal, id, 'audit.read');
    return c.json(await auditRepo.list(deps.store, record.departement, id, c.req.valid('query')), 200);
  });

  return app;
}
