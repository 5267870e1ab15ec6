import { createRoute } from '@hono/zod-openapi';
import { openCommittee } from '../../shared/auth/committee-access.js';
import type { Deps } from '../../shared/http/app-env.js';
import { createResourceApp } from '../../shared/http/create-area-app.js';
import { conflictResponse, jsonBody, jsonContent, bearerSecurity as security } from '../../shared/http/openapi-parts.js';
import {
  consultationListSchema,
  consultationSchema,
  createConsultationSchema,
  createdConsultationSchema,
  resultsSchema,
} from '../../shared/schemas/committees.js';
import { idempotencyHeaderSchema } from '../../shared/schemas/common.js';
import type { ConsultationService } from './consultation-service.js';
import { committeeParams, consultationParams, errors, tags } from './route-parts.js';

export const createConsultationRoute = createRoute({
  method: 'post',
  path: '/',
  tags,
  summary: 'Créer une consultation (questions, ouverture, clôture, seuil)',
  security,
  request: { params: committeeParams, headers: idempotencyHeaderSchema, body: jsonBody(createConsultationSchema, 'La consultation') },
  responses: { 201: jsonContent(createdConsultationSchema, 'Consultation créée, avec les avertissements à l’organisateur'), ...errors },
});

export const listConsultationsRoute = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'Consultations du comité, avec leur statut et le nombre de participations',
  security,
  request: { params: committeeParams },
  responses: { 200: jsonContent(consultationListSchema, 'Consultations'), ...errors },
});

export const getConsultationRoute = createRoute({
  method: 'get',
  path: '/{consultationId}',
  tags,
  summary: 'Lire une consultation',
  security,
  request: { params: consultationParams },
  responses: { 200: jsonContent(consultationSchema, 'Consultation'), ...errors },
});

export const closeConsultationRoute = createRoute({
  method: 'post',
  path: '/{consultationId}/close',
  tags,
  summary: 'Clore la consultation maintenant',
  security,
  request: { params: consultationParams },
  responses: { 200: jsonContent(consultationSchema, 'Consultation close'), ...errors },
});

export const publishConsultationRoute = createRoute({
  method: 'post',
  path: '/{consultationId}/publish',
  tags,
  summary: 'Publier les résultats aux membres (consultation close, seuil atteint)',
  security,
  request: { params: consultationParams },
  responses: {
    200: jsonContent(consultationSchema, 'Résultats publiés'),
    ...errors,
    ...conflictResponse('CONSULTATION_OPEN ou RESULTS_WITHHELD'),
  },
});

export const resultsRoute = createRoute({
  method: 'get',
  path: '/{consultationId}/results',
  tags,
  summary: 'Résultats : scellés pendant le vote et sous le seuil ; aux membres une fois publiés',
  security,
  request: { params: consultationParams },
  responses: { 200: jsonContent(resultsSchema, 'Résultats'), ...errors },
});

/** A committee's consultations, their closing, publication and results, mounted at `/{committeeId}/consultations`. */
export function consultationRoutes(deps: Deps, consultations: ConsultationService) {
  const app = createResourceApp();

  app.openapi(createConsultationRoute, async (c) => {
    const opened = await openCommittee(deps, c.var.principal, c.req.valid('param').committeeId, 'committee.organise');
    return c.json(await consultations.create(c.var.principal, opened, c.req.valid('json')), 201);
  });

  app.openapi(listConsultationsRoute, async (c) => {
    const opened = await openCommittee(deps, c.var.principal, c.req.valid('param').committeeId, 'committee.read');
    return c.json({ items: await consultations.list(c.var.principal, opened) }, 200);
  });

  app.openapi(getConsultationRoute, async (c) => {
    const { committeeId, consultationId } = c.req.valid('param');
    const target = await consultations.open(c.var.principal, committeeId, consultationId, 'committee.read');
    return c.json(await consultations.read(target), 200);
  });

  app.openapi(closeConsultationRoute, async (c) => {
    const { committeeId, consultationId } = c.req.valid('param');
    const target = await consultations.open(c.var.principal, committeeId, consultationId, 'committee.organise');
    return c.json(await consultations.close(c.var.principal, target), 200);
  });

  app.openapi(publishConsultationRoute, async (c) => {
    const { committeeId, consultationId } = c.req.valid('param');
    const target = await consultations.open(c.var.principal, committeeId, consultationId, 'committee.organise');
    return c.json(await consultations.publish(c.var.principal, target), 200);
  });

  app.openapi(resultsRoute, async (c) => {
    const { committeeId, consultationId } = c.req.valid('param');
    const target = await consultations.open(c.var.principal, committeeId, consultationId, 'committee.read');
    return c.json(await consultations.results(target), 200);
  });

  return app;
}
