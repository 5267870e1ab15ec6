import { createRoute } from '@hono/zod-openapi';
import { authorize } from '../../shared/auth/authorize.js';
import { staffRepo } from '../../shared/db/staff-repo.js';
import type { Deps } from '../../shared/http/app-env.js';
import { createResourceApp } from '../../shared/http/create-area-app.js';
import { jsonBody, jsonContent, bearerSecurity as security } from '../../shared/http/openapi-parts.js';
import { dashboardSettingsSchema } from '../../shared/schemas/staff.js';
import { errors, tags } from './route-parts.js';

export const getDashboardSettingsRoute = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'Réglages du département pour le binôme et le tableau de bord',
  security,
  responses: { 200: jsonContent(dashboardSettingsSchema, 'Les réglages (valeurs par défaut si jamais enregistrés)'), ...errors },
});

export const putDashboardSettingsRoute = createRoute({
  method: 'put',
  path: '/',
  tags,
  summary: 'Modifier les réglages du tableau de bord (administrateur)',
  security,
  request: { body: jsonBody(dashboardSettingsSchema, 'Les réglages') },
  responses: { 200: jsonContent(dashboardSettingsSchema, 'Réglages enregistrés'), ...errors },
});

/** The département's dashboard settings, mounted at `/api/dashboard/settings`. */
export function dashboardSettingsRoutes(deps: Deps) {
  const app = createResourceApp();

  app.openapi(getDashboardSettingsRoute, async (c) => {
    authorize(c.var.principal, 'dashboardSettings.read');
    return c.json(await staffRepo.getSettings(deps.store, c.var.principal.departement), 200);
  });

  app.openapi(putDashboardSettingsRoute, async (c) => {
    const principal = c.var.principal;
    authorize(principal, 'dashboardSettings.write');
    const settings = c.req.valid('json');
    await staffRepo.putSettings(deps.store, principal.departement, settings, deps.now());
    return c.json(settings, 200);
  });

  return app;
}
