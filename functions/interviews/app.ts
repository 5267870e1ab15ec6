import type { Principal } from '../../shared/auth/principal.js';
import { openYouthFile } from '../../shared/auth/youth-access.js';
import { interviewRepo } from '../../shared/db/interview-repo.js';
import { planRepo } from '../../shared/db/plan-repo.js';
import { preparationRepo, preparationTemplateRepo } from '../../shared/db/preparation-repo.js';
import { interviewSettingsRepo } from '../../shared/db/settings-repo.js';
import { parisDate } from '../../shared/domain/calendar-date.js';
import { computeInterviewDeadlines, interviewFactsOf } from '../../shared/domain/interview-deadlines.js';
import { currentPlanReviewDue, planReviewStatus } from '../../shared/domain/plan-review.js';
import { preparationAsSeenBy } from '../../shared/domain/preparation-sharing.js';
import { findInvalidAnswers } from '../../shared/domain/preparation-template.js';
import type { Deps } from '../../shared/http/app-env.js';
import { createAreaApp } from '../../shared/http/create-area-app.js';
import { ApiError, Forbidden, NotFound, ValidationFailed } from '../../shared/http/errors.js';
import * as routes from './routes.js';

function requireAdmin(principal: Principal) {
  if (principal.role !== 'admin') throw new Forbidden('Seul un administrateur peut modifier ces réglages.');
}

