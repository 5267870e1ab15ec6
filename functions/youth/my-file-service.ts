import { gridEvaluationRepo } from '../../shared/db/grid-evaluation-repo.js';
import { housingRepo } from '../../shared/db/housing-repo.js';
import { indicatorFactsRepo } from '../../shared/db/indicator-facts-repo.js';
import { interviewRepo } from '../../shared/db/interview-repo.js';
import { planRepo } from '../../shared/db/plan-repo.js';
import { preparationRepo } from '../../shared/db/preparation-repo.js';
import { interviewSettingsRepo } from '../../shared/db/settings-repo.js';
import { staffRepo } from '../../shared/db/staff-repo.js';
import { supportRepo } from '../../shared/db/support-repo.js';
import type { YouthRecord } from '../../shared/db/youth-repo.js';
import { parisDate } from '../../shared/domain/calendar-date.js';
import { computeHousingAlert } from '../../shared/domain/housing-alert.js';
import { computeInterviewDeadlines } from '../../shared/domain/interview-deadlines.js';
import { interviewFacts } from '../../shared/domain/interview-facts.js';
import { toDoList } from '../../shared/domain/to-do.js';
import type { Deps } from '../../shared/http/app-env.js';
import { toYouth } from './youth-view.js';

/**
 * « Mon dossier » in one answer: the file, what waits for the young person and who their
 * binôme is. Its cost does not grow with what the file holds beyond the few items read:
 * 6 GetItem (plan, preparation, self-assessment in progress, the check-ins of 19 and 21
 * in the indicator facts, the binôme's two directory entries), 3 settings GetItem (interviews, housing, dashboard) and 4 Query (interviews,
 * grid evaluations, housing, support requests), all at once after the file's own 2 GetItem. Votes are the committees
 * area's (it alone reads the ballot box): `GET /api/committees/votes-waiting`.
 */
export async function buildMyFile(deps: Deps, youth: YouthRecord) {
  const { departement, id } = youth;
  const [
    plan,
    preparation,
    selfDraft,
    evaluations,
    interviews,
    housing,
    supportRequests,
    interviewSettings,
    housingSettings,
    dashboard,
    referent,
    coordinateur,
    indicatorFacts,
  ] = await Promise.all([
    planRepo.get(deps.store, departement, id),
    preparationRepo.get(deps.store, departement, id),
    gridEvaluationRepo.getSelfDraft(deps.store, departement, id),
    gridEvaluationRepo.list(deps.store, departement, id),
    interviewRepo.list(deps.store, departement, id),
    housingRepo.getFile(deps.store, departement, id),
    supportRepo.list(deps.store, departement, id),
    interviewSettingsRepo.get(deps.store, departement),
    housingRepo.getSettings(deps.store, departement),
    staffRepo.getSettings(deps.store, departement),
    staffRepo.get(deps.store, departement, youth.referentId),
    staffRepo.get(deps.store, departement, youth.coordinateurId),
    indicatorFactsRepo.get(deps.store, departement, id),
  ]);
  const today = parisDate(deps.now());
  const entretien17 = interviewFacts(interviews, 'entretien17');
  const deadlines = computeInterviewDeadlines({
    birthDate: youth.birthDate,
    careStartDate: youth.careStartDate,
    careEndDate: youth.careEndDate,
    today,
    settings: interviewSettings,
    entretien17,
    followUp: interviewFacts(interviews, 'suivi'),
  });
  const lastSelf = evaluations.filter((evaluation) => evaluation.kind === 'self').at(-1);
  const toDo = toDoList(
    {
      planStatus: plan?.status ?? null,
      entretien17,
      entretien17Owed: deadlines.entretien17.status !== 'sans_objet',
      preparation: {
        answered: Object.values(preparation?.answers ?? {}).filter((answer) => answer.trim() !== '').length,
        shared: Boolean(preparation?.sharedAt),
      },
      grid: { draftAnswered: Object.keys(selfDraft?.levels ?? {}).length, lastSentOn: lastSelf?.assessedOn ?? null },
      housing: {
        projectStarted: housing.project !== null,
        projectShared: Boolean(housing.project?.sharedAt),
        proposals: housing.applications.filter((application) => application.status === 'proposition').length,
        alert: computeHousingAlert({
          birthDate: youth.birthDate,
          careEndDate: youth.careEndDate,
          hasSolution: youth.hasHousingSolution,
          today,
          alertDays: housingSettings.alertDays,
        }),
      },
      supportDecisions: supportRequests.flatMap((request) =>
        request.decisions.map((decision) => ({ requestId: request.id, outcome: decision.outcome, decidedOn: decision.decidedOn })),
      ),
      checkIns: { birthDate: youth.birthDate, done: indicatorFacts.checkIns },
    },
    today,
  );
  // Names and roles of the binôme only: nothing else of the staff directory reaches the young person.
  const members = [referent, coordinateur].flatMap((member, index) =>
    member
      ? [
          {
            role: index === 0 ? ('referent' as const) : ('coordinateur' as const),
            firstName: member.firstName,
            lastName: member.lastName,
            civility: member.civility,
          },
        ]
      : [],
  );
  return {
    ...toYouth(youth),
    toDo,
    binome: {
      members,
      secondMemberLabel: dashboard.secondMemberLabel,
      phoneNumber: dashboard.binomePhoneNumber,
      hours: dashboard.binomeHours,
      outOfHoursNumber: dashboard.outOfHoursNumber,
    },
  };
}
