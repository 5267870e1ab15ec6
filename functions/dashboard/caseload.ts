import { createRoute } from '@hono/zod-openapi';
import { authorize } from '../../shared/auth/authorize.js';
import type { Deps } from '../../shared/http/app-env.js';
import { createResourceApp } from '../../shared/http/create-area-app.js';
import { jsonContent, bearerSecurity as security } from '../../shared/http/openapi-parts.js';
import { caseloadSchema } from '../../shared/schemas/staff.js';
import { buildCaseload } from './caseload-service.js';
import { errors, tags } from './route-parts.js';

export const caseloadRoute = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'Mon suivi : mes jeunes par urgence, et mon nombre de situations face au plafond (référent·e, coordinateur·rice)',
  security,
  responses: { 200: jsonContent(caseloadSchema, 'Les jeunes suivis, le plus urgent d’abord'), ...errors },
});

/** The caller's caseload by urgency, mounted at `/api/dashboard/caseload`. */
export function caseloadRoutes(deps: Deps) {
  const app = createResourceApp();

  app.openapi(caseloadRoute, async (c) => {
    const principal = c.var.principal;
    authorize(principal, 'caseload.read');
    // The policy lets only these two roles through.
    const role = principal.role === 'referent' ? 'referent' : 'coordinateur';
    return c.json(await buildCaseload(deps, { ...principal, role }), 200);
  });

  return app;
}
