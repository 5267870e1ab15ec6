import { createRoute } from '@hono/zod-openapi';
import { authorize } from '../../shared/auth/authorize.js';
import { preparationTemplateRepo } from '../../shared/db/preparation-repo.js';
import type { Deps } from '../../shared/http/app-env.js';
import { createResourceApp } from '../../shared/http/create-area-app.js';
import { conflictResponse, jsonBody, jsonContent, bearerSecurity as security } from '../../shared/http/openapi-parts.js';
import { idempotencyHeaderSchema } from '../../shared/schemas/common.js';
import { preparationSchema, publishTemplateSchema } from '../../shared/schemas/interviews.js';
import { errors, tags } from './route-parts.js';

export const getTemplateRoute = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'Questionnaire de préparation en vigueur dans le département',
  security,
  responses: { 200: jsonContent(preparationSchema.shape.template, 'Questionnaire'), ...errors },
});

export const publishTemplateRoute = createRoute({
  method: 'post',
  path: '/',
  tags,
  summary: 'Publier une nouvelle version du questionnaire (administrateur)',
  security,
  request: { headers: idempotencyHeaderSchema, body: jsonBody(publishTemplateSchema, 'Les questions') },
  responses: {
    201: jsonContent(preparationSchema.shape.template, 'Nouvelle version'),
    ...errors,
    ...conflictResponse('Une autre version vient d’être publiée : rien n’a été publié'),
  },
});

/** The département's preparation questionnaire and its versions, mounted at `/preparation-template`. */
export function preparationTemplateRoutes(deps: Deps) {
  const app = createResourceApp();

  app.openapi(getTemplateRoute, async (c) => {
    authorize(c.var.principal, 'preparationTemplate.read');
    return c.json(await preparationTemplateRepo.current(deps.store, c.var.principal.departement), 200);
  });

  app.openapi(publishTemplateRoute, async (c) => {
    authorize(c.var.principal, 'preparationTemplate.publish');
    const { questions } = c.req.valid('json');
    return c.json(await preparationTemplateRepo.publish(deps.store, c.var.principal.departement, questions, deps.now()), 201);
  });

  return app;
}
