import { createRoute } from '@hono/zod-openapi';
import { authorize } from '../../shared/auth/authorize.js';
import { committeeSettingsRepo } from '../../shared/db/committee-settings-repo.js';
import type { Deps } from '../../shared/http/app-env.js';
import { createResourceApp } from '../../shared/http/create-area-app.js';
import { jsonBody, jsonContent, bearerSecurity as security } from '../../shared/http/openapi-parts.js';
import { committeeSettingsSchema } from '../../shared/schemas/committees.js';
import { errors, tags } from './route-parts.js';

export const getCommitteeSettingsRoute = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'Réglages des comités du département : seuil d’anonymat, avis libres par membre',
  security,
  responses: { 200: jsonContent(committeeSettingsSchema, 'Réglages'), ...errors },
});

export const putCommitteeSettingsRoute = createRoute({
  method: 'put',
  path: '/',
  tags,
  summary: 'Modifier les réglages des comités (administrateur) ; le seuil d’anonymat peut être relevé au-dessus de 5, jamais abaissé',
  security,
  request: { body: jsonBody(committeeSettingsSchema, 'Réglages') },
  responses: { 200: jsonContent(committeeSettingsSchema, 'Réglages enregistrés'), ...errors },
});

/** The département's committee settings, mounted at `/settings`. */
export function committeeSettingsRoutes(deps: Deps) {
  const app = createResourceApp();

  app.openapi(getCommitteeSettingsRoute, async (c) => {
    authorize(c.var.principal, 'committeeSettings.read');
    return c.json(await committeeSettingsRepo.get(deps.store, c.var.principal.departement), 200);
  });

  app.openapi(putCommitteeSettingsRoute, async (c) => {
    authorize(c.var.principal, 'committeeSettings.write');
    const settings = c.req.valid('json');
    await committeeSettingsRepo.put(deps.store, c.var.principal.departement, settings, deps.now());
    return c.json(settings, 200);
  });

  return app;
}
