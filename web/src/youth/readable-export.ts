import { type AccessEntry, groupAccessLog } from '../../../shared/domain/access-log.js';
import { DEFAULT_GRID_TEMPLATE, type GridTemplate, LEVEL_LABELS } from '../../../shared/domain/autonomy-grid.js';
import { CHECK_IN_QUESTIONS, CHECK_IN_WORDING, type CheckInQuestion } from '../../../shared/domain/check-ins.js';
import { GRID_DOMAIN_LABELS, type GridDomain } from '../../../shared/domain/grid-domains.js';
import { builtInPreparationTemplate, type PreparationTemplate } from '../../../shared/domain/preparation-template.js';
import { RIGHT_WORDS } from '../../../shared/domain/rights.js';
import type { YouthExport } from '../api/types';
import { COMMITTEE_KIND_LABELS } from '../committees/labels';
import { AID_LABELS, HOUSEHOLD_LABELS, INCOME_LABELS, NOT_NEEDED_LABELS, STATUS_FOR_YOUTH } from '../housing/labels';
import { domainLabel, INTERVIEW_KIND_LABELS, participantLabel, RIGHT_ANSWER_LABELS } from '../interviews/labels';
import { formatDate, formatTimestamp } from '../lib/dates';
import { accessLineLabel, personLabel, reasonLabel } from '../lib/labels';
import {
  fact,
  helpAlertsSection,
  identitySection,
  nonEmpty,
  planBlocks,
  type ReadableBlock,
  type ReadableFact,
  type ReadableSection,
} from '../lib/readable-sections';
import { reminderKindLabel } from '../reminders/labels';
import { KIND_LABELS_JEUNE as RGPD_KIND_LABELS, STATUS_LABELS as RGPD_STATUS_LABELS } from '../rgpd/rgpd-words';
import { grantSentence, KIND_LABELS, STATUS_LABELS as SUPPORT_STATUS_LABELS } from '../support/support-words';

/** What the page knows beside the export, to name what the export holds as codes. */
export interface ExportLabels {
  /** The département's housing solutions, by id (the project lists the ids wished). */
  solutionTypes?: Readonly<Record<string, string>>;
  /** The département's autonomy grid as it is today (evaluations name their items by id). */
  gridTemplate?: GridTemplate | null;
}

const yesNo = (value: boolean) => (value ? 'oui' : 'non');

function journal(data: YouthExport): ReadableSection {
  return {
    title: 'Mes messages avec mon binôme',
    empty: 'Pas de message.',
    blocks: data.journal.map((entry) => ({
      heading: `${personLabel(entry.authorName, entry.authorRole)}, le ${formatTimestamp(entry.createdAt)}`,
      lines: [entry.text],
    })),
  };
}

function interviews(data: YouthExport): ReadableSection {
  return {
    title: 'Mes entretiens',
    empty: 'Pas encore d’entretien.',
    blocks: data.interviews.map((interview) => ({
      heading: INTERVIEW_KIND_LABELS[interview.kind],
      facts: nonEmpty([
        fact('Prévu le', interview.scheduledOn && formatDate(interview.scheduledOn)),
        ['A eu lieu le', interview.heldOn ? formatDate(interview.heldOn) : 'pas encore'],
        fact('Participants', interview.participants.map(participantLabel).join(', ')),
        fact('Pourquoi tu n’étais pas là', interview.youngPersonAbsentReason),
        fact('Compte rendu', interview.summary),
        ...interview.points.map((point) => [`Point : ${domainLabel(point.domain, 'jeune')}`, point.text] as const),
        ...interview.rightsTold.map(
          (told) =>
            [
              `Droit expliqué : ${RIGHT_WORDS[told.right].title}`,
              `le ${formatDate(told.toldOn)}${told.answer ? `, ta réponse : ${RIGHT_ANSWER_LABELS[told.answer]}` : ''}`,
            ] as const,
        ),
        fact(
          'On t’a dit que tu peux redemander un accompagnement le',
          interview.supportAgainToldOn && formatDate(interview.supportAgainToldOn),
        ),
      ]),
    })),
  };
}

