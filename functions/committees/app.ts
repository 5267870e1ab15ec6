import { type OpenedCommittee, openCommittee, requireMember, requireOrganiser } from '../../shared/auth/committee-access.js';
import type { Principal } from '../../shared/auth/principal.js';
import { type BallotBox, ballotRepo } from '../../shared/db/ballot-repo.js';
import { type CommitteeRecord, type ConsultationRecord, committeeRepo } from '../../shared/db/committee-repo.js';
import { youthRepo } from '../../shared/db/youth-repo.js';
import { consultationStatus, findBallotProblems, resultsVisibility, shuffled, tallyResults } from '../../shared/domain/consultation.js';
import type { Deps } from '../../shared/http/app-env.js';
import { createAreaApp } from '../../shared/http/create-area-app.js';
import { ApiError, Forbidden, NotFound, ValidationFailed } from '../../shared/http/errors.js';
import * as routes from './routes.js';

function requireOpen(consultation: ConsultationRecord, now: Date) {
  if (consultationStatus(consultation, now) !== 'ouverte') {
    throw new ApiError(409, 'CONSULTATION_CLOSED', 'Cette consultation n’est pas ouverte au vote.');
  }
}

function toCommittee(committee: CommitteeRecord) {
  const { departement: _departement, ...rest } = committee;
  return rest;
}

