import { createRoute } from '@hono/zod-openapi';
import { authorize } from '../../shared/auth/authorize.js';
import { housingRepo } from '../../shared/db/housing-repo.js';
import type { Deps } from '../../shared/http/app-env.js';
import { createResourceApp } from '../../shared/http/create-area-app.js';
import { jsonBody, jsonContent, bearerSecurity as security } from '../../shared/http/openapi-parts.js';
import { housingSettingsSchema } from '../../shared/schemas/housing.js';
import { errors, tags } from './route-parts.js';

export const getSettingsRoute = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'Réglages logement du département : types de solution, délai de l’alerte',
  security,
  responses: { 200: jsonContent(housingSettingsSchema, 'Réglages'), ...errors },
});

export const putSettingsRoute = createRoute({
  method: 'put',
  path: '/',
  tags,
  summary: 'Modifier les réglages logement (administrateur)',
  security,
  request: { body: jsonBody(housingSettingsSchema, 'Réglages') },
  responses: { 200: jsonContent(housingSettingsSchema, 'Réglages enregistrés'), ...errors },
});

/** The département's housing settings, mounted at `/settings`. */
export function settingsRoutes(deps: Deps) {
  const app = createResourceApp();

  app.openapi(getSettingsRoute, async (c) => {
    authorize(c.var.principal, 'housingSettings.read');
    return c.json(await housingRepo.getSettings(deps.store, c.var.principal.departement), 200);
  });

  app.openapi(putSettingsRoute, async (c) => {
    authorize(c.var.principal, 'housingSettings.write');
    const settings = c.req.valid('json');
    await housingRepo.putSettings(deps.store, c.var.principal.departement, settings, deps.now());
    return c.json(settings, 200);
  });

  return app;
}
