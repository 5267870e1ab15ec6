import { createRoute } from '@hono/zod-openapi';
import { authorize } from '../../shared/auth/authorize.js';
import type { Deps } from '../../shared/http/app-env.js';
import { createResourceApp } from '../../shared/http/create-area-app.js';
import { jsonContent, bearerSecurity as security } from '../../shared/http/openapi-parts.js';
import { queuePageSchema, queueQuerySchema } from '../../shared/schemas/housing.js';
import { housingQueuePage, queueScopeOf } from './queue-page.js';
import { errors, tags } from './route-parts.js';

export const queueRoute = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'File des demandes par statut, la plus ancienne d’abord (binôme : ses jeunes ; administrateur : le département)',
  security,
  request: { query: queueQuerySchema },
  responses: { 200: jsonContent(queuePageSchema, 'Une page de la file'), ...errors },
});

/** The staff's queue of applications, mounted at `/queue`. */
export function queueRoutes(deps: Deps) {
  const app = createResourceApp();

  app.openapi(queueRoute, async (c) => {
    const principal = c.var.principal;
    authorize(principal, 'housingQueue.read');
    return c.json(await housingQueuePage(deps, principal, queueScopeOf(principal), c.req.valid('query')), 200);
  });

  return app;
}
