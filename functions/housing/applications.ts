import { createRoute } from '@hono/zod-openapi';
import { openYouthFile } from '../../shared/auth/youth-access.js';
import { ulid } from '../../shared/crypto/ulid.js';
import { housingRepo, type StoredApplication } from '../../shared/db/housing-repo.js';
import { parisDate } from '../../shared/domain/calendar-date.js';
import { InvalidInput, NotFound } from '../../shared/domain/errors.js';
import { draftApplication, formatApplicationNumber, isSolution, transitionApplication } from '../../shared/domain/housing-application.js';
import type { Deps } from '../../shared/http/app-env.js';
import { createResourceApp } from '../../shared/http/create-area-app.js';
import { jsonBody, jsonContent, bearerSecurity as security } from '../../shared/http/openapi-parts.js';
import { idempotencyHeaderSchema } from '../../shared/schemas/common.js';
import { applicationSchema, createApplicationSchema, transitionSchema } from '../../shared/schemas/housing.js';
import { applicationView } from './housing-view.js';
import { applicationParams, conflict, errors, tags, youthParams } from './route-parts.js';

export const createApplicationRoute = createRoute({
  method: 'post',
  path: '/',
  tags,
  summary: 'Ajouter une demande (brouillon) : le jeune ou son binôme ; le binôme la dépose ensuite',
  security,
  request: { params: youthParams, headers: idempotencyHeaderSchema, body: jsonBody(createApplicationSchema, 'Demande') },
  responses: {
    201: jsonContent(applicationSchema, 'Demande créée, avec son numéro'),
    ...errors,
  },
});

export const transitionRoute = createRoute({
  method: 'post',
  path: '/{applicationId}/transitions',
  tags,
  summary: 'Faire avancer une demande (binôme) : statut suivant, date, commentaire ; 409 INVALID_TRANSITION si le statut ne le permet pas',
  security,
  request: { params: applicationParams, body: jsonBody(transitionSchema, 'Nouveau statut et version lue') },
  responses: { 200: jsonContent(applicationSchema, 'Demande à jour'), ...errors, ...conflict },
});

/** Housing applications and their workflow, mounted at `/{youthId}/applications`. Rules: shared/domain/housing-application.ts. */
export function applicationRoutes(deps: Deps) {
  const app = createResourceApp();

  app.openapi(createApplicationRoute, async (c) => {
    const principal = c.var.principal;
    const youth = await openYouthFile(deps, principal, c.req.valid('param').youthId, 'housing.edit', { auditRead: false });
    const input = c.req.valid('json');
    const [settings, partner] = await Promise.all([
      housingRepo.getSettings(deps.store, youth.departement),
      input.partnerId ? housingRepo.getPartner(deps.store, youth.departement, input.partnerId) : null,
    ]);
    const solutionType = settings.solutionTypes.find((type) => type.id === input.solutionTypeId && type.active);
    if (!solutionType) {
      throw new InvalidInput('housing.unknownSolutionType', [{ path: 'json.solutionTypeId', message: 'Type de solution inconnu.' }]);
    }
    if (input.partnerId && !partner) {
      throw new InvalidInput('housing.unknownPartner', [{ path: 'json.partnerId', message: 'Partenaire inconnu.' }]);
    }
    const now = deps.now();
    const today = parisDate(now);
    const year = Number(today.slice(0, 4));
    // The number is taken once the request is known to be valid: a refused request uses none.
    const sequence = await housingRepo.allocateNumber(deps.store, youth.departement, year);
    const application: StoredApplication = {
      ...draftApplication({
        id: ulid(now.getTime()),
        number: formatApplicationNumber(youth.departement, year, sequence),
        partner,
        solutionType,
        numeroUnique: input.numeroUnique,
        comment: input.comment,
        actor: principal,
        now,
        today,
      }),
      referentId: youth.referentId,
      coordinateurId: youth.coordinateurId,
    };
    await housingRepo.createApplication(deps.store, principal, youth, application, now);
    return c.json(applicationView(application, today), 201);
  });

  app.openapi(transitionRoute, async (c) => {
    const principal = c.var.principal;
    const { youthId, applicationId } = c.req.valid('param');
    const youth = await openYouthFile(deps, principal, youthId, 'housing.transition', { auditRead: false });
    const current = await housingRepo.getApplication(deps.store, youth.departement, youth.id, applicationId);
    if (!current) throw new NotFound('housingApplication.notFound');
    const input = c.req.valid('json');
    const now = deps.now();
    const today = parisDate(now);
    const moved = transitionApplication(current, input, principal, now, today);
    // The binôme as it is now: the application moves to the current binôme's queues.
    const next: StoredApplication = {
      ...moved,
      numeroUnique: input.numeroUnique ?? current.numeroUnique,
      referentId: youth.referentId,
      coordinateurId: youth.coordinateurId,
    };
    const expected = { version: current.version, status: current.status };
    await housingRepo.saveTransition(deps.store, principal, youth, next, expected, isSolution(next), now);
    return c.json(applicationView(next, today), 200);
  });

  return app;
}
