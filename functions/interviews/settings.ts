import { createRoute } from '@hono/zod-openapi';
import { authorize } from '../../shared/auth/authorize.js';
import { interviewSettingsRepo } from '../../shared/db/settings-repo.js';
import type { Deps } from '../../shared/http/app-env.js';
import { createResourceApp } from '../../shared/http/create-area-app.js';
import { jsonBody, jsonContent, bearerSecurity as security } from '../../shared/http/openapi-parts.js';
import { interviewSettingsSchema } from '../../shared/schemas/interviews.js';
import { errors, tags } from './route-parts.js';

export const getSettingsRoute = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'Réglages du département (objectif de date de l’entretien des 17 ans)',
  security,
  responses: { 200: jsonContent(interviewSettingsSchema, 'Réglages'), ...errors },
});

export const putSettingsRoute = createRoute({
  method: 'put',
  path: '/',
  tags,
  summary: 'Modifier les réglages du département (administrateur)',
  security,
  request: { body: jsonBody(interviewSettingsSchema, 'Réglages') },
  responses: { 200: jsonContent(interviewSettingsSchema, 'Réglages enregistrés'), ...errors },
});

/** The département's interview settings, mounted at `/settings`. */
export function settingsRoutes(deps: Deps) {
  const app = createResourceApp();

  app.openapi(getSettingsRoute, async (c) => {
    authorize(c.var.principal, 'interviewSettings.read');
    return c.json(await interviewSettingsRepo.get(deps.store, c.var.principal.departement), 200);
  });

  app.openapi(putSettingsRoute, async (c) => {
    authorize(c.var.principal, 'interviewSettings.write');
    const settings = c.req.valid('json');
    await interviewSettingsRepo.put(deps.store, c.var.principal.departement, settings, deps.now());
    return c.json(settings, 200);
  });

  return app;
}
