import { createRoute } from '@hono/zod-openapi';
import { openYouthFile, readYouthFile } from '../../shared/auth/youth-access.js';
import { deadlineAlertRepo } from '../../shared/db/deadline-alert-repo.js';
import type { Deps } from '../../shared/http/app-env.js';
import { createResourceApp } from '../../shared/http/create-area-app.js';
import { jsonContent, bearerSecurity as security } from '../../shared/http/openapi-parts.js';
import { errorSchema } from '../../shared/schemas/common.js';
import { deadlineAlertListSchema, deadlineAlertParams, deadlineAlertSchema, deadlineAlertsParams } from '../../shared/schemas/deadlines.js';
import { errors, tags } from './route-parts.js';

export const listDeadlineAlertsRoute = createRoute({
  method: 'get',
  path: '/{youthId}',
  tags,
  summary: 'Les alertes d’échéance d’un jeune (binôme, administrateur), la plus récente d’abord',
  security,
  request: { params: deadlineAlertsParams },
  responses: { 200: jsonContent(deadlineAlertListSchema, 'Les alertes, prises en compte ou non'), ...errors },
});

export const acknowledgeDeadlineAlertRoute = createRoute({
  method: 'post',
  path: '/{youthId}/{alertId}/acknowledge',
  tags,
  summary: 'Prendre en compte une alerte d’échéance (binôme) : elle quitte « Mon suivi »',
  security,
  request: { params: deadlineAlertParams },
  responses: {
    200: jsonContent(deadlineAlertSchema, 'Alerte prise en compte'),
    ...errors,
    409: jsonContent(errorSchema, 'Déjà prise en compte'),
  },
});

/** The daily job's deadline alerts on a file, mounted at `/api/dashboard/alerts`. Staff reads are audited `alert.read`. */
export function deadlineAlertRoutes(deps: Deps) {
  const app = createResourceApp();

  app.openapi(listDeadlineAlertsRoute, async (c) => {
    const { data } = await readYouthFile(
      deps,
      c.var.principal,
      c.req.valid('param').youthId,
      'alert.read',
      (youth) => deadlineAlertRepo.list(deps.store, youth.departement, youth.id),
      (items) => items.length === 0,
    );
    return c.json({ items: data }, 200);
  });

  app.openapi(acknowledgeDeadlineAlertRoute, async (c) => {
    const { youthId, alertId } = c.req.valid('param');
    await openYouthFile(deps, c.var.principal, youthId, 'alert.acknowledge', { auditRead: false });
    return c.json(await deadlineAlertRepo.acknowledge(deps.store, c.var.principal, youthId, alertId, deps.now()), 200);
  });

  return app;
}
