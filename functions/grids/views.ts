import { createRoute } from '@hono/zod-openapi';
import { readYouthFile } from '../../shared/auth/youth-access.js';
import { NotFound } from '../../shared/domain/errors.js';
import { compareEvaluations, latestPair, progressSeries } from '../../shared/domain/grid-comparison.js';
import type { Deps } from '../../shared/http/app-env.js';
import { createResourceApp } from '../../shared/http/create-area-app.js';
import { jsonContent, bearerSecurity as security } from '../../shared/http/openapi-parts.js';
import { gridComparisonQuerySchema, gridComparisonSchema, gridProgressSchema } from '../../shared/schemas/grids.js';
import { type EvaluationView, loadEvaluations } from './evaluation-views.js';
import { errors, tags, youthParams } from './route-parts.js';

export const comparisonRoute = createRoute({
  method: 'get',
  path: '/comparison',
  tags,
  summary: 'Côte à côte : le regard du jeune et celui du binôme, par item et par domaine (écarts de 2 niveaux ou plus signalés)',
  security,
  request: { params: youthParams, query: gridComparisonQuerySchema },
  responses: { 200: jsonContent(gridComparisonSchema, 'Comparaison (par défaut : la dernière paire)'), ...errors },
});

export const progressRoute = createRoute({
  method: 'get',
  path: '/progress',
  tags,
  summary: 'Les scores par domaine au fil du temps',
  security,
  request: { params: youthParams },
  responses: { 200: jsonContent(gridProgressSchema, 'Un point par évaluation, de la plus ancienne à la plus récente'), ...errors },
});

const reference = (evaluation: EvaluationView | null) =>
  evaluation ? { id: evaluation.id, assessedOn: evaluation.assessedOn, templateVersion: evaluation.template.version } : null;

/** Views built from a young person's evaluations: side by side, and over time. */
export function viewRoutes(deps: Deps) {
  const app = createResourceApp();

  app.openapi(comparisonRoute, async (c) => {
    const query = c.req.valid('query');
    const { data: pair } = await readYouthFile(
      deps,
      c.var.principal,
      c.req.valid('param').youthId,
      'grid.read',
      async (youth) => {
        const evaluations = await loadEvaluations(deps.store, youth.departement, youth.id);
        const chosen = (kind: 'self' | 'binome', id: string | undefined) => {
          if (id === undefined) return latestPair(evaluations)[kind];
          const found = evaluations.find((evaluation) => evaluation.id === id && evaluation.kind === kind);
          if (!found) throw new NotFound('gridEvaluation.notFound');
          return found;
        };
        return { self: chosen('self', query.self), binome: chosen('binome', query.binome) };
      },
      (found) => found.self === null && found.binome === null,
    );
    const { self, binome } = pair;
    return c.json({ self: reference(self), binome: reference(binome), ...compareEvaluations(self, binome) }, 200);
  });

  app.openapi(progressRoute, async (c) => {
    const { data: points } = await readYouthFile(
      deps,
      c.var.principal,
      c.req.valid('param').youthId,
      'grid.read',
      async (youth) => progressSeries(await loadEvaluations(deps.store, youth.departement, youth.id)),
      (found) => found.length === 0,
    );
    return c.json({ points }, 200);
  });

  return app;
}
