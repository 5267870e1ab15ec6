import { createRoute } from '@hono/zod-openapi';
import { authorize } from '../../shared/auth/authorize.js';
import type { Principal } from '../../shared/auth/principal.js';
import { noteYoungPersonContact } from '../../shared/auth/young-person-contact.js';
import { indicatorFactsRepo } from '../../shared/db/indicator-facts-repo.js';
import { youthRepo } from '../../shared/db/youth-repo.js';
import { parisDate } from '../../shared/domain/calendar-date.js';
import { CHECK_IN_AGES, checkInAnswerRefusal, openCheckIn } from '../../shared/domain/check-ins.js';
import { NotFound, RuleViolation } from '../../shared/domain/errors.js';
import type { Deps } from '../../shared/http/app-env.js';
import { createResourceApp } from '../../shared/http/create-area-app.js';
import { jsonBody, jsonContent, bearerSecurity as security } from '../../shared/http/openapi-parts.js';
import { errorSchema, idempotencyHeaderSchema } from '../../shared/schemas/common.js';
import { checkInReplySchema, checkInStateSchema } from '../../shared/schemas/indicators.js';
import { errors, tags } from './route-parts.js';

export const checkInStateRoute = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'Mon questionnaire des 19 ou 21 ans : ouvert en ce moment ? déjà fait ? (le jeune)',
  security,
  responses: { 200: jsonContent(checkInStateSchema, 'Le questionnaire ouvert, et ceux déjà faits'), ...errors },
});

export const checkInReplyRoute = createRoute({
  method: 'post',
  path: '/',
  tags,
  summary: 'Répondre au questionnaire des 19 ou 21 ans, avec son accord, ou choisir de ne pas répondre (le jeune)',
  security,
  // The phone resends an answer kept offline with the same key: applied once.
  request: { headers: idempotencyHeaderSchema, body: jsonBody(checkInReplySchema, 'Les cinq réponses, ou le refus') },
  responses: {
    201: jsonContent(checkInStateSchema, 'Enregistré'),
    ...errors,
    409: jsonContent(errorSchema, 'Questionnaire pas ouvert, ou déjà fait : rien n’a été modifié'),
  },
});

/**
 * The check-ins of 19 and 21, mounted at `/api/dashboard/check-in`: the young person's
 * own, through their own login only (there is no route with a young person's id, so no
 * staff member can read one person's answers; the indicators count them, under 5 hidden).
 * Their own act: not written to their audit log.
 */
export function checkInRoutes(deps: Deps) {
  const app = createResourceApp();

  const ownFile = async (principal: Principal) => {
    authorize(principal, 'youth.readOwn');
    const youth = await youthRepo.getByAccount(deps.store, principal.departement, principal.sub);
    if (!youth) throw new NotFound('youthFile.noneForAccount');
    authorize(principal, 'checkIn.answer', youth, 'youthFile.notFound');
    await noteYoungPersonContact(deps, principal, youth);
    return youth;
  };

  const state = async (departement: string, youth: { id: string; birthDate: string }) => {
    const { checkIns } = await indicatorFactsRepo.get(deps.store, departement, youth.id);
    return {
      open: openCheckIn(youth.birthDate, parisDate(deps.now()), checkIns),
      done: CHECK_IN_AGES.flatMap((age) => {
        const done = checkIns[age];
        return done ? [{ age, status: done.status, on: done.on }] : [];
      }),
    };
  };

  app.openapi(checkInStateRoute, async (c) => {
    const youth = await ownFile(c.var.principal);
    return c.json(await state(youth.departement, youth), 200);
  });

  app.openapi(checkInReplyRoute, async (c) => {
    const youth = await ownFile(c.var.principal);
    const reply = c.req.valid('json');
    const today = parisDate(deps.now());
    const { checkIns } = await indicatorFactsRepo.get(deps.store, youth.departement, youth.id);
    const refusal = checkInAnswerRefusal(youth.birthDate, reply.age, today, checkIns);
    if (refusal) throw new RuleViolation(refusal);
    await indicatorFactsRepo.recordCheckIn(
      deps.store,
      youth.departement,
      youth.id,
      reply.age,
      reply.consent ? { status: 'answered', on: today, answers: reply.answers } : { status: 'declined', on: today },
    );
    return c.json(await state(youth.departement, youth), 201);
  });

  return app;
}
