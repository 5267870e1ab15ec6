import { createRoute } from '@hono/zod-openapi';
import { membershipOf } from '../../shared/auth/committee-access.js';
import { ballotRepo } from '../../shared/db/ballot-repo.js';
import { committeeSettingsRepo } from '../../shared/db/committee-settings-repo.js';
import { checkBallot, checkOpenForVoting, consultationStatus } from '../../shared/domain/consultation.js';
import type { Deps } from '../../shared/http/app-env.js';
import { createResourceApp } from '../../shared/http/create-area-app.js';
import { conflictResponse, jsonBody, jsonContent, bearerSecurity as security } from '../../shared/http/openapi-parts.js';
import { acceptedSchema, ballotSchema, feedbackInputSchema } from '../../shared/schemas/committees.js';
import type { ConsultationService } from './consultation-service.js';
import { consultationParams, errors, tags } from './route-parts.js';

export const castBallotRoute = createRoute({
  method: 'post',
  path: '/ballots',
  tags,
  summary: 'Voter (membre, consultation ouverte) : vote secret, un membre une voix',
  security,
  request: { params: consultationParams, body: jsonBody(ballotSchema, 'Réponses par question, avis libre facultatif') },
  responses: {
    201: jsonContent(acceptedSchema, 'Vote enregistré'),
    ...errors,
    ...conflictResponse('ALREADY_VOTED, CONSULTATION_CLOSED ou FEEDBACK_LIMIT_REACHED (avis libres par membre : 3 par défaut)'),
  },
});

export const addFeedbackRoute = createRoute({
  method: 'post',
  path: '/feedback',
  tags,
  summary: 'Donner un avis libre sans voter (membre, consultation ouverte ; 3 avis par membre par défaut)',
  security,
  request: { params: consultationParams, body: jsonBody(feedbackInputSchema, 'L’avis') },
  responses: {
    201: jsonContent(acceptedSchema, 'Avis enregistré'),
    ...errors,
    ...conflictResponse('CONSULTATION_CLOSED ou FEEDBACK_LIMIT_REACHED'),
  },
});

/**
 * A member's secret ballot and free feedback, mounted at
 * `/{committeeId}/consultations/{consultationId}`. No choice and no text is stored with
 * the member's id: only that they voted, and how many feedback texts they gave.
 */
export function ballotRoutes(deps: Deps, consultations: ConsultationService) {
  const app = createResourceApp();

  app.openapi(castBallotRoute, async (c) => {
    const { committeeId, consultationId } = c.req.valid('param');
    const { opened, consultation, box } = await consultations.open(c.var.principal, committeeId, consultationId, 'committee.vote');
    const { answers, feedback } = c.req.valid('json');
    checkBallot(consultation.questions, answers);
    checkOpenForVoting(consultationStatus(consultation, deps.now()));
    const perMember = feedback ? (await committeeSettingsRepo.get(deps.store, box.departement)).feedbackPerMember : 0;
    await ballotRepo.cast(deps.store, box, membershipOf(opened).youthId, answers, feedback ? { text: feedback, perMember } : undefined);
    return c.json({ accepted: true as const }, 201);
  });

  app.openapi(addFeedbackRoute, async (c) => {
    const { committeeId, consultationId } = c.req.valid('param');
    const { opened, consultation, box } = await consultations.open(c.var.principal, committeeId, consultationId, 'committee.vote');
    checkOpenForVoting(consultationStatus(consultation, deps.now()));
    const { feedbackPerMember } = await committeeSettingsRepo.get(deps.store, box.departement);
    await ballotRepo.addFeedback(deps.store, box, membershipOf(opened).youthId, {
      text: c.req.valid('json').text,
      perMember: feedbackPerMember,
    });
    return c.json({ accepted: true as const }, 201);
  });

  return app;
}
