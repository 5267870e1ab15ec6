import { type OpenedCommittee, openCommittee } from '../../shared/auth/committee-access.js';
import type { CommitteeAction } from '../../shared/auth/policy.js';
import type { Principal } from '../../shared/auth/principal.js';
import { type BallotBox, ballotRepo } from '../../shared/db/ballot-repo.js';
import { type ConsultationRecord, committeeRepo } from '../../shared/db/committee-repo.js';
import { committeeSettingsRepo } from '../../shared/db/committee-settings-repo.js';
import { consultationThreshold } from '../../shared/domain/committee-settings.js';
import {
  checkPublishable,
  consultationStatus,
  consultationWarnings,
  followUpAnswersCloseAt,
  followUpAnswersOpen,
  resultsVisibility,
  shuffled,
  tallyBallots,
  tallyResults,
  visibleFollowUpCounts,
} from '../../shared/domain/consultation.js';
import { Forbidden, NotFound } from '../../shared/domain/errors.js';
import type { Deps } from '../../shared/http/app-env.js';
import type { BallotKeys } from './ballot-keys.js';

/** A consultation the caller may act on, with its committee and its ballot box. */
export interface OpenedConsultation {
  opened: OpenedCommittee;
  consultation: ConsultationRecord;
  box: BallotBox;
}

/**
 * What the committees' routes do with consultations, each in a few queries: open one for
 * an action, build the view the caller may see, publish, read results. The rules are
 * shared/domain/consultation.ts; who may act is the policy's (`openCommittee`).
 */
