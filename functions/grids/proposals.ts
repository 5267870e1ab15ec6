import { createRoute } from '@hono/zod-openapi';
import { openYouthFile, readYouthFile, type YouthFileKey } from '../../shared/auth/youth-access.js';
import { gridEvaluationRepo } from '../../shared/db/grid-evaluation-repo.js';
import { planRepo } from '../../shared/db/plan-repo.js';
import type { YouthRecord } from '../../shared/db/youth-repo.js';
import { AlreadyExists, RuleViolation } from '../../shared/domain/errors.js';
import { compareEvaluations, latestPair } from '../../shared/domain/grid-comparison.js';
import { addActionToGoals, pairKey, proposalActionId, proposeActions } from '../../shared/domain/grid-proposals.js';
import { proposePlan } from '../../shared/domain/plan.js';
import { incompleteNeeds } from '../../shared/domain/plan-coverage.js';
import { messagesForEvent } from '../../shared/domain/reminders.js';
import type { Deps } from '../../shared/http/app-env.js';
import { createResourceApp } from '../../shared/http/create-area-app.js';
import { jsonBody, jsonContent, bearerSecurity as security } from '../../shared/http/openapi-parts.js';
import {
  acceptedProposalSchema,
  acceptProposalSchema,
  dismissProposalSchema,
  gridProposalListSchema,
  gridProposalSchema,
} from '../../shared/schemas/grids.js';
import { planSchema, savePlanSchema } from '../../shared/schemas/interviews.js';
import { loadEvaluations } from './evaluation-views.js';
import { conflict, errors, tags, youthParams } from './route-parts.js';

export const listProposalsRoute = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'Propositions d’actions pour le projet d’autonomie, tirées de la dernière paire d’évaluations',
  security,
  request: { params: youthParams },
  responses: { 200: jsonContent(gridProposalListSchema, 'Propositions et décisions prises'), ...errors },
});

export const acceptProposalRoute = createRoute({
  method: 'post',
  path: '/accept',
  tags,
  summary: 'Accepter une proposition (binôme) : l’action entre dans le projet, nouvelle version à signer par le jeune',
  security,
  request: { params: youthParams, body: jsonBody(acceptProposalSchema, 'Item proposé, échéance, qui') },
  responses: {
    200: jsonContent(acceptedProposalSchema, 'Proposition acceptée'),
    ...errors,
    ...conflict,
  },
});

export const dismissProposalRoute = createRoute({
  method: 'post',
  path: '/dismiss',
  tags,
  summary: 'Écarter une proposition (binôme)',
  security,
  request: { params: youthParams, body: jsonBody(dismissProposalSchema, 'Item proposé') },
  responses: { 200: jsonContent(gridProposalSchema, 'Proposition écartée'), ...errors, ...conflict },
});

/** Proposals for the projet d'autonomie, from the latest pair of evaluations, and staff's decisions on them. */
export function proposalRoutes(deps: Deps) {
  const app = createResourceApp();

  async function currentProposals(youth: YouthFileKey) {
    const pair = latestPair(await loadEvaluations(deps.store, youth.departement, youth.id));
    const key = pairKey(pair.self?.id ?? null, pair.binome?.id ?? null);
    const decisions = await gridEvaluationRepo.decisions(deps.store, youth.departement, youth.id, key);
    const items = proposeActions(compareEvaluations(pair.self, pair.binome)).map((proposal) => {
      const decision = decisions.find((candidate) => candidate.itemId === proposal.itemId)?.decision;
      return {
        ...proposal,
        status: decision === 'accepted' ? ('acceptee' as const) : decision === 'dismissed' ? ('ecartee' as const) : ('a_decider' as const),
      };
    });
    return { selfId: pair.self?.id ?? null, binomeId: pair.binome?.id ?? null, key, items };
  }

  async function proposalToDecide(youth: YouthRecord, itemId: string) {
    const proposals = await currentProposals(youth);
    const proposal = proposals.items.find((candidate) => candidate.itemId === itemId);
    if (!proposal) throw new RuleViolation('gridProposal.unavailable');
    return { proposal, key: proposals.key };
  }

  app.openapi(listProposalsRoute, async (c) => {
    const { data } = await readYouthFile(
      deps,
      c.var.principal,
      c.req.valid('param').youthId,
      'grid.read',
      currentProposals,
      (found) => found.selfId === null && found.binomeId === null,
    );
    const { key: _key, ...list } = data;
    return c.json(list, 200);
  });

  app.openapi(acceptProposalRoute, async (c) => {
    const principal = c.var.principal;
    const youth = await openYouthFile(deps, principal, c.req.valid('param').youthId, 'grid.decide', { auditRead: false });
    const input = c.req.valid('json');
    const { proposal, key } = await proposalToDecide(youth, input.itemId);
    if (proposal.status === 'ecartee') throw new AlreadyExists('gridProposal.alreadyDecided');
    const current = await planRepo.get(deps.store, youth.departement, youth.id);
    const action = {
      id: proposalActionId(proposal.itemId, key),
      label: input.label ?? proposal.actionLabel,
      who: input.who ?? ('jeune' as const),
      dueOn: input.dueOn,
      status: 'a_faire' as const,
    };
    const goals = current?.goals ?? [];
    const nextGoals = addActionToGoals(goals, proposal.domain, action);
    let plan = current;
    // Accepted before (a retry): the action is in the plan already, nothing is written again.
    if (nextGoals !== goals || !current) {
      // The need now has an action: it is no longer « pas de besoin ». The new version is
      // proposed when every need is covered; otherwise it waits as a draft for the binôme.
      const needsWithoutGoals = (current?.needsWithoutGoals ?? []).filter((item) => item.need !== proposal.domain);
      const draft = current?.status === 'brouillon' || incompleteNeeds({ goals: nextGoals, needsWithoutGoals }).length > 0;
      const input = savePlanSchema.safeParse({ version: current?.version ?? 0, goals: nextGoals, needsWithoutGoals, draft });
      if (!input.success) {
        throw new RuleViolation('plan.full');
      }
      plan = proposePlan(current, input.data, principal.name, deps.now());
      await planRepo.write(
        deps.store,
        principal,
        youth.id,
        plan,
        { expectedVersion: input.data.version, event: draft ? 'draft_saved' : 'saved' },
        deps.now(),
        draft ? [] : messagesForEvent({ type: 'plan.proposed', youthId: youth.id }, deps.now()),
      );
    }
    if (proposal.status === 'a_decider') {
      await gridEvaluationRepo.decide(deps.store, principal, youth.id, key, proposal.itemId, 'accepted', deps.now());
    }
    return c.json({ proposal: { ...proposal, status: 'acceptee' as const }, plan: planSchema.parse(plan) }, 200);
  });

  app.openapi(dismissProposalRoute, async (c) => {
    const principal = c.var.principal;
    const youth = await openYouthFile(deps, principal, c.req.valid('param').youthId, 'grid.decide', { auditRead: false });
    const { proposal, key } = await proposalToDecide(youth, c.req.valid('json').itemId);
    if (proposal.status === 'acceptee') throw new AlreadyExists('gridProposal.alreadyDecided');
    if (proposal.status === 'a_decider') {
      await gridEvaluationRepo.decide(deps.store, principal, youth.id, key, proposal.itemId, 'dismissed', deps.now());
    }
    return c.json({ ...proposal, status: 'ecartee' as const }, 200);
  });

  return app;
}