/** The `interviews` area: entretien des 17 ans, follow-up interview, preparation, projet d'autonomie. */
export function createInterviewsApp(deps: Deps) {
  const app = createAreaApp('/api/interviews', deps);

  async function preparationView(principal: Principal, departement: string, youthId: string) {
    const stored = await preparationRepo.get(deps.store, departement, youthId);
    const template = stored
      ? await preparationTemplateRepo.byVersion(deps.store, departement, stored.templateVersion)
      : await preparationTemplateRepo.current(deps.store, departement);
    // openYouthFile let a young person reach only their own file.
    return { template, ...preparationAsSeenBy({ isTheYoungPerson: principal.role === 'jeune' }, stored) };
  }

  app.openapi(routes.getSettingsRoute, async (c) => c.json(await interviewSettingsRepo.get(deps.store, c.var.principal.departement), 200));

  app.openapi(routes.putSettingsRoute, async (c) => {
    requireAdmin(c.var.principal);
    const settings = c.req.valid('json');
    await interviewSettingsRepo.put(deps.store, c.var.principal.departement, settings, deps.now());
    return c.json(settings, 200);
  });

  app.openapi(routes.getTemplateRoute, async (c) =>
    c.json(await preparationTemplateRepo.current(deps.store, c.var.principal.departement), 200),
  );

  app.openapi(routes.publishTemplateRoute, async (c) => {
    requireAdmin(c.var.principal);
    const template = await preparationTemplateRepo.publish(
      deps.store,
      c.var.principal.departement,
      c.req.valid('json').questions,
      deps.now(),
    );
    return c.json(template, 201);
  });

  app.openapi(routes.deadlinesRoute, async (c) => {
    const principal = c.var.principal;
    const { youthId } = c.req.valid('param');
    const youth = await openYouthFile(deps, principal, youthId, 'interview.read');
    const [interviews, settings, plan] = await Promise.all([
      interviewRepo.list(deps.store, youth.departement, youthId),
      interviewSettingsRepo.get(deps.store, youth.departement),
      planRepo.get(deps.store, youth.departement, youthId),
    ]);
    const today = parisDate(deps.now());
    const deadlines = computeInterviewDeadlines({
      birthDate: youth.birthDate,
      careStartDate: youth.careStartDate,
      careEndDate: youth.careEndDate,
      today,
      settings,
      entretien17: interviewFactsOf(interviews, 'entretien17'),
      followUp: interviewFactsOf(interviews, 'suivi'),
    });
    const reviewDue = plan ? currentPlanReviewDue(plan, youth.careEndDate, today) : null;
    const planReview = reviewDue ? { dueBy: reviewDue, status: planReviewStatus(reviewDue, today) } : null;
    return c.json({ ...deadlines, planReview }, 200);
  });

  app.openapi(routes.listInterviewsRoute, async (c) => {
    const { youthId } = c.req.valid('param');
    const youth = await openYouthFile(deps, c.var.principal, youthId, 'interview.read');
    return c.json({ items: await interviewRepo.list(deps.store, youth.departement, youthId) }, 200);
  });

  app.openapi(routes.createInterviewRoute, async (c) => {
    const { youthId } = c.req.valid('param');
    await openYouthFile(deps, c.var.principal, youthId, 'interview.write', { auditRead: false });
    return c.json(await interviewRepo.create(deps.store, c.var.principal, youthId, c.req.valid('json'), deps.now()), 201);
  });

  app.openapi(routes.getInterviewRoute, async (c) => {
    const { youthId, interviewId } = c.req.valid('param');
    const youth = await openYouthFile(deps, c.var.principal, youthId, 'interview.read');
    const interview = await interviewRepo.get(deps.store, youth.departement, youthId, interviewId);
    if (!interview) throw new NotFound('Cet entretien est introuvable.');
    return c.json(interview, 200);
  });

  app.openapi(routes.updateInterviewRoute, async (c) => {
    const { youthId, interviewId } = c.req.valid('param');
    const youth = await openYouthFile(deps, c.var.principal, youthId, 'interview.write', { auditRead: false });
    const current = await interviewRepo.get(deps.store, youth.departement, youthId, interviewId);
    if (!current) throw new NotFound('Cet entretien est introuvable.');
    const changes = c.req.valid('json');
    if (changes.exitSituation && current.kind !== 'suivi') {
      throw new ValidationFailed([
        { path: 'json.exitSituation', message: 'La situation de sortie se renseigne lors de l’entretien de suivi.' },
      ]);
    }
    return c.json(await interviewRepo.update(deps.store, c.var.principal, youthId, current, changes, deps.now()), 200);
  });

  app.openapi(routes.getPreparationRoute, async (c) => {
    const { youthId } = c.req.valid('param');
    const youth = await openYouthFile(deps, c.var.principal, youthId, 'preparation.read');
    return c.json(await preparationView(c.var.principal, youth.departement, youthId), 200);
  });

  app.openapi(routes.saveAnswersRoute, async (c) => {
    const principal = c.var.principal;
    const { youthId } = c.req.valid('param');
    const youth = await openYouthFile(deps, principal, youthId, 'preparation.write', { auditRead: false });
    const { answers } = c.req.valid('json');
    const stored = await preparationRepo.get(deps.store, youth.departement, youthId);
    const template = stored
      ? await preparationTemplateRepo.byVersion(deps.store, youth.departement, stored.templateVersion)
      : await preparationTemplateRepo.current(deps.store, youth.departement);
    const invalid = findInvalidAnswers(template, answers);
    if (invalid.length > 0) {
      throw new ValidationFailed(
        invalid.map((id) => ({ path: `json.answers.${id}`, message: 'Question inconnue ou réponse non proposée.' })),
      );
    }
    await preparationRepo.saveAnswers(deps.store, youth.departement, youthId, template.version, answers, deps.now());
    return c.json(await preparationView(principal, youth.departement, youthId), 200);
  });

  app.openapi(routes.sharePreparationRoute, async (c) => {
    const principal = c.var.principal;
    const { youthId } = c.req.valid('param');
    const youth = await openYouthFile(deps, principal, youthId, 'preparation.write', { auditRead: false });
    const stored = await preparationRepo.get(deps.store, youth.departement, youthId);
    if (!Object.values(stored?.answers ?? {}).some((answer) => answer.trim() !== '')) {
      throw new ApiError(409, 'PREPARATION_EMPTY', 'Réponds au moins à une question avant de partager ta préparation.');
    }
    await preparationRepo.share(deps.store, youth.departement, youthId, deps.now());
    return c.json(await preparationView(principal, youth.departement, youthId), 200);
  });

  app.openapi(routes.getPlanRoute, async (c) => {
    const { youthId } = c.req.valid('param');
    const youth = await openYouthFile(deps, c.var.principal, youthId, 'plan.read');
    const plan = await planRepo.get(deps.store, youth.departement, youthId);
    if (!plan) throw new ApiError(404, 'PLAN_NOT_FOUND', 'Aucun projet d’autonomie n’a encore été rédigé.');
    return c.json(plan, 200);
  });

  app.openapi(routes.savePlanRoute, async (c) => {
    const { youthId } = c.req.valid('param');
    const youth = await openYouthFile(deps, c.var.principal, youthId, 'plan.write', { auditRead: false });
    const current = await planRepo.get(deps.store, youth.departement, youthId);
    return c.json(await planRepo.save(deps.store, c.var.principal, youthId, current, c.req.valid('json'), deps.now()), 200);
  });

  async function respond(principal: Principal, youthId: string, response: { version: number; changeMessage?: string }) {
    const youth = await openYouthFile(deps, principal, youthId, 'plan.respond', { auditRead: false });
    const current = await planRepo.get(deps.store, youth.departement, youthId);
    if (!current) throw new NotFound('Aucun projet d’autonomie n’a encore été rédigé.');
    return planRepo.respond(deps.store, principal, youthId, current, response, deps.now());
  }

  app.openapi(routes.signPlanRoute, async (c) => {
    const { youthId } = c.req.valid('param');
    return c.json(await respond(c.var.principal, youthId, { version: c.req.valid('json').version }), 200);
  });

  app.openapi(routes.requestPlanChangeRoute, async (c) => {
    const { youthId } = c.req.valid('param');
    const { version, message } = c.req.valid('json');
    return c.json(await respond(c.var.principal, youthId, { version, changeMessage: message }), 200);
  });

  app.openapi(routes.planHistoryRoute, async (c) => {
    const { youthId } = c.req.valid('param');
    const youth = await openYouthFile(deps, c.var.principal, youthId, 'plan.read');
    return c.json({ items: await planRepo.history(deps.store, youth.departement, youthId) }, 200);
  });

  return app;
}
