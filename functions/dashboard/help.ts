import { createRoute } from '@hono/zod-openapi';
import { authorize } from '../../shared/auth/authorize.js';
import { noteYoungPersonContact } from '../../shared/auth/young-person-contact.js';
import { openYouthFile } from '../../shared/auth/youth-access.js';
import { helpRepo } from '../../shared/db/help-repo.js';
import { staffRepo } from '../../shared/db/staff-repo.js';
import { youthRepo } from '../../shared/db/youth-repo.js';
import { parisDate } from '../../shared/domain/calendar-date.js';
import { NotFound } from '../../shared/domain/errors.js';
import { helpNumbers } from '../../shared/domain/help.js';
import { messagesForEvent } from '../../shared/domain/reminders.js';
import type { Deps } from '../../shared/http/app-env.js';
import { createResourceApp } from '../../shared/http/create-area-app.js';
import { jsonBody, jsonContent, bearerSecurity as security } from '../../shared/http/openapi-parts.js';
import { errorSchema, idempotencyHeaderSchema } from '../../shared/schemas/common.js';
import {
  helpAlertListSchema,
  helpAlertParams,
  helpAlertSchema,
  helpAnswerSchema,
  helpParams,
  raiseHelpSchema,
} from '../../shared/schemas/staff.js';
import { errors, tags } from './route-parts.js';

export const raiseHelpRoute = createRoute({
  method: 'post',
  path: '/',
  tags,
  summary: '« J’ai besoin d’aide » : alerte urgente au binôme, et les numéros qui répondent tout de suite (le jeune)',
  security,
  request: { headers: idempotencyHeaderSchema, body: jsonBody(raiseHelpSchema, 'Ce qui se passe') },
  responses: {
    201: jsonContent(helpAnswerSchema, 'Alerte envoyée ; les numéros à appeler maintenant'),
    ...errors,
  },
});

export const listHelpRoute = createRoute({
  method: 'get',
  path: '/{youthId}',
  tags,
  summary: 'Les alertes « J’ai besoin d’aide » d’un jeune, la plus récente d’abord',
  security,
  request: { params: helpParams },
  responses: { 200: jsonContent(helpAlertListSchema, 'Les alertes'), ...errors },
});

export const acknowledgeHelpRoute = createRoute({
  method: 'post',
  path: '/{youthId}/{alertId}/acknowledge',
  tags,
  summary: 'Prendre en compte une alerte « J’ai besoin d’aide » (binôme)',
  security,
  request: { params: helpAlertParams },
  responses: {
    200: jsonContent(helpAlertSchema, 'Alerte prise en compte'),
    ...errors,
    409: jsonContent(errorSchema, 'Déjà prise en compte'),
  },
});

/** « J'ai besoin d'aide », mounted at `/api/dashboard/help`. The body is a choice among three, never logged (no body is). */
export function helpRoutes(deps: Deps) {
  const app = createResourceApp();

  app.openapi(raiseHelpRoute, async (c) => {
    const principal = c.var.principal;
    authorize(principal, 'youth.readOwn');
    const youth = await youthRepo.getByAccount(deps.store, principal.departement, principal.sub);
    if (!youth) throw new NotFound('youthFile.noneForAccount');
    authorize(principal, 'help.raise', youth, 'youthFile.notFound');
    // Asking for help brings an archived file back to the active base, and so to the binôme's lists.
    if (youth.fileState === 'archive_intermediaire') await youthRepo.reopen(deps.store, principal, youth, deps.now(), null);
    await noteYoungPersonContact(deps, principal, youth);
    const { reason } = c.req.valid('json');
    const messages = messagesForEvent({ type: 'help.raised', binome: [youth.referentId, youth.coordinateurId] }, deps.now());
    const [settings, alert] = await Promise.all([
      staffRepo.getSettings(deps.store, principal.departement),
      helpRepo.raise(deps.store, principal.departement, youth.id, reason, deps.now(), messages),
    ]);
    const numbers = helpNumbers({
      reason,
      birthDate: youth.birthDate,
      today: parisDate(deps.now()),
      outOfHoursNumber: settings.outOfHoursNumber,
    });
    return c.json({ alert, numbers, binomeHours: settings.binomeHours }, 201);
  });

  app.openapi(listHelpRoute, async (c) => {
    const youth = await openYouthFile(deps, c.var.principal, c.req.valid('param').youthId, 'help.read');
    return c.json({ items: await helpRepo.list(deps.store, youth.departement, youth.id) }, 200);
  });

  app.openapi(acknowledgeHelpRoute, async (c) => {
    const { youthId, alertId } = c.req.valid('param');
    await openYouthFile(deps, c.var.principal, youthId, 'help.acknowledge', { auditRead: false });
    return c.json(await helpRepo.acknowledge(deps.store, c.var.principal, youthId, alertId, deps.now()), 200);
  });

  return app;
}
