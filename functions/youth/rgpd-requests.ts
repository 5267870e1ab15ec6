import { createRoute } from '@hono/zod-openapi';
import type { Principal } from '../../shared/auth/principal.js';
import { openYouthFile, readYouthFile } from '../../shared/auth/youth-access.js';
import { rgpdRequestRepo, type StoredRgpdRequest } from '../../shared/db/rgpd-request-repo.js';
import { parisDate } from '../../shared/domain/calendar-date.js';
import { InvalidInput, NotFound, RuleViolation } from '../../shared/domain/errors.js';
import {
  checkRgpdAnswer,
  checkRgpdExtension,
  isLateRgpdRequest,
  rgpdExtendedDueOn,
  rgpdRequestDates,
} from '../../shared/domain/rgpd-requests.js';
import type { Deps } from '../../shared/http/app-env.js';
import { createResourceApp } from '../../shared/http/create-area-app.js';
import { errorResponses, jsonBody, jsonContent, bearerSecurity as security } from '../../shared/http/openapi-parts.js';
import { errorSchema, idempotencyHeaderSchema } from '../../shared/schemas/common.js';
import {
  answerRgpdRequestSchema,
  createRgpdRequestSchema,
  extendRgpdRequestSchema,
  type RgpdRequest,
  rgpdRequestListSchema,
  rgpdRequestParams,
  rgpdRequestSchema,
  rgpdRequestsParams,
} from '../../shared/schemas/rgpd-requests.js';

const tags = ['Demandes RGPD'];
const errors = errorResponses('Dossier ou demande introuvable, ou inaccessible');

/** A stored request as the API gives it, `late` on the day it is read. */
export function withLateness(request: StoredRgpdRequest, today: string): RgpdRequest {
  return { ...request, late: isLateRgpdRequest(request, today) };
}

export const listRgpdRequestsRoute = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'Les demandes du jeune sur ses données (RGPD art. 15 à 21), avec leurs réponses (le jeune, son binôme, l’administrateur)',
  security,
  request: { params: rgpdRequestsParams },
  responses: { 200: jsonContent(rgpdRequestListSchema, 'Les demandes, de la plus ancienne à la plus récente'), ...errors },
});

export const createRgpdRequestRoute = createRoute({
  method: 'post',
  path: '/',
  tags,
  summary: 'Faire une demande sur ses données : accès, rectification, effacement, limitation, opposition (le jeune)',
  description:
    'Reçue le jour même (heure de Paris) ; la réponse est due un mois après (RGPD art. 12.3). Une rectification dit ce qui est inexact. La demande compte comme un contact du jeune pour la conservation de son dossier.',
  security,
  request: { params: rgpdRequestsParams, headers: idempotencyHeaderSchema, body: jsonBody(createRgpdRequestSchema, 'La demande') },
  responses: {
    201: jsonContent(rgpdRequestSchema, 'Demande enregistrée, transmise au binôme et aux administrateurs'),
    ...errors,
  },
});

export const answerRgpdRequestRoute = createRoute({
  method: 'post',
  path: '/{rgpdRequestId}/answer',
  tags,
  summary: 'Répondre à une demande RGPD (binôme, administrateur) : acceptée, refusée avec les motifs, ou faite',
  security,
  request: { params: rgpdRequestParams, headers: idempotencyHeaderSchema, body: jsonBody(answerRgpdRequestSchema, 'La réponse') },
  responses: {
    200: jsonContent(rgpdRequestSchema, 'Réponse enregistrée ; la demande avec toutes ses réponses'),
    ...errors,
    409: jsonContent(errorSchema, 'Demande déjà refusée ou faite, ou répondue entre-temps : rien n’a été enregistré'),
  },
});

