import { createRoute } from '@hono/zod-openapi';
import { authorize } from '../../shared/auth/authorize.js';
import type { Principal } from '../../shared/auth/principal.js';
import { type CalendarScope, calendarRepo } from '../../shared/db/calendar-repo.js';
import type { Deps } from '../../shared/http/app-env.js';
import { createResourceApp } from '../../shared/http/create-area-app.js';
import { jsonContent, bearerSecurity as security } from '../../shared/http/openapi-parts.js';
import { calendarPageSchema, calendarQuerySchema } from '../../shared/schemas/deadlines.js';
import { errors, tags } from './route-parts.js';

export const calendarRoute = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary:
    'Calendrier des échéances d’un mois : celles de mes jeunes (référent·e, coordinateur·rice), celles du département (administrateur), par date',
  security,
  request: { query: calendarQuerySchema },
  responses: { 200: jsonContent(calendarPageSchema, 'Une page des échéances du mois, la plus proche d’abord'), ...errors },
});

/** Whose calendar the caller reads: the policy let only referents, coordinateurs and admins through. */
function scopeOf(principal: Principal): CalendarScope {
  const { departement, sub } = principal;
  if (principal.role === 'referent') return { kind: 'referent', departement, sub };
  if (principal.role === 'coordinateur') return { kind: 'coordinateur', departement, sub };
  return { kind: 'departement', departement };
}

/** The deadlines calendar, mounted at `/api/dashboard/calendar`: one Query of the calendar index per page. */
export function calendarRoutes(deps: Deps) {
  const app = createResourceApp();

  app.openapi(calendarRoute, async (c) => {
    const principal = c.var.principal;
    authorize(principal, 'calendar.read');
    const { month, cursor, limit } = c.req.valid('query');
    return c.json(await calendarRepo.month(deps.store, scopeOf(principal), month, { cursor, limit }), 200);
  });

  return app;
}
