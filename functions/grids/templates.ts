import { createRoute } from '@hono/zod-openapi';
import { authorize } from '../../shared/auth/authorize.js';
import { gridTemplateRepo } from '../../shared/db/grid-template-repo.js';
import { NotFound, VersionConflict } from '../../shared/domain/errors.js';
import { draftFrom, findDraftProblems, publishDraft } from '../../shared/domain/grid-template.js';
import type { Deps } from '../../shared/http/app-env.js';
import { createResourceApp } from '../../shared/http/create-area-app.js';
import { ValidationFailed } from '../../shared/http/errors.js';
import { jsonBody, jsonContent, bearerSecurity as security } from '../../shared/http/openapi-parts.js';
import {
  gridDraftSchema,
  gridTemplateQuerySchema,
  gridTemplateSchema,
  publishGridSchema,
  saveGridDraftSchema,
} from '../../shared/schemas/grids.js';
import { conflict, errors, tags } from './route-parts.js';

export const getTemplateRoute = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'La grille d’autonomie du département : la version en vigueur, ou une version publiée',
  security,
  request: { query: gridTemplateQuerySchema },
  responses: { 200: jsonContent(gridTemplateSchema, 'Grille'), ...errors },
});

export const getDraftRoute = createRoute({
  method: 'get',
  path: '/draft',
  tags,
  summary: 'Le brouillon de la prochaine version (administrateur) ; sans brouillon, une copie de la version en vigueur',
  security,
  responses: { 200: jsonContent(gridDraftSchema, 'Brouillon'), ...errors },
});

export const saveDraftRoute = createRoute({
  method: 'put',
  path: '/draft',
  tags,
  summary: 'Enregistrer le brouillon : ajouter, reformuler, retirer des items (administrateur)',
  security,
  request: { body: jsonBody(saveGridDraftSchema, 'Items du brouillon et révision lue') },
  responses: { 200: jsonContent(gridDraftSchema, 'Brouillon enregistré'), ...errors, ...conflict },
});

export const publishRoute = createRoute({
  method: 'post',
  path: '/publish',
  tags,
  summary: 'Publier le brouillon comme nouvelle version (administrateur) ; deux publications simultanées : l’une gagne, l’autre reçoit 409',
  security,
  request: { body: { ...jsonContent(publishGridSchema, 'La révision du brouillon lu (facultative)'), required: false } },
  responses: { 201: jsonContent(gridTemplateSchema, 'Nouvelle version'), ...errors, ...conflict },
});

/** The département's grid: versions anyone of the département reads, a draft only admins write. */
export function templateRoutes(deps: Deps) {
  const app = createResourceApp();

  app.openapi(getTemplateRoute, async (c) => {
    authorize(c.var.principal, 'gridTemplate.read');
    const { departement } = c.var.principal;
    const { version } = c.req.valid('query');
    const template =
      version === undefined
        ? await gridTemplateRepo.current(deps.store, departement)
        : await gridTemplateRepo.byVersion(deps.store, departement, version);
    if (!template) throw new NotFound('gridTemplate.versionNotFound');
    return c.json(template, 200);
  });

  app.openapi(getDraftRoute, async (c) => {
    authorize(c.var.principal, 'gridTemplate.edit');
    const { departement } = c.var.principal;
    const stored = await gridTemplateRepo.getDraft(deps.store, departement);
    if (stored) return c.json(stored, 200);
    const current = await gridTemplateRepo.current(deps.store, departement);
    return c.json({ ...draftFrom(current), revision: 0, updatedAt: null }, 200);
  });

  app.openapi(saveDraftRoute, async (c) => {
    authorize(c.var.principal, 'gridTemplate.edit');
    const { departement } = c.var.principal;
    const { items, revision } = c.req.valid('json');
    const current = await gridTemplateRepo.current(deps.store, departement);
    const problems = findDraftProblems(current, items);
    if (problems.length > 0) throw new ValidationFailed(problems.map((problem) => ({ ...problem, path: `json.${problem.path}` })));
    const saved = await gridTemplateRepo.saveDraft(deps.store, departement, { baseVersion: current.version, items }, revision, deps.now());
    return c.json(saved, 200);
  });

  app.openapi(publishRoute, async (c) => {
    const principal = c.var.principal;
    authorize(principal, 'gridTemplate.edit');
    const [current, stored] = await Promise.all([
      gridTemplateRepo.current(deps.store, principal.departement),
      gridTemplateRepo.getDraft(deps.store, principal.departement),
    ]);
    // The draft the admin read must still be the one stored (0: they read the copy of the version in force).
    const { baseVersion, draftRevision } = c.req.valid('json') ?? {};
    if (baseVersion !== undefined && baseVersion !== current.version) throw new VersionConflict({ currentVersion: current.version });
    if (draftRevision !== undefined && draftRevision !== (stored?.revision ?? 0)) throw new VersionConflict();
    const outcome = publishDraft(current, stored ?? draftFrom(current));
    if (!outcome.ok) throw new VersionConflict({ currentVersion: outcome.currentVersion });
    const published = await gridTemplateRepo.publish(deps.store, principal, outcome.template, stored?.revision ?? null, deps.now());
    return c.json(published, 201);
  });

  return app;
}
