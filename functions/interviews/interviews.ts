import { createRoute } from '@hono/zod-openapi';
import { openYouthFile, readYouthFile } from '../../shared/auth/youth-access.js';
import { ulid } from '../../shared/crypto/ulid.js';
import { interviewRepo } from '../../shared/db/interview-repo.js';
import { parisDate } from '../../shared/domain/calendar-date.js';
import { NotFound } from '../../shared/domain/errors.js';
import { changeInterview, newInterview } from '../../shared/domain/interview.js';
import { interviewScheduledEvent, messagesForEvent } from '../../shared/domain/reminders.js';
import type { Deps } from '../../shared/http/app-env.js';
import { createResourceApp } from '../../shared/http/create-area-app.js';
import { jsonBody, jsonContent, bearerSecurity as security } from '../../shared/http/openapi-parts.js';
import { idempotencyHeaderSchema } from '../../shared/schemas/common.js';
import { createInterviewSchema, interviewListSchema, interviewSchema, updateInterviewSchema } from '../../shared/schemas/interviews.js';
import { conflict, errors, interviewParams, tags, youthParams } from './route-parts.js';

export const listInterviewsRoute = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'Entretiens du jeune',
  security,
  request: { params: youthParams },
  responses: { 200: jsonContent(interviewListSchema, 'Entretiens, du plus ancien au plus récent'), ...errors },
});

export const createInterviewRoute = createRoute({
  method: 'post',
  path: '/',
  tags,
  summary: 'Créer le compte rendu d’un entretien (binôme)',
  security,
  request: { params: youthParams, headers: idempotencyHeaderSchema, body: jsonBody(createInterviewSchema, 'Entretien') },
  responses: {
    201: jsonContent(interviewSchema, 'Entretien créé'),
    ...errors,
  },
});

export const getInterviewRoute = createRoute({
  method: 'get',
  path: '/{interviewId}',
  tags,
  summary: 'Lire un entretien',
  security,
  request: { params: interviewParams },
  responses: { 200: jsonContent(interviewSchema, 'Entretien'), ...errors },
});

export const updateInterviewRoute = createRoute({
  method: 'patch',
  path: '/{interviewId}',
  tags,
  summary: 'Modifier un entretien (avec la version lue)',
  security,
  request: { params: interviewParams, body: jsonBody(updateInterviewSchema, 'Champs modifiés et version lue') },
  responses: { 200: jsonContent(interviewSchema, 'Entretien modifié'), ...errors, ...conflict },
});

/** Interview records (entretien des 17 ans, follow-up), mounted at `/{youthId}/interviews`. */
export function interviewRoutes(deps: Deps) {
  const app = createResourceApp();

  app.openapi(listInterviewsRoute, async (c) => {
    const { youthId } = c.req.valid('param');
    const { data: items } = await readYouthFile(
      deps,
      c.var.principal,
      youthId,
      'interview.read',
      (youth) => interviewRepo.list(deps.store, youth.departement, youthId),
      (found) => found.length === 0,
    );
    return c.json({ items }, 200);
  });

  app.openapi(createInterviewRoute, async (c) => {
    const { youthId } = c.req.valid('param');
    await openYouthFile(deps, c.var.principal, youthId, 'interview.write', { auditRead: false });
    const now = deps.now();
    const interview = newInterview(ulid(now.getTime()), c.req.valid('json'), now);
    const scheduled = interviewScheduledEvent(youthId, null, interview, parisDate(now));
    const messages = scheduled ? messagesForEvent(scheduled, now) : [];
    return c.json(await interviewRepo.create(deps.store, c.var.principal, youthId, interview, now, messages), 201);
  });

  app.openapi(getInterviewRoute, async (c) => {
    const { youthId, interviewId } = c.req.valid('param');
    const youth = await openYouthFile(deps, c.var.principal, youthId, 'interview.read');
    const interview = await interviewRepo.get(deps.store, youth.departement, youthId, interviewId);
    if (!interview) throw new NotFound('interview.notFound');
    return c.json(interview, 200);
  });

  app.openapi(updateInterviewRoute, async (c) => {
    const { youthId, interviewId } = c.req.valid('param');
    const youth = await openYouthFile(deps, c.var.principal, youthId, 'interview.write', { auditRead: false });
    const current = await interviewRepo.get(deps.store, youth.departement, youthId, interviewId);
    if (!current) throw new NotFound('interview.notFound');
    const now = deps.now();
    const next = changeInterview(current, c.req.valid('json'), now);
    const scheduled = interviewScheduledEvent(youthId, current, next, parisDate(now));
    const messages = scheduled ? messagesForEvent(scheduled, now) : [];
    return c.json(await interviewRepo.update(deps.store, c.var.principal, youthId, next, now, messages), 200);
  });

  return app;
}
