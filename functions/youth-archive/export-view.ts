import type { Principal } from '../../shared/auth/principal.js';
import { auditRepo } from '../../shared/db/audit-repo.js';
import { committeeRepo } from '../../shared/db/committee-repo.js';
import { type Contact, contactRepo } from '../../shared/db/contact-repo.js';
import { gridEvaluationRepo } from '../../shared/db/grid-evaluation-repo.js';
import { helpRepo } from '../../shared/db/help-repo.js';
import { housingRepo } from '../../shared/db/housing-repo.js';
import { type IndicatorFacts, indicatorFactsRepo } from '../../shared/db/indicator-facts-repo.js';
import { interviewRepo } from '../../shared/db/interview-repo.js';
import { journalRepo } from '../../shared/db/journal-repo.js';
import { outboxRepo } from '../../shared/db/outbox-repo.js';
import { planRepo } from '../../shared/db/plan-repo.js';
import { type PreparationRecord, preparationRepo } from '../../shared/db/preparation-repo.js';
import { rgpdRequestRepo } from '../../shared/db/rgpd-request-repo.js';
import type { Store } from '../../shared/db/store.js';
import { supportRepo } from '../../shared/db/support-repo.js';
import type { YouthRecord } from '../../shared/db/youth-repo.js';
import { parisDate } from '../../shared/domain/calendar-date.js';
import { projectAsSeenBy } from '../../shared/domain/housing-project.js';
import { preparationAsSeenBy } from '../../shared/domain/preparation-sharing.js';
import { isLateRgpdRequest } from '../../shared/domain/rgpd-requests.js';
import type { OutboxMessage } from '../../shared/schemas/reminders.js';

const BALLOTS_NOTE =
  'Tes votes aux consultations des comités ne figurent pas ici : ils ne sont enregistrés que comme des totaux, sans lien avec toi. Envol sait seulement que tu as participé.';

/** What the reader may see of the preparation: staff get no answer the young person has not shared. */
function exportedPreparation(principal: Principal, stored: PreparationRecord) {
  const { answers, sharedAt } = preparationAsSeenBy({ isTheYoungPerson: principal.role === 'jeune' }, stored);
  return { templateVersion: stored.templateVersion, answers, sharedAt };
}

/** What went out to the young person, and when; the channels, and their own addresses, in their own export only. */
function exportedReminders(messages: readonly OutboxMessage[], contact: Contact | null, ownExport: boolean) {
  return {
    channels: contact
      ? { phone: contact.phone, email: contact.email, sms: contact.sms, emailChosen: contact.emailChosen, stoppedAt: contact.stoppedAt }
      : null,
    sent: messages
      .filter((message) => message.recipient.type === 'jeune' && message.status === 'sent')
      .map((message) => ({
        kind: message.kind,
        sentAt: message.sentAt ?? message.createdAt,
        ...(ownExport ? { channels: message.sentChannels } : {}),
      })),
  };
}

/** The check-ins of 19 and 21: answered or declined, and when; the answers to the young person only (no one reads them one by one). */
function exportedCheckIns(facts: IndicatorFacts, ownExport: boolean) {
  return Object.entries(facts.checkIns).map(([age, outcome]) => ({
    age: Number(age) as 19 | 21,
    status: outcome.status,
    on: outcome.on,
    answers: ownExport && outcome.status === 'answered' ? outcome.answers : null,
  }));
}

/**
 * Everything Envol stores about a young person (RGPD right of access). The young
 * person's own export holds the journal entries meant for them; staff-only notes can
 * name third parties and go out only through an admin export, reviewed before it is
 * handed over.
 */
export async function exportYouthFile(store: Store, principal: Principal, youth: YouthRecord, now: Date) {
  const { departement, id } = youth;
  const ownExport = principal.role === 'jeune';
  const [
    journal,
    audit,
    interviews,
    preparation,
    plan,
    planHistory,
    committees,
    supportRequests,
    housing,
    gridEvaluations,
    gridInProgress,
    helpAlerts,
    messages,
    contact,
    facts,
    rgpdRequests,
  ] = await Promise.all([
    journalRepo.listAll(store, departement, id, { onlyVisibleToYouth: principal.role === 'jeune' }),
    auditRepo.listAll(store, departement, id),
    interviewRepo.list(store, departement, id),
    preparationRepo.get(store, departement, id),
    planRepo.get(store, departement, id),
    planRepo.history(store, departement, id),
    committeeRepo.listForMember(store, departement, youth.accountSub),
    supportRepo.list(store, departement, id),
    housingRepo.getFile(store, departement, id),
    gridEvaluationRepo.list(store, departement, id),
    // A self-assessment not sent is the young person's alone: never in a staff export.
    ownExport ? gridEvaluationRepo.getSelfDraft(store, departement, id) : Promise.resolve(null),
    helpRepo.list(store, departement, id),
    outboxRepo.listForYouth(store, departement, id),
    // The number and address the young person gave for reminders: theirs to see, never staff's.
    ownExport ? contactRepo.get(store, departement, { type: 'jeune', youthId: id }) : Promise.resolve(null),
    indicatorFactsRepo.get(store, departement, id),
    rgpdRequestRepo.list(store, departement, id),
  ]);
  const today = parisDate(now);
  return {
    exportedAt: now.toISOString(),
    journal,
    audit,
    interviews,
    preparation: preparation ? exportedPreparation(principal, preparation) : null,
    plan,
    planHistory,
    committees: committees.map(({ id: committeeId, kind, name, territory }) => ({ committeeId, kind, name, territory })),
    supportRequests,
    helpAlerts,
    rgpdRequests: rgpdRequests.map((request) => ({ ...request, late: isLateRgpdRequest(request, today) })),
    reminders: exportedReminders(messages, contact, ownExport),
    checkIns: exportedCheckIns(facts, ownExport),
    ballots: BALLOTS_NOTE,
    grids: {
      evaluations: gridEvaluations,
      selfAssessmentInProgress: gridInProgress
        ? { templateVersion: gridInProgress.templateVersion, levels: gridInProgress.levels, startedAt: gridInProgress.startedAt }
        : null,
    },
    housing: {
      project: projectAsSeenBy({ isTheYoungPerson: principal.role === 'jeune' }, housing.project),
      applications: housing.applications.map(({ referentId: _referentId, coordinateurId: _coordinateurId, ...application }) => application),
    },
  };
}
