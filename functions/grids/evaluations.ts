import { createRoute } from '@hono/zod-openapi';
import { openYouthFile, readYouthFile } from '../../shared/auth/youth-access.js';
import { monotonicFactory } from '../../shared/crypto/ulid.js';
import { gridEvaluationRepo } from '../../shared/db/grid-evaluation-repo.js';
import { gridTemplateRepo } from '../../shared/db/grid-template-repo.js';
import { findUnknownItems, isOldEnoughForGrid } from '../../shared/domain/autonomy-grid.js';
import { parisDate } from '../../shared/domain/calendar-date.js';
import { RuleViolation } from '../../shared/domain/errors.js';
import type { Deps } from '../../shared/http/app-env.js';
import { createResourceApp } from '../../shared/http/create-area-app.js';
import { ValidationFailed } from '../../shared/http/errors.js';
import { jsonBody, jsonContent, bearerSecurity as security } from '../../shared/http/openapi-parts.js';
import { idempotencyHeaderSchema } from '../../shared/schemas/common.js';
import { createBinomeAssessmentSchema, gridEvaluationListSchema, gridEvaluationSchema } from '../../shared/schemas/grids.js';
import { loadEvaluations, toView } from './evaluation-views.js';
import { conflict, errors, tags, youthParams } from './route-parts.js';

// Monotonic: two evaluations of the same millisecond keep the order they were made in.
const nextEvaluationId = monotonicFactory();

export const listEvaluationsRoute = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'Les évaluations du jeune (auto-évaluations envoyées et diagnostics du binôme), chacune avec sa version de la grille',
  security,
  request: { params: youthParams },
  responses: { 200: jsonContent(gridEvaluationListSchema, 'Évaluations, de la plus ancienne à la plus récente'), ...errors },
});

export const createBinomeAssessmentRoute = createRoute({
  method: 'post',
  path: '/',
  tags,
  summary: 'Enregistrer le diagnostic partagé du binôme (référent ou coordinateur)',
  security,
  request: { params: youthParams, headers: idempotencyHeaderSchema, body: jsonBody(createBinomeAssessmentSchema, 'Diagnostic') },
  responses: { 201: jsonContent(gridEvaluationSchema, 'Diagnostic enregistré'), ...errors, ...conflict },
});

/** Evaluations of a young person: everyone of the file reads them; the binôme adds its own. */
export function evaluationRoutes(deps: Deps) {
  const app = createResourceApp();

  app.openapi(listEvaluationsRoute, async (c) => {
    const { data: items } = await readYouthFile(
      deps,
      c.var.principal,
      c.req.valid('param').youthId,
      'grid.read',
      (youth) => loadEvaluations(deps.store, youth.departement, youth.id),
      (found) => found.length === 0,
    );
    return c.json({ items }, 200);
  });

  app.openapi(createBinomeAssessmentRoute, async (c) => {
    const principal = c.var.principal;
    const youth = await openYouthFile(deps, principal, c.req.valid('param').youthId, 'grid.assess', { auditRead: false });
    const input = c.req.valid('json');
    const now = deps.now();
    const today = parisDate(now);
    if (!isOldEnoughForGrid(youth.birthDate, today)) throw new RuleViolation('grid.tooYoung');
    const template = await gridTemplateRepo.byVersion(deps.store, youth.departement, input.templateVersion);
    if (!template) throw new ValidationFailed([{ path: 'json.templateVersion', message: 'Cette version de la grille n’existe pas.' }]);
    const problems = [
      ...findUnknownItems(template, input.levels).map((id) => ({
        path: `json.levels.${id}`,
        message: 'Cet item n’est pas dans cette version de la grille.',
      })),
      ...(input.assessedOn > today ? [{ path: 'json.assessedOn', message: 'La date ne peut pas être dans le futur.' }] : []),
      ...(Object.keys(input.levels).length === 0 ? [{ path: 'json.levels', message: 'Indiquez au moins un niveau.' }] : []),
    ];
    if (problems.length > 0) throw new ValidationFailed(problems);
    const evaluation = {
      id: nextEvaluationId(now.getTime()),
      kind: 'binome' as const,
      assessedOn: input.assessedOn,
      at: now.toISOString(),
      templateVersion: template.version,
      levels: input.levels,
      authorRole: principal.role,
      authorName: principal.name,
      note: input.note ? input.note : null,
    };
    await gridEvaluationRepo.addBinomeAssessment(deps.store, principal, youth.id, evaluation, now);
    return c.json(toView(evaluation, template), 201);
  });

  return app;
}
