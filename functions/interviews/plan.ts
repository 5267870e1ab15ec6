import { createRoute } from '@hono/zod-openapi';
import type { Principal } from '../../shared/auth/principal.js';
import { openYouthFile, readYouthFile } from '../../shared/auth/youth-access.js';
import { planRepo } from '../../shared/db/plan-repo.js';
import { NotFound } from '../../shared/domain/errors.js';
import { answerPlan, type PlanAnswer, proposePlan } from '../../shared/domain/plan.js';
import { messagesForEvent } from '../../shared/domain/reminders.js';
import type { Deps } from '../../shared/http/app-env.js';
import { createResourceApp } from '../../shared/http/create-area-app.js';
import { jsonBody, jsonContent, bearerSecurity as security } from '../../shared/http/openapi-parts.js';
import {
  planHistorySchema,
  planSchema,
  requestPlanChangeSchema,
  respondToPlanSchema,
  savePlanSchema,
} from '../../shared/schemas/interviews.js';
import { conflict, errors, planTags as tags, youthParams } from './route-parts.js';

export const getPlanRoute = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'Projet d’autonomie en cours',
  security,
  request: { params: youthParams },
  responses: { 200: jsonContent(planSchema, 'Projet'), ...errors },
});

export const savePlanRoute = createRoute({
  method: 'put',
  path: '/',
  tags,
  summary: 'Enregistrer le projet (binôme) : proposé au jeune, ou en brouillon',
  security,
  request: { params: youthParams, body: jsonBody(savePlanSchema, 'Objectifs, actions, plans B, version lue (0 pour créer)') },
  responses: { 200: jsonContent(planSchema, 'Projet enregistré'), ...errors, ...conflict },
});

export const signPlanRoute = createRoute({
  method: 'post',
  path: '/sign',
  tags,
  summary: 'Donner mon accord au projet (le jeune)',
  security,
  request: { params: youthParams, body: jsonBody(respondToPlanSchema, 'Version lue') },
  responses: { 200: jsonContent(planSchema, 'Projet signé'), ...errors, ...conflict },
});

export const requestPlanChangeRoute = createRoute({
  method: 'post',
  path: '/change-request',
  tags,
  summary: 'Demander une modification du projet (le jeune)',
  security,
  request: { params: youthParams, body: jsonBody(requestPlanChangeSchema, 'Version lue et message') },
  responses: { 200: jsonContent(planSchema, 'Demande enregistrée'), ...errors, ...conflict },
});

export const planHistoryRoute = createRoute({
  method: 'get',
  path: '/history',
  tags,
  summary: 'Historique de toutes les versions du projet',
  security,
  request: { params: youthParams },
  responses: { 200: jsonContent(planHistorySchema, 'Versions, de la plus ancienne à la plus récente'), ...errors },
});

/** The projet d'autonomie, mounted at `/{youthId}/plan`. Its rules: shared/domain/plan.ts. */
export function planRoutes(deps: Deps) {
  const app = createResourceApp();

  /** The young person's answer to the version they read. */
  async function answer(principal: Principal, youthId: string, response: PlanAnswer) {
    const youth = await openYouthFile(deps, principal, youthId, 'plan.respond', { auditRead: false });
    const current = await planRepo.get(deps.store, youth.departement, youthId);
    if (!current) throw new NotFound('plan.noneToAnswer');
    const { plan, event } = answerPlan(current, response, deps.now());
    await planRepo.write(deps.store, principal, youthId, plan, { expectedVersion: current.version, event }, deps.now());
    return plan;
  }

  app.openapi(getPlanRoute, async (c) => {
    const { youthId } = c.req.valid('param');
    const { data: plan } = await readYouthFile(
      deps,
      c.var.principal,
      youthId,
      'plan.read',
      (youth) => planRepo.get(deps.store, youth.departement, youthId),
      (found) => found === null,
    );
    if (!plan) throw new NotFound('plan.notFound');
    return c.json(plan, 200);
  });

  app.openapi(savePlanRoute, async (c) => {
    const principal = c.var.principal;
    const { youthId } = c.req.valid('param');
    const youth = await openYouthFile(deps, principal, youthId, 'plan.write', { auditRead: false });
    const input = c.req.valid('json');
    const current = await planRepo.get(deps.store, youth.departement, youthId);
    const plan = proposePlan(current, input, principal.name, deps.now());
    const event = plan.status === 'brouillon' ? 'draft_saved' : 'saved';
    const messages = event === 'saved' ? messagesForEvent({ type: 'plan.proposed', youthId }, deps.now()) : [];
    await planRepo.write(deps.store, principal, youthId, plan, { expectedVersion: input.version, event }, deps.now(), messages);
    return c.json(plan, 200);
  });

  app.openapi(signPlanRoute, async (c) => {
    const { youthId } = c.req.valid('param');
    return c.json(await answer(c.var.principal, youthId, { version: c.req.valid('json').version }), 200);
  });

  app.openapi(requestPlanChangeRoute, async (c) => {
    const { youthId } = c.req.valid('param');
    const { version, message } = c.req.valid('json');
    return c.json(await answer(c.var.principal, youthId, { version, changeMessage: message }), 200);
  });

  app.openapi(planHistoryRoute, async (c) => {
    const { youthId } = c.req.valid('param');
    const { data: items } = await readYouthFile(
      deps,
      c.var.principal,
      youthId,
      'plan.read',
      (youth) => planRepo.history(deps.store, youth.departement, youthId),
      (found) => found.length === 0,
    );
    return c.json({ items }, 200);
  });

  return app;
}
