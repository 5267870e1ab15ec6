import { createRoute } from '@hono/zod-openapi';
import { openYouthFile, readYouthFile } from '../../shared/auth/youth-access.js';
import { supportRepo } from '../../shared/db/support-repo.js';
import { youthRepo } from '../../shared/db/youth-repo.js';
import { parisDate } from '../../shared/domain/calendar-date.js';
import { InvalidInput, NotFound, RuleViolation } from '../../shared/domain/errors.js';
import { messagesForEvent } from '../../shared/domain/reminders.js';
import { canDecide, careEndDateAfter, checkSupportDecision, checkSupportRequest } from '../../shared/domain/support-decisions.js';
import type { Deps } from '../../shared/http/app-env.js';
import { createResourceApp } from '../../shared/http/create-area-app.js';
import { bearerSecurity, errorResponses, jsonBody, jsonContent } from '../../shared/http/openapi-parts.js';
import { errorSchema, idempotencyHeaderSchema, idSchema } from '../../shared/schemas/common.js';
import {
  createSupportRequestSchema,
  decideSupportRequestSchema,
  supportRequestListSchema,
  supportRequestSchema,
} from '../../shared/schemas/support.js';
import * as z from '../../shared/schemas/zod-openapi.js';

const tags = ['Accompagnement 18-21 ans'];
const security = bearerSecurity;
const youthParams = z.object({ youthId: idSchema.openapi({ param: { name: 'youthId', in: 'path' } }) });
const requestParams = youthParams.extend({ requestId: idSchema.openapi({ param: { name: 'requestId', in: 'path' } }) });
const errors = errorResponses('Dossier ou demande introuvable, ou inaccessible');

export const listSupportRequestsRoute = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'Demandes d’accompagnement jeune majeur et décisions (le jeune, son binôme, l’administrateur)',
  security,
  request: { params: youthParams },
  responses: {
    200: jsonContent(supportRequestListSchema, 'Demandes, de la plus ancienne à la plus récente, avec leurs décisions'),
    ...errors,
  },
});

export const createSupportRequestRoute = createRoute({
  method: 'post',
  path: '/',
  tags,
  summary: 'Demander un accompagnement de 18 à 21 ans (le jeune, ou son binôme avec lui)',
  security,
  request: { params: youthParams, headers: idempotencyHeaderSchema, body: jsonBody(createSupportRequestSchema, 'La demande') },
  responses: {
    201: jsonContent(supportRequestSchema, 'Demande enregistrée, en attente de décision'),
    ...errors,
    409: jsonContent(
      errorSchema,
      'Demande impossible dans la situation du dossier (21 ans passés, retour sans sortie, renouvellement sans accord), ou même requête déjà en cours',
    ),
  },
});

export const decideSupportRequestRoute = createRoute({
  method: 'post',
  path: '/{requestId}/decision',
  tags,
  summary: 'Décider d’une demande (administrateur du département) : accord daté ou refus motivé',
  description:
    'Un accord fixe le début (18 ans au plus tôt) et la fin (21 ans au plus tard, ou la fin de l’année scolaire ou universitaire en cours : au plus tard le premier 31 août qui suit les 21 ans) ; la date de fin de prise en charge du dossier suit. Un refus est motivé et peut être contesté dans les deux mois.',
  security,
  request: { params: requestParams, headers: idempotencyHeaderSchema, body: jsonBody(decideSupportRequestSchema, 'La décision') },
  responses: {
    201: jsonContent(supportRequestSchema, 'Décision enregistrée ; la demande avec toutes ses décisions'),
    ...errors,
    409: jsonContent(errorSchema, 'Demande déjà accordée, ou dossier ou demande modifiés entre-temps : rien n’a été enregistré'),
  },
});

/**
 * Support from 18 to 21 (L222-5, 5°) on a young person's file, mounted at
 * `/{youthId}/support-requests`: the young person (or their binôme with them) asks, an
 * admin of the département decides, and the file's care end date follows a grant.
 */
export function supportRequestRoutes(deps: Deps) {
  const app = createResourceApp();

  app.openapi(listSupportRequestsRoute, async (c) => {
    const { data: items } = await readYouthFile(
      deps,
      c.var.principal,
      c.req.valid('param').youthId,
      'support.read',
      (youth) => supportRepo.list(deps.store, youth.departement, youth.id),
      (found) => found.length === 0,
    );
    return c.json({ items }, 200);
  });

  app.openapi(createSupportRequestRoute, async (c) => {
    const principal = c.var.principal;
    const youth = await openYouthFile(deps, principal, c.req.valid('param').youthId, 'support.request', { auditRead: false });
    const input = c.req.valid('json');
    const earlier = await supportRepo.list(deps.store, youth.departement, youth.id);
    const refusal = checkSupportRequest(input.kind, {
      birthDate: youth.birthDate,
      careEndDate: youth.careEndDate,
      hasGrantedSupport: earlier.some((request) => request.decisions.some((decision) => decision.outcome === 'accordee')),
      today: parisDate(deps.now()),
    });
    if (refusal) throw new RuleViolation(refusal);
    // A young person who comes back under the support from 18 to 21 brings their archived file back with them.
    const file =
      youth.fileState === 'archive_intermediaire' ? await youthRepo.reopen(deps.store, principal, youth, deps.now(), null) : youth;
    return c.json(await supportRepo.create(deps.store, principal, file, input, deps.now()), 201);
  });

  app.openapi(decideSupportRequestRoute, async (c) => {
    const principal = c.var.principal;
    const { youthId, requestId } = c.req.valid('param');
    const youth = await openYouthFile(deps, principal, youthId, 'support.decide', { auditRead: false });
    const request = await supportRepo.get(deps.store, youth.departement, youth.id, requestId);
    if (!request) throw new NotFound('supportRequest.notFound');
    if (!canDecide(request.status)) throw new RuleViolation('supportRequest.alreadyGranted');
    const checked = checkSupportDecision(c.req.valid('json'), { birthDate: youth.birthDate, today: parisDate(deps.now()) });
    if (!checked.ok) {
      const details = checked.breaches.map(({ path, message }) => ({ path: `json.${path}`, message }));
      throw new InvalidInput(checked.breaches[0]?.code ?? 'supportDecision.invalid', details);
    }
    const careEndDate = careEndDateAfter(checked.decision, youth.careEndDate);
    const now = deps.now();
    const messages = messagesForEvent({ type: 'support.decided', youthId: youth.id }, now);
    const result = await supportRepo.decide(deps.store, principal, youth, request, checked.decision, careEndDate, now, messages);
    return c.json(result.request, 201);
  });

  return app;
}
