import { createRoute } from '@hono/zod-openapi';
import { readYouthFile } from '../../shared/auth/youth-access.js';
import { housingRepo } from '../../shared/db/housing-repo.js';
import { parisDate } from '../../shared/domain/calendar-date.js';
import type { Deps } from '../../shared/http/app-env.js';
import { createResourceApp } from '../../shared/http/create-area-app.js';
import { jsonContent, bearerSecurity as security } from '../../shared/http/openapi-parts.js';
import { housingFileSchema } from '../../shared/schemas/housing.js';
import { housingFileView } from './housing-view.js';
import { errors, tags, youthParams } from './route-parts.js';

export const getFileRoute = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'Projet logement, demandes avec leur historique, alerte « sans solution logement »',
  security,
  request: { params: youthParams },
  responses: { 200: jsonContent(housingFileSchema, 'Le volet logement du dossier'), ...errors },
});

/** The housing part of a young person's file, mounted at `/{youthId}`. */
export function fileRoutes(deps: Deps) {
  const app = createResourceApp();

  app.openapi(getFileRoute, async (c) => {
    const principal = c.var.principal;
    const { data: view } = await readYouthFile(
      deps,
      principal,
      c.req.valid('param').youthId,
      'housing.read',
      async (file, profile) => {
        const [settings, stored] = await Promise.all([
          housingRepo.getSettings(deps.store, file.departement),
          housingRepo.getFile(deps.store, file.departement, file.id),
        ]);
        return housingFileView(principal, await profile, stored, settings.alertDays, parisDate(deps.now()));
      },
      // No project shared and no application: staff saw only what the file's dates say.
      (found) => found.project === null && found.applications.length === 0,
    );
    return c.json(view, 200);
  });

  return app;
}
