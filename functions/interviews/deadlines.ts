import { createRoute } from '@hono/zod-openapi';
import { openYouthFile } from '../../shared/auth/youth-access.js';
import { interviewRepo } from '../../shared/db/interview-repo.js';
import { planRepo } from '../../shared/db/plan-repo.js';
import { interviewSettingsRepo } from '../../shared/db/settings-repo.js';
import { parisDate } from '../../shared/domain/calendar-date.js';
import { computeInterviewDeadlines } from '../../shared/domain/interview-deadlines.js';
import { interviewFacts } from '../../shared/domain/interview-facts.js';
import { currentPlanReviewDue, planReviewStatus } from '../../shared/domain/plan-review.js';
import type { Deps } from '../../shared/http/app-env.js';
import { createResourceApp } from '../../shared/http/create-area-app.js';
import { jsonContent, bearerSecurity as security } from '../../shared/http/openapi-parts.js';
import { deadlinesSchema } from '../../shared/schemas/interviews.js';
import { errors, tags, youthParams } from './route-parts.js';

export const deadlinesRoute = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'Échéances : entretien pour l’autonomie (des 17 ans), entretien de suivi, révision du projet',
  security,
  request: { params: youthParams },
  responses: { 200: jsonContent(deadlinesSchema, 'Échéances (dates AAAA-MM-JJ)'), ...errors },
});

/** A young person's deadlines, mounted at `/{youthId}/deadlines`. */
export function deadlineRoutes(deps: Deps) {
  const app = createResourceApp();

  app.openapi(deadlinesRoute, async (c) => {
    const { youthId } = c.req.valid('param');
    const youth = await openYouthFile(deps, c.var.principal, youthId, 'interview.read');
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
      entretien17: interviewFacts(interviews, 'entretien17'),
      followUp: interviewFacts(interviews, 'suivi'),
    });
    const reviewDue = plan ? currentPlanReviewDue(plan, youth.careEndDate, today) : null;
    const planReview = reviewDue ? { dueBy: reviewDue, status: planReviewStatus(reviewDue, today) } : null;
    return c.json({ ...deadlines, planReview }, 200);
  });

  return app;
}
