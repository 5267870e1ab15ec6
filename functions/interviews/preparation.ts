import { createRoute } from '@hono/zod-openapi';
import type { Principal } from '../../shared/auth/principal.js';
import { openYouthFile, readYouthFile } from '../../shared/auth/youth-access.js';
import { preparationRepo, preparationTemplateRepo } from '../../shared/db/preparation-repo.js';
import { checkAnswers, checkShareable } from '../../shared/domain/preparation.js';
import { preparationAsSeenBy } from '../../shared/domain/preparation-sharing.js';
import type { Deps } from '../../shared/http/app-env.js';
import { createResourceApp } from '../../shared/http/create-area-app.js';
import { jsonBody, jsonContent, bearerSecurity as security } from '../../shared/http/openapi-parts.js';
import { preparationSchema, saveAnswersSchema } from '../../shared/schemas/interviews.js';
import { conflict, errors, tags, youthParams } from './route-parts.js';

export const getPreparationRoute = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'Questionnaire de préparation (le binôme ne voit les réponses qu’une fois partagées)',
  security,
  request: { params: youthParams },
  responses: { 200: jsonContent(preparationSchema, 'Questionnaire et réponses'), ...errors },
});

export const saveAnswersRoute = createRoute({
  method: 'put',
  path: '/answers',
  tags,
  summary: 'Enregistrer des réponses (le jeune) ; rejouable sans doublon',
  security,
  request: { params: youthParams, body: jsonBody(saveAnswersSchema, 'Réponses par identifiant de question') },
  responses: { 200: jsonContent(preparationSchema, 'Questionnaire et réponses'), ...errors },
});

export const sharePreparationRoute = createRoute({
  method: 'post',
  path: '/share',
  tags,
  summary: 'Partager mes réponses avec mon binôme (le jeune)',
  security,
  request: { params: youthParams },
  responses: { 200: jsonContent(preparationSchema, 'Questionnaire partagé'), ...errors, ...conflict },
});

/** The young person's preparation questionnaire, mounted at `/{youthId}/preparation`. */
export function preparationRoutes(deps: Deps) {
  const app = createResourceApp();

  /** The questionnaire and, if the caller may read them, the answers. */
  async function preparationView(principal: Principal, departement: string, youthId: string) {
    const stored = await preparationRepo.get(deps.store, departement, youthId);
    const template = await preparationTemplateRepo.forPreparation(deps.store, departement, stored);
    // openYouthFile let a young person reach only their own file.
    return { template, ...preparationAsSeenBy({ isTheYoungPerson: principal.role === 'jeune' }, stored) };
  }

  app.openapi(getPreparationRoute, async (c) => {
    const { youthId } = c.req.valid('param');
    const { data } = await readYouthFile(
      deps,
      c.var.principal,
      youthId,
      'preparation.read',
      (youth) => preparationView(c.var.principal, youth.departement, youthId),
      // Not shared yet, or nothing answered: staff saw only the questions.
      (view) => view.answers === null || Object.keys(view.answers).length === 0,
    );
    return c.json(data, 200);
  });

  app.openapi(saveAnswersRoute, async (c) => {
    const principal = c.var.principal;
    const { youthId } = c.req.valid('param');
    const youth = await openYouthFile(deps, principal, youthId, 'preparation.write', { auditRead: false });
    const { answers } = c.req.valid('json');
    const stored = await preparationRepo.get(deps.store, youth.departement, youthId);
    const template = await preparationTemplateRepo.forPreparation(deps.store, youth.departement, stored);
    checkAnswers(template, answers);
    await preparationRepo.saveAnswers(deps.store, youth.departement, youthId, template.version, answers, deps.now());
    return c.json(await preparationView(principal, youth.departement, youthId), 200);
  });

  app.openapi(sharePreparationRoute, async (c) => {
    const principal = c.var.principal;
    const { youthId } = c.req.valid('param');
    const youth = await openYouthFile(deps, principal, youthId, 'preparation.write', { auditRead: false });
    const stored = await preparationRepo.get(deps.store, youth.departement, youthId);
    checkShareable(stored?.answers);
    await preparationRepo.share(deps.store, youth.departement, youthId, deps.now());
    return c.json(await preparationView(principal, youth.departement, youthId), 200);
  });

  return app;
}
