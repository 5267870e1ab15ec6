import { createRoute } from '@hono/zod-openapi';
import { authorize } from '../../shared/auth/authorize.js';
import { openCommittee } from '../../shared/auth/committee-access.js';
import { ballotRepo } from '../../shared/db/ballot-repo.js';
import { type CommitteeRecord, committeeRepo } from '../../shared/db/committee-repo.js';
import { youthRepo } from '../../shared/db/youth-repo.js';
import { consultationStatus } from '../../shared/domain/consultation.js';
import { votesWaiting } from '../../shared/domain/to-do.js';
import type { Deps } from '../../shared/http/app-env.js';
import { createResourceApp } from '../../shared/http/create-area-app.js';
import { jsonBody, jsonContent, bearerSecurity as security } from '../../shared/http/openapi-parts.js';
import { committeeListSchema, committeeSchema, createCommitteeSchema, votesWaitingSchema } from '../../shared/schemas/committees.js';
import { idempotencyHeaderSchema } from '../../shared/schemas/common.js';
import { committeeParams, errors, tags } from './route-parts.js';

export const createCommitteeRoute = createRoute({
  method: 'post',
  path: '/',
  tags,
  summary: 'Créer un comité CTJ ou CDJ (organisateur, administrateur)',
  security,
  request: { headers: idempotencyHeaderSchema, body: jsonBody(createCommitteeSchema, 'Le comité') },
  responses: { 201: jsonContent(committeeSchema, 'Comité créé'), ...errors },
});

export const listCommitteesRoute = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'Mes comités : ceux que j’organise, ceux dont je suis membre, tous pour l’administrateur',
  security,
  responses: { 200: jsonContent(committeeListSchema, 'Comités'), ...errors },
});

export const votesWaitingRoute = createRoute({
  method: 'get',
  path: '/votes-waiting',
  tags,
  summary: 'Les votes qui attendent le jeune : ouverts, pas encore votés (« À faire maintenant »)',
  security,
  responses: { 200: jsonContent(votesWaitingSchema, 'Votes, le plus proche de sa fin d’abord'), ...errors },
});

export const getCommitteeRoute = createRoute({
  method: 'get',
  path: '/{committeeId}',
  tags,
  summary: 'Lire un comité',
  security,
  request: { params: committeeParams },
  responses: { 200: jsonContent(committeeSchema, 'Comité'), ...errors },
});

function toCommittee(committee: CommitteeRecord) {
  const { departement: _departement, ...rest } = committee;
  return rest;
}

/** Committees themselves: create, list mine, read one. */
export function committeeRoutes(deps: Deps) {
  const app = createResourceApp();

  app.openapi(createCommitteeRoute, async (c) => {
    authorize(c.var.principal, 'committee.create');
    return c.json(toCommittee(await committeeRepo.create(deps.store, c.var.principal, c.req.valid('json'), deps.now())), 201);
  });

  app.openapi(listCommitteesRoute, async (c) => {
    const principal = c.var.principal;
    authorize(principal, 'committee.list');
    const committees =
      principal.role === 'jeune'
        ? await committeeRepo.listForMember(deps.store, principal.departement, principal.sub)
        : await committeeRepo.listForStaff(deps.store, principal);
    return c.json({ items: committees.map(toCommittee) }, 200);
  });

  // Before `/{committeeId}`, which would otherwise take "votes-waiting" for an id.
  app.openapi(votesWaitingRoute, async (c) => {
    const principal = c.var.principal;
    authorize(principal, 'committee.votesWaiting');
    const now = deps.now();
    const [youth, committees] = await Promise.all([
      youthRepo.getByAccount(deps.store, principal.departement, principal.sub),
      committeeRepo.listForMember(deps.store, principal.departement, principal.sub),
    ]);
    if (!youth) return c.json({ items: [] }, 200);
    const consultations = (
      await Promise.all(committees.map((committee) => committeeRepo.listConsultations(deps.store, principal.departement, committee.id)))
    ).flat();
    // Participation is read only for the consultations open now: one GetItem each.
    const open = consultations.filter((consultation) => consultationStatus(consultation, now) === 'ouverte');
    const withVoted = await Promise.all(
      open.map(async (consultation) => ({
        ...consultation,
        consultationId: consultation.id,
        hasVoted: await ballotRepo.hasVoted(
          deps.store,
          { departement: principal.departement, committeeId: consultation.committeeId, consultationId: consultation.id },
          youth.id,
        ),
      })),
    );
    return c.json({ items: votesWaiting(withVoted, now) }, 200);
  });

  app.openapi(getCommitteeRoute, async (c) => {
    const { committee } = await openCommittee(deps, c.var.principal, c.req.valid('param').committeeId, 'committee.read');
    return c.json(toCommittee(committee), 200);
  });

  return app;
}