function preparation(data: YouthExport): ReadableSection {
  const stored = data.preparation;
  const answers = Object.entries(stored?.answers ?? {}).filter(([, answer]) => answer.trim() !== '');
  if (!stored || answers.length === 0) return { title: 'Ma préparation d’entretien', empty: 'Pas de réponse.', blocks: [] };
  const template: PreparationTemplate | undefined = builtInPreparationTemplate(stored.templateVersion);
  const questions = new Map(template?.questions.map((question) => [question.id, question.label]));
  return {
    title: 'Ma préparation d’entretien',
    empty: '',
    blocks: [
      {
        lines: [
          stored.sharedAt
            ? `Partagée avec ton binôme le ${formatTimestamp(stored.sharedAt)}.`
            : 'Pas partagée : tes réponses ne sont qu’à toi.',
        ],
        facts: answers.map(([id, answer], index) => [questions.get(id) ?? `Question ${index + 1}`, answer] as const),
      },
    ],
  };
}

function plan(data: YouthExport): ReadableSection {
  const current = data.plan;
  if (!current) return { title: 'Mon projet d’autonomie', empty: 'Pas encore de projet d’autonomie.', blocks: [] };
  const history = data.planHistory.map((version) => {
    const when = formatTimestamp(version.at);
    if (version.event === 'signed') return `Le ${when} : tu l’as signé.`;
    if (version.event === 'change_requested')
      return `Le ${when} : tu as demandé une modification (« ${version.changeRequest?.message ?? ''} »).`;
    const by = version.updatedByName ?? 'ton binôme';
    return version.event === 'draft_saved' ? `Le ${when} : brouillon enregistré par ${by}.` : `Le ${when} : proposé par ${by}.`;
  });
  return {
    title: 'Mon projet d’autonomie',
    empty: '',
    blocks: [...planBlocks(current, 'jeune'), ...(history.length > 0 ? [{ heading: 'Les versions du projet', lines: history }] : [])],
  };
}

function supportRequests(data: YouthExport): ReadableSection {
  return {
    title: 'Mes demandes d’accompagnement après 18 ans',
    empty: 'Pas de demande.',
    blocks: data.supportRequests.map((request) => ({
      heading: KIND_LABELS.jeune[request.kind],
      facts: nonEmpty([
        ['Demandée le', formatTimestamp(request.requestedAt)],
        fact('Ton message', request.message),
        ['Où elle en est', SUPPORT_STATUS_LABELS[request.status]],
        ...request.decisions.map(
          (decision) =>
            [
              `Décision du ${formatDate(decision.decidedOn)}`,
              decision.outcome === 'accordee'
                ? `${grantSentence(decision, 'jeune')}${decision.conditions ? ` ${decision.conditions}` : ''}`
                : `Refusée. ${decision.reasons ?? ''}`.trim(),
            ] as const,
        ),
      ]),
    })),
  };
}

function rgpdRequests(data: YouthExport): ReadableSection {
  // An export from before the requests has none.
  return {
    title: 'Mes demandes sur mes données',
    empty: 'Pas de demande.',
    blocks: (data.rgpdRequests ?? []).map((request) => ({
      heading: `${RGPD_KIND_LABELS[request.kind]}, le ${formatDate(request.receivedOn)}`,
      facts: [
        ['Où en est ta demande', RGPD_STATUS_LABELS.jeune[request.status]] as const,
        ['Réponse due au plus tard le', formatDate(request.dueOn)] as const,
        ...(request.details ? [['Ce que tu as écrit', request.details] as const] : []),
      ],
      lines: request.answers.map(
        (answer) =>
          `${RGPD_STATUS_LABELS.jeune[answer.status]}, le ${formatTimestamp(answer.answeredAt)}${
            answer.answeredByName ? ` par ${answer.answeredByName}` : ''
          }.${answer.text ? ` ${answer.text}` : ''}`,
      ),
    })),
  };
}