/** The `committees` area: CTJ / CDJ, consultations, secret ballots, results and what was done with them. */
export function createCommitteesApp(deps: Deps) {
  // Ballots, feedback and follow-up answers are never stored with the caller's id, not
  // even as an idempotency record; a retried ballot meets ALREADY_VOTED instead.
  const app = createAreaApp('/api/committees', deps, {
    withoutIdempotency: (path) => /\/(ballots|feedback|responses)$/.test(path),
  });

  async function openConsultation(principal: Principal, committeeId: string, consultationId: string) {
    const opened = await openCommittee(deps, principal, committeeId);
    const consultation = await committeeRepo.getConsultation(deps.store, principal.departement, committeeId, consultationId);
    if (!consultation) throw new NotFound('Cette consultation est introuvable.');
    const box: BallotBox = { departement: principal.departement, committeeId, consultationId };
    return { opened, consultation, box };
  }

  async function toConsultation(opened: OpenedCommittee, consultation: ConsultationRecord, box: BallotBox) {
    const status = consultationStatus(consultation, deps.now());
    const member = opened.member;
    const followUps = Object.values(consultation.followUps);
    const [ballots, hasVoted, followUpCounts, answered] = await Promise.all([
      ballotRepo.countBallots(deps.store, box),
      member ? ballotRepo.hasVoted(deps.store, box, member.youthId) : Promise.resolve(undefined),
      status === 'publiee' ? ballotRepo.followUpTallies(deps.store, box) : Promise.resolve(new Map<string, { yes: number; no: number }>()),
      member
        ? Promise.all(followUps.map((followUp) => ballotRepo.hasAnsweredFollowUp(deps.store, box, followUp.questionId, member.youthId)))
        : Promise.resolve(undefined),
    ]);
    return {
      ...consultation,
      status,
      ballots,
      followUps: followUps.map((followUp, index) => {
        const counts = followUpCounts.get(followUp.questionId) ?? { yes: 0, no: 0 };
        const answersCount = counts.yes + counts.no;
        return {
          ...followUp,
          answersCount,
          // The same threshold as the results: a small count could be traced back.
          answersQuestion: answersCount >= consultation.minBallots ? counts : null,
          ...(answered ? { hasAnswered: answered[index] ?? false } : {}),
        };
      }),
      ...(hasVoted === undefined ? {} : { hasVoted }),
    };
  }

  app.openapi(routes.createCommitteeRoute, async (c) => {
    const principal = c.var.principal;
    if (principal.role !== 'organisateur' && principal.role !== 'admin') {
      throw new Forbidden('Seuls les organisateurs et les administrateurs créent des comités.');
    }
    return c.json(toCommittee(await committeeRepo.create(deps.store, principal, c.req.valid('json'), deps.now())), 201);
  });

  app.openapi(routes.listCommitteesRoute, async (c) => {
    const principal = c.var.principal;
    let committees: CommitteeRecord[];
    if (principal.role === 'jeune') committees = await committeeRepo.listForMember(deps.store, principal.departement, principal.sub);
    else if (principal.role === 'organisateur' || principal.role === 'admin')
      committees = await committeeRepo.listForStaff(deps.store, principal);
    else throw new Forbidden();
    return c.json({ items: committees.map(toCommittee) }, 200);
  });

  app.openapi(routes.getCommitteeRoute, async (c) => {
    const { committee } = await openCommittee(deps, c.var.principal, c.req.valid('param').committeeId);
    return c.json(toCommittee(committee), 200);
  });

  app.openapi(routes.addMemberRoute, async (c) => {
    const principal = c.var.principal;
    const opened = await openCommittee(deps, principal, c.req.valid('param').committeeId);
    requireOrganiser(opened);
    // Members are young people of the same département: the lookup is confined to it.
    const youth = await youthRepo.get(deps.store, principal.departement, c.req.valid('json').youthId);
    if (!youth) throw new NotFound('Ce jeune est introuvable dans le département.');
    const member = await committeeRepo.addMember(deps.store, principal, opened.committee, youth, deps.now());
    const { accountSub: _accountSub, ...shown } = member;
    return c.json(shown, 201);
  });

  app.openapi(routes.searchCandidatesRoute, async (c) => {
    const principal = c.var.principal;
    const opened = await openCommittee(deps, principal, c.req.valid('param').committeeId);
    requireOrganiser(opened);
    // Names only, ten at most, from at least two letters: enough to pick a member, not a directory.
    const [found, members] = await Promise.all([
      youthRepo.searchByLastName(deps.store, principal.departement, c.req.valid('query').q, 10),
      committeeRepo.listMembers(deps.store, principal.departement, opened.committee.id),
    ]);
    const memberIds = new Set(members.map((member) => member.youthId));
    const items = found.map(({ id, firstName, lastName }) => ({ youthId: id, firstName, lastName, isMember: memberIds.has(id) }));
    return c.json({ items }, 200);
  });

  app.openapi(routes.listMembersRoute, async (c) => {
    const principal = c.var.principal;
    const opened = await openCommittee(deps, principal, c.req.valid('param').committeeId);
    requireOrganiser(opened);
    const members = await committeeRepo.listMembers(deps.store, principal.departement, opened.committee.id);
    return c.json({ items: members.map(({ accountSub: _accountSub, ...shown }) => shown) }, 200);
  });

  app.openapi(routes.createConsultationRoute, async (c) => {
    const principal = c.var.principal;
    const opened = await openCommittee(deps, principal, c.req.valid('param').committeeId);
    requireOrganiser(opened);
    const consultation = await committeeRepo.createConsultation(deps.store, opened.committee, c.req.valid('json'), deps.now());
    const box = { departement: principal.departement, committeeId: opened.committee.id, consultationId: consultation.id };
    return c.json(await toConsultation(opened, consultation, box), 201);
  });

  app.openapi(routes.listConsultationsRoute, async (c) => {
    const principal = c.var.principal;
    const opened = await openCommittee(deps, principal, c.req.valid('param').committeeId);
    const consultations = await committeeRepo.listConsultations(deps.store, principal.departement, opened.committee.id);
    // Members see a consultation once it opens; drafts are the organisers'.
    const visible = opened.member ? consultations.filter((item) => consultationStatus(item, deps.now()) !== 'a_venir') : consultations;
    const items = await Promise.all(
      visible.map((consultation) =>
        toConsultation(opened, consultation, {
          departement: principal.departement,
          committeeId: opened.committee.id,
          consultationId: consultation.id,
        }),
      ),
    );
    return c.json({ items }, 200);
  });

  app.openapi(routes.getConsultationRoute, async (c) => {
    const { committeeId, consultationId } = c.req.valid('param');
    const { opened, consultation, box } = await openConsultation(c.var.principal, committeeId, consultationId);
    if (opened.member && consultationStatus(consultation, deps.now()) === 'a_venir')
      throw new NotFound('Cette consultation est introuvable.');
    return c.json(await toConsultation(opened, consultation, box), 200);
  });

  app.openapi(routes.castBallotRoute, async (c) => {
    const { committeeId, consultationId } = c.req.valid('param');
    const { opened, consultation, box } = await openConsultation(c.var.principal, committeeId, consultationId);
    const member = requireMember(opened);
    const { answers, feedback } = c.req.valid('json');
    const problems = findBallotProblems(consultation.questions, answers);
    if (problems.length > 0) {
      throw new ValidationFailed(
        problems.map((problem) => ({ path: ['json.answers', problem.questionId].filter(Boolean).join('.'), message: problem.message })),
      );
    }
    requireOpen(consultation, deps.now());
    await ballotRepo.cast(deps.store, box, member.youthId, answers, feedback);
    return c.json({ accepted: true as const }, 201);
  });

  app.openapi(routes.addFeedbackRoute, async (c) => {
    const { committeeId, consultationId } = c.req.valid('param');
    const { opened, consultation, box } = await openConsultation(c.var.principal, committeeId, consultationId);
    requireMember(opened);
    requireOpen(consultation, deps.now());
    await ballotRepo.addFeedback(deps.store, box, c.req.valid('json').text);
    return c.json({ accepted: true as const }, 201);
  });

  app.openapi(routes.closeConsultationRoute, async (c) => {
    const { committeeId, consultationId } = c.req.valid('param');
    const { opened, consultation, box } = await openConsultation(c.var.principal, committeeId, consultationId);
    requireOrganiser(opened);
    // Closing an ended consultation changes nothing: it keeps the time it really closed.
    const status = consultationStatus(consultation, deps.now());
    if (status === 'a_venir' || status === 'ouverte') {
      await committeeRepo.close(deps.store, c.var.principal.departement, committeeId, consultationId, deps.now());
    }
    const closed = await committeeRepo.getConsultation(deps.store, c.var.principal.departement, committeeId, consultationId);
    if (!closed) throw new NotFound('Cette consultation est introuvable.');
    return c.json(await toConsultation(opened, closed, box), 200);
  });

  app.openapi(routes.publishConsultationRoute, async (c) => {
    const { committeeId, consultationId } = c.req.valid('param');
    const principal = c.var.principal;
    const { opened, consultation, box } = await openConsultation(principal, committeeId, consultationId);
    requireOrganiser(opened);
    const visibility = resultsVisibility(
      consultationStatus(consultation, deps.now()),
      await ballotRepo.countBallots(deps.store, box),
      consultation.minBallots,
    );
    if (visibility === 'sealed') throw new ApiError(409, 'CONSULTATION_OPEN', 'Clôturez la consultation avant d’en publier les résultats.');
    if (visibility === 'below_threshold') {
      throw new ApiError(
        409,
        'RESULTS_WITHHELD',
        `Moins de ${consultation.minBallots} votes : les résultats restent masqués pour protéger l’anonymat.`,
      );
    }
    await committeeRepo.publish(deps.store, principal.departement, committeeId, consultationId, deps.now());
    const published = await committeeRepo.getConsultation(deps.store, principal.departement, committeeId, consultationId);
    if (!published) throw new NotFound('Cette consultation est introuvable.');
    return c.json(await toConsultation(opened, published, box), 200);
  });

  app.openapi(routes.resultsRoute, async (c) => {
    const { committeeId, consultationId } = c.req.valid('param');
    const { opened, consultation, box } = await openConsultation(c.var.principal, committeeId, consultationId);
    const status = consultationStatus(consultation, deps.now());
    if (opened.member && status !== 'publiee') throw new Forbidden('Les résultats n’ont pas encore été publiés.');
    const ballots = await ballotRepo.countBallots(deps.store, box);
    const visibility = resultsVisibility(status, ballots, consultation.minBallots);
    if (visibility !== 'visible') {
      return c.json(
        { ballots, withheld: true, reason: visibility === 'sealed' ? ('consultation_ouverte' as const) : ('seuil_non_atteint' as const) },
        200,
      );
    }
    const [counts, feedback] = await Promise.all([ballotRepo.tallies(deps.store, box), ballotRepo.feedback(deps.store, box)]);
    return c.json({ ballots, withheld: false, questions: tallyResults(consultation.questions, counts), feedback: shuffled(feedback) }, 200);
  });

  app.openapi(routes.putFollowUpRoute, async (c) => {
    const { committeeId, consultationId, questionId } = c.req.valid('param');
    const principal = c.var.principal;
    const { opened, consultation, box } = await openConsultation(principal, committeeId, consultationId);
    requireOrganiser(opened);
    if (!consultation.publishedAt) throw new ApiError(409, 'NOT_PUBLISHED', 'Publiez les résultats avant d’indiquer les suites données.');
    if (!consultation.questions.some((question) => question.id === questionId)) throw new NotFound('Cette question est introuvable.');
    const followUp = { questionId, ...c.req.valid('json'), updatedAt: deps.now().toISOString() };
    await committeeRepo.putFollowUp(deps.store, principal.departement, committeeId, consultationId, followUp);
    const updated = { ...consultation, followUps: { ...consultation.followUps, [questionId]: followUp } };
    return c.json(await toConsultation(opened, updated, box), 200);
  });

  app.openapi(routes.answerFollowUpRoute, async (c) => {
    const { committeeId, consultationId, questionId } = c.req.valid('param');
    const { opened, consultation, box } = await openConsultation(c.var.principal, committeeId, consultationId);
    const member = requireMember(opened);
    if (!consultation.followUps[questionId]) throw new NotFound('Aucune suite n’a encore été donnée à cette question.');
    await ballotRepo.answerFollowUp(deps.store, box, questionId, member.youthId, c.req.valid('json').answersMyQuestion);
    return c.body(null, 204);
  });

  return app;
}
