import type { ArchivedFileOpened, AuditEntry } from '../api/types';
import { STATUS_LABELS as HOUSING_STATUS_LABELS } from '../housing/labels';
import { domainLabel, INTERVIEW_KIND_LABELS, participantLabel } from '../interviews/labels';
import { formatDate, formatTimestamp } from '../lib/dates';
import { auditActionLabel, personLabel, reasonLabel } from '../lib/labels';
import { fact, helpAlertsSection, identitySection, nonEmpty, planBlocks, type ReadableSection } from '../lib/readable-sections';
import { grantSentence, KIND_LABELS, STATUS_LABELS as SUPPORT_STATUS_LABELS } from '../support/support-words';

type ArchivedFileData = ArchivedFileOpened['file'];

function journal({ journal: entries }: ArchivedFileData): ReadableSection {
  return {
    title: 'Journal',
    empty: 'Aucune entrée.',
    blocks: entries.map((entry) => ({
      heading: `${personLabel(entry.authorName, entry.authorRole)}, le ${formatTimestamp(entry.createdAt)}`,
      lines: [entry.text],
      facts: [['Visible par le jeune', entry.visibleToYouth ? 'oui' : 'non']],
    })),
  };
}

function interviews({ interviews: held }: ArchivedFileData): ReadableSection {
  return {
    title: 'Entretiens',
    empty: 'Aucun entretien.',
    blocks: held.map((interview) => ({
      heading: INTERVIEW_KIND_LABELS[interview.kind],
      facts: nonEmpty([
        fact('Prévu le', interview.scheduledOn && formatDate(interview.scheduledOn)),
        ['Tenu le', interview.heldOn ? formatDate(interview.heldOn) : 'pas encore'],
        fact('Participants', interview.participants.map(participantLabel).join(', ')),
        fact('Absence du jeune', interview.youngPersonAbsentReason),
        fact('Compte rendu', interview.summary),
        ...interview.points.map((point) => [`Point : ${domainLabel(point.domain, 'staff')}`, point.text] as const),
      ]),
    })),
  };
}

function plan({ plan: current }: ArchivedFileData): ReadableSection {
  if (!current) return { title: 'Projet d’autonomie', empty: 'Aucun projet d’autonomie.', blocks: [] };
  return {
    title: 'Projet d’autonomie',
    empty: '',
    blocks: planBlocks(current, 'staff'),
  };
}

function supportRequests({ supportRequests: requests }: ArchivedFileData): ReadableSection {
  return {
    title: 'Accompagnement jeune majeur',
    empty: 'Aucune demande.',
    blocks: requests.map((request) => ({
      heading: KIND_LABELS.staff[request.kind],
      facts: nonEmpty([
        ['Demandée le', formatTimestamp(request.requestedAt)],
        fact('Message du jeune', request.message),
        ['Statut', SUPPORT_STATUS_LABELS[request.status]],
        ...request.decisions.map(
          (decision) =>
            [
              `Décision du ${formatDate(decision.decidedOn)}`,
              decision.outcome === 'accordee' ? grantSentence(decision, 'staff') : `Refusée. ${decision.reasons ?? ''}`.trim(),
            ] as const,
        ),
      ]),
    })),
  };
}

function housing({ housing: { project, applications } }: ArchivedFileData): ReadableSection {
  return {
    title: 'Logement',
    empty: 'Aucun projet ni demande de logement.',
    blocks: [
      ...(project
        ? [
            {
              lines: [
                project.sharedAt ? `Projet logement partagé le ${formatTimestamp(project.sharedAt)}.` : 'Projet logement non partagé.',
              ],
            },
          ]
        : []),
      ...applications.map((application) => ({
        heading: `${application.solutionTypeLabel}${application.partnerName ? ` (${application.partnerName})` : ''}`,
        facts: nonEmpty([['Statut', HOUSING_STATUS_LABELS[application.status]], fact('Numéro de la demande', application.number)]),
      })),
    ],
  };
}

/** One entry of the access history as staff read it, with the reason of an opening or reopening. */
export function auditLine(entry: Pick<AuditEntry, 'actorName' | 'actorRole' | 'action' | 'at' | 'reason'>): string {
  const line = `${personLabel(entry.actorName, entry.actorRole)} ${auditActionLabel(entry.action, 'staff')} le ${formatTimestamp(entry.at)}`;
  return entry.reason ? `${line}. ${reasonLabel(entry.reason, 'staff')}.` : `${line}.`;
}

function accessHistory({ audit }: ArchivedFileData): ReadableSection {
  return {
    title: 'Historique des accès',
    empty: 'Aucun accès enregistré.',
    blocks: audit.length > 0 ? [{ lines: audit.map(auditLine) }] : [],
  };
}

/**
 * An archived file opened by an admin, as sections to read (« vous », staff's words): the
 * export's content, read-only. The whole of it stays one click away as the JSON file.
 */
export function archivedFileSections(file: ArchivedFileData): ReadableSection[] {
  return [
    identitySection(file.youth, 'staff'),
    journal(file),
    interviews(file),
    plan(file),
    supportRequests(file),
    housing(file),
    helpAlertsSection(file.helpAlerts, 'staff'),
    accessHistory(file),
  ];
}