function checkIns(data: YouthExport): ReadableSection {
  // An export from before the check-ins has none.
  return {
    title: 'Mes questionnaires de 19 et 21 ans',
    empty: 'Pas de questionnaire rempli.',
    blocks: (data.checkIns ?? []).map((checkIn) => ({
      heading: `À ${checkIn.age} ans, le ${formatDate(checkIn.on)}`,
      ...(checkIn.answers
        ? {
            facts: CHECK_IN_QUESTIONS.map((question): ReadableFact => {
              const wording = CHECK_IN_WORDING[question];
              const answer = (checkIn.answers as Record<CheckInQuestion, string>)[question];
              return [wording.question, (wording.choices as Record<string, string>)[answer] ?? answer];
            }),
          }
        : { lines: [checkIn.status === 'declined' ? 'J’ai choisi de ne pas répondre.' : 'J’ai répondu.'] }),
    })),
  };
}

const CHANNEL_WORDS = { sms: 'par SMS', email: 'par e-mail' } as const;

function reminders(data: YouthExport): ReadableSection {
  // An export from before the reminders has none.
  const { channels, sent } = data.reminders ?? { channels: null, sent: [] };
  const choices = channels ? [channels.sms && 'par SMS', channels.emailChosen && 'par e-mail'].filter(Boolean).join(' et ') : '';
  const channelsBlock: ReadableBlock[] =
    channels && (channels.phone || channels.email)
      ? [
          {
            heading: 'Mes moyens de contact',
            facts: nonEmpty([
              fact('Mon numéro de mobile', channels.phone),
              fact('Mon adresse e-mail', channels.email),
              ['Je reçois les rappels', choices || 'non'],
              fact('J’ai tout arrêté le', channels.stoppedAt ? formatTimestamp(channels.stoppedAt) : null),
            ]),
          },
        ]
      : [];
  const sentBlock: ReadableBlock[] =
    sent.length > 0
      ? [
          {
            heading: 'Les messages envoyés',
            lines: sent.map(
              (message) =>
                `${reminderKindLabel(message.kind)}, le ${formatTimestamp(message.sentAt)}${
                  message.channels?.length ? ` (${message.channels.map((channel) => CHANNEL_WORDS[channel]).join(' et ')})` : ''
                }.`,
            ),
          },
        ]
      : [];
  return { title: 'Mes rappels par SMS et e-mail', empty: 'Pas de rappel envoyé.', blocks: [...channelsBlock, ...sentBlock] };
}

/** The item's words when the grid of today (or the default one) knows it; evaluations keep only ids. */
function gridItems(labels: ExportLabels): Map<string, { domain: GridDomain; label: string }> {
  const items = [...DEFAULT_GRID_TEMPLATE.items, ...(labels.gridTemplate?.items ?? [])];
  return new Map(items.map((item) => [item.id, { domain: item.domain, label: item.label }]));
}

function gridLevels(levels: Record<string, keyof typeof LEVEL_LABELS>, labels: ExportLabels): ReadableFact[] {
  const items = gridItems(labels);
  const known = Object.entries(levels).flatMap(([id, level]) => {
    const item = items.get(id);
    return item ? [[`${GRID_DOMAIN_LABELS[item.domain]} : ${item.label}`, LEVEL_LABELS[level]] as const] : [];
  });
  const unknown = Object.keys(levels).length - known.length;
  return unknown > 0 ? [...known, ['Autres réponses', `${unknown} (questions d’une ancienne grille)`]] : known;
}

function grids(data: YouthExport, labels: ExportLabels): ReadableSection {
  const inProgress = data.grids.selfAssessmentInProgress;
  return {
    title: 'Ma grille d’autonomie',
    empty: 'Pas encore de grille.',
    blocks: [
      ...data.grids.evaluations.map((evaluation) => ({
        heading:
          evaluation.kind === 'self'
            ? `Mon auto-évaluation du ${formatDate(evaluation.assessedOn)}`
            : `Le regard de mon binôme du ${formatDate(evaluation.assessedOn)}${evaluation.authorName ? ` (${evaluation.authorName})` : ''}`,
        facts: [...gridLevels(evaluation.levels, labels), ...nonEmpty([fact('Le regard du lieu d’accueil', evaluation.note)])],
      })),
      ...(inProgress
        ? [
            {
              heading: `Ma grille en cours, commencée le ${formatTimestamp(inProgress.startedAt)} (pas encore envoyée)`,
              facts: gridLevels(inProgress.levels, labels),
            },
          ]
        : []),
    ],
  };
}

