import { createRoute } from '@hono/zod-openapi';
import { authorize } from '../../shared/auth/authorize.js';
import type { Principal } from '../../shared/auth/principal.js';
import { housingRepo } from '../../shared/db/housing-repo.js';
import { InvalidInput } from '../../shared/domain/errors.js';
import type { Deps } from '../../shared/http/app-env.js';
import { createResourceApp } from '../../shared/http/create-area-app.js';
import { jsonBody, jsonContent, bearerSecurity as security } from '../../shared/http/openapi-parts.js';
import { idempotencyHeaderSchema } from '../../shared/schemas/common.js';
import { type PartnerInput, partnerInputSchema, partnerListSchema, partnerSchema } from '../../shared/schemas/housing.js';
import { errors, partnerParams, tags } from './route-parts.js';

export const listPartnersRoute = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'Partenaires logement du département',
  security,
  responses: { 200: jsonContent(partnerListSchema, 'Partenaires, par nom'), ...errors },
});

export const createPartnerRoute = createRoute({
  method: 'post',
  path: '/',
  tags,
  summary: 'Ajouter un partenaire logement (administrateur)',
  security,
  request: { headers: idempotencyHeaderSchema, body: jsonBody(partnerInputSchema, 'Partenaire') },
  responses: {
    201: jsonContent(partnerSchema, 'Partenaire ajouté'),
    ...errors,
  },
});

export const updatePartnerRoute = createRoute({
  method: 'put',
  path: '/{partnerId}',
  tags,
  summary: 'Modifier un partenaire logement (administrateur)',
  security,
  request: { params: partnerParams, body: jsonBody(partnerInputSchema, 'Partenaire') },
  responses: { 200: jsonContent(partnerSchema, 'Partenaire modifié'), ...errors },
});

/** The département's housing partners, mounted at `/partners`. */
export function partnerRoutes(deps: Deps) {
  const app = createResourceApp();

  async function checkSolutionType(principal: Principal, input: PartnerInput) {
    const settings = await housingRepo.getSettings(deps.store, principal.departement);
    if (!settings.solutionTypes.some((type) => type.id === input.solutionTypeId)) {
      throw new InvalidInput('housing.unknownSolutionType', [{ path: 'json.solutionTypeId', message: 'Type de solution inconnu.' }]);
    }
  }

  app.openapi(listPartnersRoute, async (c) => {
    authorize(c.var.principal, 'housingPartners.read');
    return c.json({ items: await housingRepo.listPartners(deps.store, c.var.principal.departement) }, 200);
  });

  app.openapi(createPartnerRoute, async (c) => {
    const principal = c.var.principal;
    authorize(principal, 'housingPartners.write');
    const input = c.req.valid('json');
    await checkSolutionType(principal, input);
    return c.json(await housingRepo.putPartner(deps.store, principal.departement, input, deps.now()), 201);
  });

  app.openapi(updatePartnerRoute, async (c) => {
    const principal = c.var.principal;
    authorize(principal, 'housingPartners.write');
    const input = c.req.valid('json');
    await checkSolutionType(principal, input);
    return c.json(await housingRepo.putPartner(deps.store, principal.departement, input, deps.now(), c.req.valid('param').partnerId), 200);
  });

  return app;
}
