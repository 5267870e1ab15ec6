import { createRoute } from '@hono/zod-openapi';
import { authorize } from '../../shared/auth/authorize.js';
import { parisDate } from '../../shared/domain/calendar-date.js';
import { indicatorsCsv } from '../../shared/domain/indicators-csv.js';
import type { Deps } from '../../shared/http/app-env.js';
import { createResourceApp } from '../../shared/http/create-area-app.js';
import { jsonContent, bearerSecurity as security } from '../../shared/http/openapi-parts.js';
import { indicatorsQuerySchema, indicatorTableSchema } from '../../shared/schemas/indicators.js';
import { loadExitIndicators } from './indicators-service.js';
import { errors, tags } from './route-parts.js';

export const indicatorsRoute = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'Indicateurs de sortie d’une année, pour un territoire ou le département (administrateur) ; moins de 5 jeunes : « < 5 »',
  security,
  request: { query: indicatorsQuerySchema },
  responses: { 200: jsonContent(indicatorTableSchema, 'Le tableau, ses petits effectifs masqués'), ...errors },
});

export const indicatorsExportRoute = createRoute({
  method: 'get',
  path: '/export',
  tags,
  summary: 'Export ODPE : les mêmes agrégats en CSV (UTF-8 avec BOM, séparateur « ; »), sans donnée personnelle (administrateur)',
  security,
  request: { query: indicatorsQuerySchema },
  responses: {
    200: {
      content: { 'text/csv': { schema: { type: 'string' } } },
      description: 'Le fichier CSV, en pièce jointe',
    },
    ...errors,
  },
});

/**
 * The exit indicators, mounted at `/api/dashboard/indicators`. They open no one's file and
 * show counts only, hidden under 5: no young person's audit log gets an entry for them
 * (it would record something the young person's binôme never saw).
 */
export function indicatorsRoutes(deps: Deps) {
  const app = createResourceApp();

  const load = (principal: { departement: string }, query: { year?: number | undefined; territory?: string | undefined }) => {
    const today = parisDate(deps.now());
    const year = query.year ?? Number(today.slice(0, 4));
    return loadExitIndicators(deps.store, principal.departement, { year, territory: query.territory ?? null, today });
  };

  app.openapi(indicatorsRoute, async (c) => {
    authorize(c.var.principal, 'indicators.read');
    const table = await load(c.var.principal, c.req.valid('query'));
    return c.json({ ...table, computedOn: parisDate(deps.now()) }, 200);
  });

  app.openapi(indicatorsExportRoute, async (c) => {
    const principal = c.var.principal;
    authorize(principal, 'indicators.read');
    const table = await load(principal, c.req.valid('query'));
    const name = `envol-indicateurs-${principal.departement}-${table.year}${table.territory === null ? '' : '-territoire'}.csv`;
    return c.body(indicatorsCsv(principal.departement, table), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'no-store',
    });
  });

  return app;
}