export const extendRgpdRequestRoute = createRoute({
  method: 'post',
  path: '/{rgpdRequestId}/extension',
  tags,
  summary: 'Prolonger de deux mois le délai de réponse, avec les motifs lus par le jeune (binôme, administrateur ; RGPD art. 12.3)',
  description:
    'Une fois par demande, tant qu’elle est ouverte et au plus tard le dernier jour de son premier mois : la réponse est alors due trois mois après la réception.',
  security,
  request: { params: rgpdRequestParams, headers: idempotencyHeaderSchema, body: jsonBody(extendRgpdRequestSchema, 'Les motifs') },
  responses: {
    200: jsonContent(rgpdRequestSchema, 'Délai prolongé ; la demande avec sa nouvelle échéance'),
    ...errors,
    409: jsonContent(
      errorSchema,
      'RGPD_REQUEST_CLOSED (refusée ou faite), RGPD_ALREADY_EXTENDED, RGPD_EXTENSION_TOO_LATE (premier mois écoulé) ou VERSION_CONFLICT (répondue entre-temps) : rien n’a été enregistré',
    ),
  },
});

/**
 * The young person's requests about their data, mounted at `/{youthId}/rgpd-requests`: the
 * young person asks from « Mon dossier », their binôme and the département's admins answer
 * within a month (or three, once extended); staff reads are audited `rgpdRequest.read`, answers
 * `rgpdRequest.answer`, extensions `rgpdRequest.extend`.
 */
export function rgpdRequestRoutes(deps: Deps) {
  const app = createResourceApp();

  app.openapi(listRgpdRequestsRoute, async (c) => {
    const { data } = await readYouthFile(
      deps,
      c.var.principal,
      c.req.valid('param').youthId,
      'rgpdRequest.read',
      (youth) => rgpdRequestRepo.list(deps.store, youth.departement, youth.id),
      (found) => found.length === 0,
    );
    const today = parisDate(deps.now());
    return c.json({ items: data.map((request) => withLateness(request, today)) }, 200);
  });

  app.openapi(createRgpdRequestRoute, async (c) => {
    // Opening their own file notes the young person's contact (retention), as every request of theirs does.
    const youth = await openYouthFile(deps, c.var.principal, c.req.valid('param').youthId, 'rgpdRequest.make', { auditRead: false });
    const { kind, details } = c.req.valid('json');
    const now = deps.now();
    const request = await rgpdRequestRepo.create(
      deps.store,
      youth.departement,
      youth.id,
      { kind, details: details ? details : null, ...rgpdRequestDates(now) },
      now,
    );
    return c.json(withLateness(request, parisDate(now)), 201);
  });

  /** The request a staff member answers (or extends), once the policy lets them answer on the file; 404 when it is not there. */
  async function requestToAnswer(principal: Principal, { youthId, rgpdRequestId }: { youthId: string; rgpdRequestId: string }) {
    const youth = await openYouthFile(deps, principal, youthId, 'rgpdRequest.answer', { auditRead: false });
    const request = await rgpdRequestRepo.get(deps.store, youth.departement, youth.id, rgpdRequestId);
    if (!request) throw new NotFound('rgpdRequest.notFound');
    return request;
  }

  app.openapi(answerRgpdRequestRoute, async (c) => {
    const principal = c.var.principal;
    const request = await requestToAnswer(principal, c.req.valid('param'));
    const input = c.req.valid('json');
    const broken = checkRgpdAnswer(request.status, input);
    if (broken === 'rgpdRequest.invalidTransition') throw new RuleViolation(broken);
    if (broken) throw new InvalidInput(broken, [{ path: 'json.text', message: 'Les motifs du refus sont obligatoires.' }]);
    const now = deps.now();
    const answered = await rgpdRequestRepo.answer(
      deps.store,
      principal,
      request,
      { status: input.status, text: input.text ? input.text : null },
      now,
    );
    return c.json(withLateness(answered, parisDate(now)), 200);
  });

  app.openapi(extendRgpdRequestRoute, async (c) => {
    const principal = c.var.principal;
    // Telling the young person about the delay is part of answering them: the same people may.
    const request = await requestToAnswer(principal, c.req.valid('param'));
    const now = deps.now();
    const today = parisDate(now);
    const broken = checkRgpdExtension(request, today);
    if (broken) throw new RuleViolation(broken);
    const extended = await rgpdRequestRepo.extend(
      deps.store,
      principal,
      request,
      c.req.valid('json').reasons,
      rgpdExtendedDueOn(request.receivedOn),
      now,
    );
    return c.json(withLateness(extended, today), 200);
  });

  return app;
}
