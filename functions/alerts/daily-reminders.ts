import { type ConsultationRecord, committeeRepo } from '../../shared/db/committee-repo.js';
import { gridEvaluationRepo } from '../../shared/db/grid-evaluation-repo.js';
import { interviewRepo } from '../../shared/db/interview-repo.js';
import { outboxRepo } from '../../shared/db/outbox-repo.js';
import { preparationRepo } from '../../shared/db/preparation-repo.js';
import type { Store } from '../../shared/db/store.js';
import { type DailyFacts, dailyReminderDays, dailyReminders, interviewDraftPending } from '../../shared/domain/reminders.js';

/** What the reminders of one département's day came to: counts only. */
export interface DailyRemindersRun {
  /** Messages today's facts call for. */
  planned: number;
  /** Written to the outbox by this run (the others were already there). */
  written: number;
}

/** Whether the young person's preparation or self-assessment is still a draft: two Gets. */
async function draftPending(store: Store, departement: string, youthId: string): Promise<boolean> {
  const [preparation, selfDraft] = await Promise.all([
    preparationRepo.get(store, departement, youthId),
    gridEvaluationRepo.getSelfDraft(store, departement, youthId),
  ]);
  return interviewDraftPending({
    preparationShared: Boolean(preparation?.sharedAt),
    selfAssessmentDraftAnswered: Object.keys(selfDraft?.levels ?? {}).length,
  });
}

/**
 * The daily reminders of one département: the entretiens planned for tomorrow and in a
 * week, the consultations closing tomorrow and those opening yesterday or today (each read
 * from its day's index partition, so the cost follows what is due), the staff digest's
 * counts given by the alerts just written; then each message written once to the outbox
 * (the sender sends it from 8:00).
 */
export async function writeDailyReminders(
  store: Store,
  departement: string,
  staffDue: DailyFacts['staffDue'],
  today: string,
  now: Date,
): Promise<DailyRemindersRun> {
  const { yesterday, tomorrow, inAWeek } = dailyReminderDays(today);
  const [interviewsTomorrow, interviewsInAWeek, closing, openedYesterday, openingToday] = await Promise.all([
    interviewRepo.plannedOn(store, departement, tomorrow),
    interviewRepo.plannedOn(store, departement, inAWeek),
    committeeRepo.closingOn(store, departement, tomorrow),
    committeeRepo.openingOn(store, departement, yesterday),
    committeeRepo.openingOn(store, departement, today),
  ]);
  const interviews = [
    ...interviewsTomorrow.map((interview) => ({ ...interview, draftPending: false })),
    ...(await Promise.all(
      interviewsInAWeek.map(async (interview) => ({
        ...interview,
        draftPending: await draftPending(store, departement, interview.youthId),
      })),
    )),
  ];
  // Each committee's members read once, whether its consultations open, close or both.
  const members = new Map<string, Promise<string[]>>();
  const membersOf = (committeeId: string) => {
    let found = members.get(committeeId);
    if (!found) {
      found = committeeRepo.listMembers(store, departement, committeeId).then((list) => list.map((member) => member.youthId));
      members.set(committeeId, found);
    }
    return found;
  };
  // Closed early by its organiser: nothing left to vote.
  const open = (consultation: ConsultationRecord) => consultation.closedAt === null;
  const consultations = await Promise.all(
    closing.filter(open).map(async (consultation) => ({
      closesOn: tomorrow,
      memberYouthIds: await membersOf(consultation.committeeId),
    })),
  );
  const openings = await Promise.all(
    [
      ...openedYesterday.map((consultation) => ({ consultation, opensOn: yesterday })),
      ...openingToday.map((consultation) => ({ consultation, opensOn: today })),
    ]
      .filter(({ consultation }) => open(consultation))
      .map(async ({ consultation, opensOn }) => ({
        consultationId: consultation.id,
        opensOn,
        opensAt: consultation.opensAt,
        closesAt: consultation.closesAt,
        memberYouthIds: await membersOf(consultation.committeeId),
      })),
  );
  const messages = dailyReminders({ interviews, consultations, openings, staffDue }, today, now);
  const written = await outboxRepo.putDaily(store, departement, messages, now);
  return { planned: messages.length, written };
}
