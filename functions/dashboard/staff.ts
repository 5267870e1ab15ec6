import { createRoute } from '@hono/zod-openapi';
import { authorize } from '../../shared/auth/authorize.js';
import { staffRepo } from '../../shared/db/staff-repo.js';
import { NotFound } from '../../shared/domain/errors.js';
import type { Deps } from '../../shared/http/app-env.js';
import { createResourceApp } from '../../shared/http/create-area-app.js';
import { jsonBody, jsonContent, bearerSecurity as security } from '../../shared/http/openapi-parts.js';
import { errorSchema, idempotencyHeaderSchema } from '../../shared/schemas/common.js';
import {
  createStaffSchema,
  staffListQuerySchema,
  staffMemberSchema,
  staffPageSchema,
  staffParams,
  updateStaffSchema,
} from '../../shared/schemas/staff.js';
import { conflict, errors, tags } from './route-parts.js';

export const createStaffRoute = createRoute({
  method: 'post',
  path: '/',
  tags,
  summary: 'Ajouter un compte à l’annuaire du personnel (administrateur)',
  security,
  request: { headers: idempotencyHeaderSchema, body: jsonBody(createStaffSchema, 'Le compte') },
  responses: {
    201: jsonContent(staffMemberSchema, 'Compte ajouté'),
    ...errors,
    409: jsonContent(errorSchema, 'Ce compte est déjà dans l’annuaire'),
  },
});

export const listStaffRoute = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'L’annuaire du personnel du département, par rôle puis par nom (administrateur)',
  security,
  request: { query: staffListQuerySchema },
  responses: { 200: jsonContent(staffPageSchema, 'Une page de l’annuaire'), ...errors },
});

export const updateStaffRoute = createRoute({
  method: 'patch',
  path: '/{sub}',
  tags,
  summary: 'Modifier un compte de l’annuaire (administrateur, avec la version lue)',
  security,
  request: { params: staffParams, body: jsonBody(updateStaffSchema, 'Les champs modifiés et la version lue') },
  responses: { 200: jsonContent(staffMemberSchema, 'Compte modifié'), ...errors, ...conflict },
});

/** The staff directory, mounted at `/api/staff`. */
export function staffRoutes(deps: Deps) {
  const app = createResourceApp();

  app.openapi(createStaffRoute, async (c) => {
    authorize(c.var.principal, 'staff.write');
    return c.json(await staffRepo.create(deps.store, c.var.principal.departement, c.req.valid('json'), deps.now()), 201);
  });

  app.openapi(listStaffRoute, async (c) => {
    authorize(c.var.principal, 'staff.read');
    return c.json(await staffRepo.list(deps.store, c.var.principal.departement, c.req.valid('query')), 200);
  });

  app.openapi(updateStaffRoute, async (c) => {
    const principal = c.var.principal;
    authorize(principal, 'staff.write');
    const current = await staffRepo.get(deps.store, principal.departement, c.req.valid('param').sub);
    if (!current) throw new NotFound('staff.notFound');
    return c.json(await staffRepo.update(deps.store, principal.departement, current, c.req.valid('json'), deps.now()), 200);
  });

  return app;
}