export function consultationService(deps: Deps, ballotKeys: BallotKeys) {
  function boxOf(departement: string, committeeId: string, consultationId: string): BallotBox {
    return { departement, committeeId, consultationId };
  }

  async function reload(principal: Principal, { consultation, box }: OpenedConsultation): Promise<ConsultationRecord> {
    const fresh = await committeeRepo.getConsultation(deps.store, principal.departement, box.committeeId, consultation.id);
    if (!fresh) throw new NotFound('consultation.notFound');
    return fresh;
  }

  /** How many more feedback texts a member may give. */
  async function feedbackLeftFor(memberId: string, box: BallotBox): Promise<number> {
    const [settings, given] = await Promise.all([
      committeeSettingsRepo.get(deps.store, box.departement),
      ballotRepo.feedbackGiven(deps.store, box, memberId),
    ]);
    return Math.max(0, settings.feedbackPerMember - given);
  }

  /**
   * The consultation as the caller may see it: status, participation, follow-ups with how
   * many answered, and yes / no once answers are closed and at or above the threshold.
   */
  async function view({ opened, consultation, box }: OpenedConsultation) {
    const now = deps.now();
    const status = consultationStatus(consultation, now);
    const member = opened.member;
    const followUps = Object.values(consultation.followUps);
    const [ballots, hasVoted, feedbackLeft, followUpCounts, answered, ballotKey, answerKeys] = await Promise.all([
      ballotRepo.countBallots(deps.store, box),
      member ? ballotRepo.hasVoted(deps.store, box, member.youthId) : Promise.resolve(undefined),
      member ? feedbackLeftFor(member.youthId, box) : Promise.resolve(undefined),
      status === 'publiee' ? ballotRepo.followUpTallies(deps.store, box) : Promise.resolve(new Map<string, { yes: number; no: number }>()),
      member
        ? Promise.all(followUps.map((followUp) => ballotRepo.hasAnsweredFollowUp(deps.store, box, followUp.questionId, member.youthId)))
        : Promise.resolve(undefined),
      // While voting, the key the phone blinds with: created the first time it is asked for.
      status === 'ouverte' ? ballotKeys.publicKey(box) : Promise.resolve(undefined),
      // To a member, while a follow-up takes answers, the key their answer credential is blinded with.
      Promise.all(
        followUps.map((followUp) =>
          member && status === 'publiee' && followUpAnswersOpen(followUp, now)
            ? ballotKeys.publicKey({ ...box, followUpQuestionId: followUp.questionId })
            : undefined,
        ),
      ),
    ]);
    return {
      ...consultation,
      status,
      ballots,
      followUps: followUps.map((followUp, index) => {
        const counts = followUpCounts.get(followUp.questionId) ?? { yes: 0, no: 0 };
        return {
          ...followUp,
          answersCloseAt: followUpAnswersCloseAt(followUp),
          answersOpen: followUpAnswersOpen(followUp, now),
          answersCount: counts.yes + counts.no,
          answersQuestion: visibleFollowUpCounts(followUp, counts, consultation.minBallots, now),
          ...(answered ? { hasAnswered: answered[index] ?? false } : {}),
          ...(answerKeys[index] ? { answerKey: answerKeys[index] } : {}),
        };
      }),
      ...(hasVoted === undefined ? {} : { hasVoted }),
      ...(ballotKey === undefined ? {} : { ballotKey }),
      ...(feedbackLeft === undefined ? {} : { feedbackLeft }),
    };
  }

  return {
    view,

    /** Opens the committee for `action`, then the consultation; a member never sees a draft. */
    async open(principal: Principal, committeeId: string, consultationId: string, action: CommitteeAction): Promise<OpenedConsultation> {
      const opened = await openCommittee(deps, principal, committeeId, action);
      const consultation = await committeeRepo.getConsultation(deps.store, principal.departement, committeeId, consultationId);
      if (!consultation) throw new NotFound('consultation.notFound');
      return { opened, consultation, box: boxOf(principal.departement, committeeId, consultationId) };
    },

    /** The consultations of a committee the caller sees: members only those that have opened. */
    async list(principal: Principal, opened: OpenedCommittee) {
      const consultations = await committeeRepo.listConsultations(deps.store, principal.departement, opened.committee.id);
      const visible = opened.member ? consultations.filter((item) => consultationStatus(item, deps.now()) !== 'a_venir') : consultations;
      return Promise.all(
        visible.map((consultation) =>
          view({ opened, consultation, box: boxOf(principal.departement, opened.committee.id, consultation.id) }),
        ),
      );
    },

    /** One consultation; to a member, one that has not opened yet does not exist. */
    async read(target: OpenedConsultation) {
      if (target.opened.member && consultationStatus(target.consultation, deps.now()) === 'a_venir') {
        throw new NotFound('consultation.notFound');
      }
      return view(target);
    },

    /** Creates a consultation at the département's anonymity floor or above, with a warning when the committee is too small for it. */
    async create(principal: Principal, opened: OpenedCommittee, input: Parameters<typeof committeeRepo.createConsultation>[2]) {
      const settings = await committeeSettingsRepo.get(deps.store, principal.departement);
      const minBallots = consultationThreshold(input.minBallots, settings);
      const consultation = await committeeRepo.createConsultation(deps.store, opened.committee, { ...input, minBallots }, deps.now());
      const created = await view({ opened, consultation, box: boxOf(principal.departement, opened.committee.id, consultation.id) });
      return { ...created, warnings: consultationWarnings(opened.committee.memberCount, consultation.minBallots) };
    },

    /** Closes now; closing an ended consultation changes nothing: it keeps the time it really closed. */
    async close(principal: Principal, target: OpenedConsultation) {
      const status = consultationStatus(target.consultation, deps.now());
      if (status === 'a_venir' || status === 'ouverte') {
        await committeeRepo.close(deps.store, principal.departement, target.box.committeeId, target.consultation.id, deps.now());
      }
      return view({ ...target, consultation: await reload(principal, target) });
    },

    /** Publishes the results to the members, once closed and above the threshold. */
    async publish(principal: Principal, target: OpenedConsultation) {
      const { consultation, box } = target;
      checkPublishable(
        consultationStatus(consultation, deps.now()),
        await ballotRepo.countBallots(deps.store, box),
        consultation.minBallots,
      );
      await committeeRepo.publish(deps.store, principal.departement, box.committeeId, consultation.id, deps.now());
      return view({ ...target, consultation: await reload(principal, target) });
    },

    /** Results: sealed while open, withheld below the threshold, to members once published. */
    async results({ opened, consultation, box }: OpenedConsultation) {
      const status = consultationStatus(consultation, deps.now());
      if (opened.member && status !== 'publiee') throw new Forbidden('access.resultsNotPublished');
      const ballots = await ballotRepo.countBallots(deps.store, box);
      const visibility = resultsVisibility(status, ballots, consultation.minBallots);
      if (visibility !== 'visible') {
        return {
          ballots,
          withheld: true,
          reason: visibility === 'sealed' ? ('consultation_ouverte' as const) : ('seuil_non_atteint' as const),
        };
      }
      const [cast, feedback] = await Promise.all([ballotRepo.ballots(deps.store, box), ballotRepo.feedback(deps.store, box)]);
      return {
        ballots,
        withheld: false,
        questions: tallyResults(consultation.questions, tallyBallots(cast)),
        feedback: shuffled(feedback),
      };
    },
  };
}

export type ConsultationService = ReturnType<typeof consultationService>;
