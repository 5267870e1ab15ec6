import { OpenAPIHono } from '@hono/zod-openapi';
import { openYouthFile } from '../../../shared/auth/youth-access.js';
import { supportRepo } from '../../../shared/db/support-repo.js';
import { parisDate } from '../../../shared/domain/calendar-date.js';
import { canDecide, careEndDateAfter, checkSupportDecision, checkSupportRequest } from '../../../shared/domain/support-decisions.js';
import type { AppEnv, Deps } from '../../../shared/http/app-env.js';
import { ApiError, NotFound } from '../../../shared/http/errors.js';
import { validationHook } from '../../../shared/http/validation.js';
import * as routes from './routes.js';

/**
 * Support from 18 to 21 (L222-5, 5°), a sub-resource of a young person's file, mounted by
 * the youth area under `/{youthId}/support-requests` (it inherits the area's middleware).
 */
export function createSupportRequestsApp(deps: Deps) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(routes.listSupportRequestsRoute, async (c) => {
    const youth = await openYouthFile(deps, c.var.principal, c.req.valid('param').youthId, 'support.read');
    return c.json({ items: await supportRepo.list(deps.store, youth.departement, youth.id) }, 200);
  });

  app.openapi(routes.createSupportRequestRoute, async (c) => {
    const principal = c.var.principal;
    const youth = await openYouthFile(deps, principal, c.req.valid('param').youthId, 'support.request', { auditRead: false });
    const input = c.req.valid('json');
    const earlier = await supportRepo.list(deps.store, youth.departement, youth.id);
    const breach = checkSupportRequest(input.kind, {
      birthDate: youth.birthDate,
      careEndDate: youth.careEndDate,
      hasGrantedSupport: earlier.some((request) => request.decisions.some((decision) => decision.outcome === 'accordee')),
      today: parisDate(deps.now()),
    });
    if (breach) throw new ApiError(409, breach.code, breach.message, breach.path ? [{ path: breach.path, message: breach.message }] : []);
    return c.json(await supportRepo.create(deps.store, principal, youth, input, deps.now()), 201);
  });

  app.openapi(routes.decideSupportRequestRoute, async (c) => {
    const principal = c.var.principal;
    const { youthId, requestId } = c.req.valid('param');
    const youth = await openYouthFile(deps, principal, youthId, 'support.decide', { auditRead: false });
    const request = await supportRepo.get(deps.store, youth.departement, youth.id, requestId);
    if (!request) throw new NotFound('Cette demande est introuvable.');
    if (!canDecide(request.status)) {
      throw new ApiError(
        409,
        'SUPPORT_ALREADY_GRANTED',
        'Cette demande a déjà été accordée : pour changer l’accompagnement, il faut une demande de renouvellement.',
      );
    }
    const checked = checkSupportDecision(c.req.valid('json'), { birthDate: youth.birthDate, today: parisDate(deps.now()) });
    if (!checked.ok) {
      const [first] = checked.breaches;
      throw new ApiError(
        400,
        first?.code ?? 'SUPPORT_DECISION_INVALID',
        first?.message ?? 'Décision invalide.',
        checked.breaches.map(({ path, message, code }) => ({ path: `json.${path}`, message, code })),
      );
    }
    const careEndDate = careEndDateAfter(checked.decision, youth.careEndDate);
    const result = await supportRepo.decide(deps.store, principal, youth, request, checked.decision, careEndDate, deps.now());
    return c.json(result.request, 201);
  });

  return app;
}