function housing(data: YouthExport, labels: ExportLabels): ReadableSection {
  const { project, applications } = data.housing;
  const projectBlock: ReadableBlock[] = project
    ? [
        {
          heading: 'Mon projet logement',
          facts: nonEmpty([
            fact(
              'Solutions souhaitées',
              project.wishedSolutionTypeIds
                .map((id) => labels.solutionTypes?.[id])
                .filter(Boolean)
                .join(', ') ||
                (project.wishedSolutionTypeIds.length > 0 ? `${project.wishedSolutionTypeIds.length} solution(s) choisie(s)` : null),
            ),
            fact('Où', project.wishedArea),
            fact('Pour quand', project.expectedDate && formatDate(project.expectedDate)),
            fact(
              'Mes ressources par mois',
              project.resources.map((resource) => `${INCOME_LABELS[resource.source]} : ${resource.monthlyAmount} €`).join(', '),
            ),
            fact('Je vivrai', project.household && HOUSEHOLD_LABELS[project.household]),
            fact('L’aide dont j’ai besoin', project.supportNeeded),
            fact('Les aides demandées', project.aidsRequested.map((aid) => AID_LABELS[aid]).join(', ')),
            fact('Autre aide', project.otherAid),
            fact('J’ai déjà une solution', project.notNeededReason && NOT_NEEDED_LABELS[project.notNeededReason]),
            ['Partagé avec mon binôme', project.sharedAt ? `le ${formatTimestamp(project.sharedAt)}` : 'non'],
          ]),
        },
      ]
    : [];
  const applicationBlocks = applications.map((application) => ({
    heading: `${application.solutionTypeLabel}${application.partnerName ? ` (${application.partnerName})` : ''}`,
    facts: nonEmpty([
      ['Où elle en est', STATUS_FOR_YOUTH[application.status]],
      fact('Numéro de la demande', application.number),
      fact('Numéro unique (logement social)', application.numeroUnique),
      ['Hébergement d’urgence', yesNo(application.emergency)],
      ...application.history.map(
        (event) =>
          [
            `Le ${formatDate(event.on)}`,
            `${STATUS_FOR_YOUTH[event.to]}${event.byName ? ` (${event.byName})` : ''}${event.comment ? ` : « ${event.comment} »` : ''}`,
          ] as const,
      ),
    ]),
  }));
  return { title: 'Mon logement', empty: 'Pas de projet ni de demande de logement.', blocks: [...projectBlock, ...applicationBlocks] };
}

function committees(data: YouthExport): ReadableSection {
  return {
    title: 'Mes comités des jeunes',
    empty: 'Tu n’es membre d’aucun comité.',
    blocks: [
      ...data.committees.map((committee) => ({
        heading: committee.name,
        facts: nonEmpty([['Comité', COMMITTEE_KIND_LABELS[committee.kind]], fact('Territoire', committee.territory)]),
      })),
      { heading: 'Mes votes', lines: [data.ballots] },
    ],
  };
}

function accessLog(data: YouthExport): ReadableSection {
  const entries: AccessEntry[] = data.audit;
  return {
    title: 'Qui a consulté mon dossier',
    empty: 'Personne n’a consulté ton dossier.',
    blocks: [
      {
        lines: groupAccessLog(entries).map(
          (line) =>
            `${personLabel(line.actorName, line.actorRole)} ${accessLineLabel(line)} le ${formatTimestamp(line.startedAt)}.${
              line.reason ? ` ${reasonLabel(line.reason, 'jeune')}.` : ''
            }`,
        ),
      },
    ].filter((block) => block.lines.length > 0),
  };
}

/**
 * The young person's export as a document to read, print or save as PDF: in French, dates
 * in French, codes named in words and no internal id (issue 15, point 7). The JSON stays the
 * machine-readable copy (RGPD art. 20); this is the same content, read by a person.
 */
export function readableExport(data: YouthExport, labels: ExportLabels = {}): ReadableSection[] {
  return [
    identitySection(data.youth, 'jeune'),
    journal(data),
    interviews(data),
    preparation(data),
    plan(data),
    supportRequests(data),
    helpAlertsSection(data.helpAlerts, 'jeune'),
    rgpdRequests(data),
    reminders(data),
    checkIns(data),
    grids(data, labels),
    housing(data, labels),
    committees(data),
    accessLog(data),
  ];
}
