import { createRoute } from '@hono/zod-openapi';
import { openYouthFile } from '../../shared/auth/youth-access.js';
import { housingRepo } from '../../shared/db/housing-repo.js';
import { parisDate } from '../../shared/domain/calendar-date.js';
import { InvalidInput, NotFound, RuleViolation } from '../../shared/domain/errors.js';
import { findProjectProblems, isSharedNotNeeded } from '../../shared/domain/housing-project.js';
import type { Deps } from '../../shared/http/app-env.js';
import { createResourceApp } from '../../shared/http/create-area-app.js';
import { jsonBody, jsonContent, bearerSecurity as security } from '../../shared/http/openapi-parts.js';
import { type HousingProject, projectSchema, saveProjectSchema } from '../../shared/schemas/housing.js';
import { conflict, errors, tags, youthParams } from './route-parts.js';

export const saveProjectRoute = createRoute({
  method: 'put',
  path: '/',
  tags,
  summary: 'Enregistrer le projet logement (le jeune, au fil de la saisie, ou son binôme)',
  security,
  request: { params: youthParams, body: jsonBody(saveProjectSchema, 'Projet et version lue (0 pour créer)') },
  responses: { 200: jsonContent(projectSchema, 'Projet enregistré'), ...errors, ...conflict },
});

export const shareProjectRoute = createRoute({
  method: 'post',
  path: '/share',
  tags,
  summary: 'Montrer mon projet logement à mon binôme (le jeune)',
  security,
  request: { params: youthParams },
  responses: { 200: jsonContent(projectSchema, 'Projet partagé'), ...errors, ...conflict },
});

/** The housing project, mounted at `/{youthId}/project`. */
export function projectRoutes(deps: Deps) {
  const app = createResourceApp();

  app.openapi(saveProjectRoute, async (c) => {
    const principal = c.var.principal;
    const youth = await openYouthFile(deps, principal, c.req.valid('param').youthId, 'housing.edit', { auditRead: false });
    const input = c.req.valid('json');
    const now = deps.now();
    const [settings, { project: stored }] = await Promise.all([
      housingRepo.getSettings(deps.store, youth.departement),
      housingRepo.getFile(deps.store, youth.departement, youth.id),
    ]);
    const isTheYoungPerson = principal.role === 'jeune';
    // Staff saving over an unshared project would erase what the young person is still writing, unseen.
    if (!isTheYoungPerson && stored && stored.sharedAt === null) throw new RuleViolation('housingProject.notShared');
    const startedOn = stored?.startedOn ?? parisDate(now);
    const problems = findProjectProblems(input, new Set(settings.solutionTypes.map((type) => type.id)), startedOn);
    if (problems.length > 0) throw new InvalidInput('input.invalid', problems);
    const { version, ...fields } = input;
    const project: HousingProject = {
      ...fields,
      startedOn,
      version: version + 1,
      updatedAt: now.toISOString(),
      // Written by staff it is shared from the start; the young person's own stays theirs until they share it.
      sharedAt: stored?.sharedAt ?? (isTheYoungPerson ? null : now.toISOString()),
    };
    await housingRepo.saveProject(deps.store, principal, youth.id, project, version, isSharedNotNeeded(project), now);
    return c.json(project, 200);
  });

  app.openapi(shareProjectRoute, async (c) => {
    const principal = c.var.principal;
    const youth = await openYouthFile(deps, principal, c.req.valid('param').youthId, 'housing.share', { auditRead: false });
    const { project } = await housingRepo.getFile(deps.store, youth.departement, youth.id);
    if (!project) throw new NotFound('housingProject.notFound');
    if (project.sharedAt !== null) return c.json(project, 200);
    const now = deps.now();
    const shared: HousingProject = { ...project, sharedAt: now.toISOString(), version: project.version + 1, updatedAt: now.toISOString() };
    await housingRepo.saveProject(deps.store, principal, youth.id, shared, project.version, isSharedNotNeeded(shared), now);
    return c.json(shared, 200);
  });

  return app;
}
