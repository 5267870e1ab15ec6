import { createRoute } from '@hono/zod-openapi';
import { openCommittee } from '../../shared/auth/committee-access.js';
import { committeeRepo, type MemberRecord } from '../../shared/db/committee-repo.js';
import { youthRepo } from '../../shared/db/youth-repo.js';
import { NotFound } from '../../shared/domain/errors.js';
import type { Deps } from '../../shared/http/app-env.js';
import { createResourceApp } from '../../shared/http/create-area-app.js';
import { conflictResponse, jsonBody, jsonContent, bearerSecurity as security } from '../../shared/http/openapi-parts.js';
import {
  addMemberSchema,
  candidateListSchema,
  candidateQuerySchema,
  memberListSchema,
  memberSchema,
} from '../../shared/schemas/committees.js';
import { errorSchema, idempotencyHeaderSchema } from '../../shared/schemas/common.js';
import { searchCandidates } from './candidate-search.js';
import { committeeParams, errors, tags } from './route-parts.js';

export const addMemberRoute = createRoute({
  method: 'post',
  path: '/members',
  tags,
  summary: 'Ajouter un jeune du département comme membre',
  security,
  request: { params: committeeParams, headers: idempotencyHeaderSchema, body: jsonBody(addMemberSchema, 'Le jeune') },
  responses: { 201: jsonContent(memberSchema, 'Membre ajouté'), ...errors, ...conflictResponse('Déjà membre') },
});

export const listMembersRoute = createRoute({
  method: 'get',
  path: '/members',
  tags,
  summary: 'Membres du comité (organisateurs)',
  security,
  request: { params: committeeParams },
  responses: { 200: jsonContent(memberListSchema, 'Membres'), ...errors },
});

export const searchCandidatesRoute = createRoute({
  method: 'get',
  path: '/candidates',
  tags,
  summary:
    'Chercher, par le début du nom de famille (3 lettres au moins), un jeune du département qui n’est pas encore membre (10 au plus ; chaque jeune trouvé le voit dans « Qui a consulté mon dossier »)',
  security,
  request: { params: committeeParams, query: candidateQuerySchema },
  responses: {
    200: jsonContent(candidateListSchema, 'Jeunes trouvés, hors membres'),
    ...errors,
    429: jsonContent(errorSchema, 'Trop de recherches : réessayer après le délai de l’en-tête Retry-After'),
  },
});

/** A member as organisers see it: never the young person's login. */
function toMember({ accountSub: _accountSub, ...shown }: MemberRecord) {
  return shown;
}

/** A committee's members and the search for young people to add, mounted at `/{committeeId}`. */
export function memberRoutes(deps: Deps) {
  const app = createResourceApp();

  app.openapi(addMemberRoute, async (c) => {
    const principal = c.var.principal;
    const opened = await openCommittee(deps, principal, c.req.valid('param').committeeId, 'committee.organise');
    // Members are young people of the same département: the lookup is confined to it.
    const youth = await youthRepo.get(deps.store, principal.departement, c.req.valid('json').youthId);
    if (!youth) throw new NotFound('youth.notInDepartement');
    return c.json(toMember(await committeeRepo.addMember(deps.store, principal, opened.committee, youth, deps.now())), 201);
  });

  app.openapi(searchCandidatesRoute, async (c) => {
    const principal = c.var.principal;
    const opened = await openCommittee(deps, principal, c.req.valid('param').committeeId, 'committee.organise');
    return c.json({ items: await searchCandidates(deps, principal, opened.committee, c.req.valid('query').q) }, 200);
  });

  app.openapi(listMembersRoute, async (c) => {
    const principal = c.var.principal;
    const opened = await openCommittee(deps, principal, c.req.valid('param').committeeId, 'committee.organise');
    const members = await committeeRepo.listMembers(deps.store, principal.departement, opened.committee.id);
    return c.json({ items: members.map(toMember) }, 200);
  });

  return app;
}
