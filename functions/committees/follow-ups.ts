import { createRoute } from '@hono/zod-openapi';
import { membershipOf } from '../../shared/auth/committee-access.js';
import { ballotRepo } from '../../shared/db/ballot-repo.js';
import { committeeRepo } from '../../shared/db/committee-repo.js';
import { checkFollowUpAllowed, checkFollowUpAnswersOpen, nextFollowUpAnswersCloseAt } from '../../shared/domain/consultation.js';
import { NotFound } from '../../shared/domain/errors.js';
import type { Deps } from '../../shared/http/app-env.js';
import { createResourceApp } from '../../shared/http/create-area-app.js';
import { conflictResponse, jsonBody, jsonContent, bearerSecurity as security } from '../../shared/http/openapi-parts.js';
import { consultationSchema, followUpResponseSchema, putFollowUpSchema } from '../../shared/schemas/committees.js';
import type { ConsultationService } from './consultation-service.js';
import { errors, followUpParams, tags } from './route-parts.js';

export const putFollowUpRoute = createRoute({
  method: 'put',
  path: '/{questionId}',
  tags,
  summary:
    'Suites données à une question (après publication), et jusqu’à quand les membres peuvent dire si elles répondent à leur question',
  security,
  request: { params: followUpParams, body: jsonBody(putFollowUpSchema, 'Statut et explication') },
  responses: {
    200: jsonContent(consultationSchema, 'Consultation avec ses suites'),
    ...errors,
    ...conflictResponse('NOT_PUBLISHED, ou FOLLOW_UP_ANSWERS_CLOSED : les avis sont clos, leur fin ne bouge plus'),
  },
});

export const answerFollowUpRoute = createRoute({
  method: 'post',
  path: '/{questionId}/responses',
  tags,
  summary: 'Dire, anonymement, si cette suite répond à ma question (membre, une fois, tant que les avis sont ouverts)',
  security,
  request: { params: followUpParams, body: jsonBody(followUpResponseSchema, 'Oui ou non') },
  responses: { 204: { description: 'Fait' }, ...errors, ...conflictResponse('ALREADY_ANSWERED ou FOLLOW_UP_ANSWERS_CLOSED') },
});

/**
 * What was done with each question after publication, and the members' anonymous
 * "does this answer my question", mounted at `/{committeeId}/consultations/{consultationId}/follow-ups`.
 */
export function followUpRoutes(deps: Deps, consultations: ConsultationService) {
  const app = createResourceApp();

  app.openapi(putFollowUpRoute, async (c) => {
    const { committeeId, consultationId, questionId } = c.req.valid('param');
    const principal = c.var.principal;
    const target = await consultations.open(principal, committeeId, consultationId, 'committee.organise');
    checkFollowUpAllowed(target.consultation, questionId);
    const { status, text, answersCloseAt } = c.req.valid('json');
    const now = deps.now();
    const followUp = {
      questionId,
      status,
      text,
      updatedAt: now.toISOString(),
      answersCloseAt: nextFollowUpAnswersCloseAt(target.consultation.followUps[questionId], answersCloseAt, now),
    };
    await committeeRepo.putFollowUp(deps.store, principal.departement, committeeId, consultationId, followUp);
    const updated = { ...target.consultation, followUps: { ...target.consultation.followUps, [questionId]: followUp } };
    return c.json(await consultations.view({ ...target, consultation: updated }), 200);
  });

  app.openapi(answerFollowUpRoute, async (c) => {
    const { committeeId, consultationId, questionId } = c.req.valid('param');
    const { opened, consultation, box } = await consultations.open(c.var.principal, committeeId, consultationId, 'committee.vote');
    const followUp = consultation.followUps[questionId];
    if (!followUp) throw new NotFound('followUp.notFound');
    checkFollowUpAnswersOpen(followUp, deps.now());
    await ballotRepo.answerFollowUp(deps.store, box, questionId, membershipOf(opened).youthId, c.req.valid('json').answersMyQuestion);
    return c.body(null, 204);
  });

  return app;
}
