import { createRoute } from '@hono/zod-openapi';
import { authorize } from '../../shared/auth/authorize.js';
import { can } from '../../shared/auth/policy.js';
import { auditRepo } from '../../shared/db/audit-repo.js';
import { rgpdRequestRepo } from '../../shared/db/rgpd-request-repo.js';
import { youthRepo } from '../../shared/db/youth-repo.js';
import { parisDate } from '../../shared/domain/calendar-date.js';
import { compareRgpdRequestsByDue, isLateRgpdRequest } from '../../shared/domain/rgpd-requests.js';
import type { Deps } from '../../shared/http/app-env.js';
import { createResourceApp } from '../../shared/http/create-area-app.js';
import { jsonContent, bearerSecurity as security } from '../../shared/http/openapi-parts.js';
import { type OpenRgpdRequest, openRgpdRequestListSchema } from '../../shared/schemas/rgpd-requests.js';
import { errors, tags } from './route-parts.js';

export const listOpenRgpdRequestsRoute = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'Les demandes RGPD du département qui attendent une réponse, en retard d’abord puis par échéance (administrateur)',
  description:
    'Noms, nature et dates, jamais le texte du jeune. Chaque jeune de la liste a une entrée `rgpdRequest.list` dans son journal des accès, écrite avant la réponse.',
  security,
  responses: { 200: jsonContent(openRgpdRequestListSchema, 'Les demandes ouvertes'), ...errors },
});

/**
 * The département's requests about data still open, mounted at `/dashboard/rgpd-requests`:
 * the admins answer them in the controller's name, whoever the binôme (who sees theirs in
 * « Mon suivi »). One Query of the open requests' index and one BatchGetItem of the profiles.
 */
export function openRgpdRequestRoutes(deps: Deps) {
  const app = createResourceApp();

  app.openapi(listOpenRgpdRequestsRoute, async (c) => {
    const principal = c.var.principal;
    authorize(principal, 'rgpdRequests.list');
    const open = await rgpdRequestRepo.listOpen(deps.store, principal.departement);
    const profiles = await youthRepo.getMany(deps.store, principal.departement, [...new Set(open.map((request) => request.youthId))]);
    // The policy is asked again per file, with the file as it is now.
    const youthById = new Map(
      profiles.filter((youth) => can(principal, 'rgpdRequest.read', youth) === 'allow').map((youth) => [youth.id, youth]),
    );
    const now = deps.now();
    const today = parisDate(now);
    await Promise.all([...youthById.keys()].map((youthId) => auditRepo.record(deps.store, principal, youthId, 'rgpdRequest.list', now)));
    const items = open.sort(compareRgpdRequestsByDue).flatMap((request): OpenRgpdRequest[] => {
      const youth = youthById.get(request.youthId);
      if (!youth) return [];
      return [
        {
          youthId: youth.id,
          firstName: youth.firstName,
          lastName: youth.lastName,
          requestId: request.id,
          kind: request.kind,
          status: request.status,
          receivedOn: request.receivedOn,
          dueOn: request.dueOn,
          extended: request.extension !== null,
          late: isLateRgpdRequest(request, today),
          archived: youth.fileState !== 'actif',
        },
      ];
    });
    return c.json({ items }, 200);
  });

  return app;
}
