import type { YouthExport } from '../api/types';
import { ACTION_STATUS_LABELS, actionOwnerLabel, needLabel, planStatusSentence } from '../interviews/labels';
import { HELP_REASON_LABELS } from '../youth/help-words';
import { formatDate, formatTimestamp, KEY_DATE_ORDER } from './dates';
import { KEY_DATE_LABELS, type Voice } from './labels';

/** A term and what it says, as in a `<dl>`. */
export type ReadableFact = readonly [term: string, value: string];

/** One thing of a section: an entry of the journal, an interview, a request… */
export interface ReadableBlock {
  heading?: string;
  facts?: ReadableFact[];
  lines?: string[];
}

/** A part of a file laid out to read: the young person's export, an archived file opened by an admin. */
export interface ReadableSection {
  title: string;
  /** Said when the section holds nothing. */
  empty: string;
  blocks: ReadableBlock[];
}

/** The facts that have a value, in their order. */
export const nonEmpty = (facts: (ReadableFact | null)[]): ReadableFact[] => facts.filter((fact): fact is ReadableFact => fact !== null);

/** A fact, or none when there is nothing to say. */
export const fact = (term: string, value: string | null | undefined): ReadableFact | null => (value ? [term, value] : null);

/**
 * The identity section's words in each voice. A `null` term is a fact that voice leaves out:
 * the young person reads their département (staff work in it), staff read the day the file was
 * archived; a `null` « unknown » leaves out the date rather than saying it is not known.
 */
const IDENTITY_WORDS: Record<
  Voice,
  {
    title: string;
    careStart: string;
    careStartUnknown: string | null;
    careEnd: string;
    careEndUnknown: string;
    departement: string | null;
    noTrustedPerson: string;
    archivedOn: string | null;
    keyDates: string;
  }
> = {
  jeune: {
    title: 'Mon identité et mes dates',
    careStart: 'Arrivée à l’ASE',
    careStartUnknown: null,
    careEnd: 'Fin de prise en charge prévue',
    careEndUnknown: 'pas encore connue',
    departement: 'Département',
    noTrustedPerson: 'aucune',
    archivedOn: null,
    keyDates: 'Mes dates importantes',
  },
  staff: {
    title: 'Informations',
    careStart: 'Admission à l’ASE',
    careStartUnknown: 'Non renseignée',
    careEnd: 'Fin de prise en charge',
    careEndUnknown: 'Non renseignée',
    departement: null,
    noTrustedPerson: 'Aucune',
    archivedOn: 'Archivé le',
    keyDates: 'Échéances',
  },
};

/** Who the young person is and their key dates, in the young person's words (« Mon dossier ») or staff's. */
export function identitySection(youth: YouthExport['youth'], voice: Voice): ReadableSection {
  const words = IDENTITY_WORDS[voice];
  const trusted = youth.trustedPerson;
  const keyDates = KEY_DATE_ORDER.flatMap((kind) => {
    const date = youth.keyDates[kind];
    return date ? [[KEY_DATE_LABELS[voice][kind], formatDate(date)] as const] : [];
  });
  return {
    title: words.title,
    empty: '',
    blocks: [
      {
        facts: nonEmpty([
          ['Prénom et nom', `${youth.firstName} ${youth.lastName}`],
          ['Date de naissance', formatDate(youth.birthDate)],
          fact(words.careStart, youth.careStartDate ? formatDate(youth.careStartDate) : words.careStartUnknown),
          [words.careEnd, youth.careEndDate ? formatDate(youth.careEndDate) : words.careEndUnknown],
          words.departement ? [words.departement, youth.departement] : null,
          ['Personne de confiance', trusted ? `${trusted.name} (${trusted.relation}), ${trusted.phone}` : words.noTrustedPerson],
          ['Dossier créé le', formatTimestamp(youth.createdAt)],
          words.archivedOn ? fact(words.archivedOn, youth.archivedOn && formatDate(youth.archivedOn)) : null,
        ]),
      },
      { heading: words.keyDates, facts: keyDates },
    ],
  };
}

/** The « J’ai besoin d’aide » alerts' words in each voice. */
const HELP_ALERTS_WORDS: Record<Voice, { title: string; empty: string; notAcknowledged: string }> = {
  jeune: { title: 'Mes alertes « J’ai besoin d’aide »', empty: 'Pas d’alerte.', notAcknowledged: 'Pas encore prise en compte.' },
  staff: { title: 'Alertes « J’ai besoin d’aide »', empty: 'Aucune alerte.', notAcknowledged: 'Pas prise en compte.' },
};

/** The « J’ai besoin d’aide » alerts raised, and who took each in hand and when. */
export function helpAlertsSection(alerts: YouthExport['helpAlerts'], voice: Voice): ReadableSection {
  const words = HELP_ALERTS_WORDS[voice];
  return {
    title: words.title,
    empty: words.empty,
    blocks: alerts.map((alert) => ({
      heading: `« ${HELP_REASON_LABELS[alert.reason]} », le ${formatTimestamp(alert.raisedAt)}`,
      lines: [
        alert.acknowledgedAt
          ? `Prise en compte le ${formatTimestamp(alert.acknowledgedAt)}${alert.acknowledgedByName ? ` par ${alert.acknowledgedByName}` : ''}.`
          : words.notAcknowledged,
      ],
    })),
  };
}

const PLAN_B_TERM: Record<Voice, string> = { jeune: 'Si ça ne marche pas (plan B)', staff: 'Plan B' };

/**
 * A projet d'autonomie as both read it: where it stands and its review dates, each goal with
 * its plan B and actions, each need without a goal and why.
 */
export function planBlocks(plan: NonNullable<YouthExport['plan']>, voice: Voice): ReadableBlock[] {
  return [
    {
      lines: [planStatusSentence(plan, voice, formatTimestamp)],
      facts: [
        ['Dernière révision', formatDate(plan.lastReviewedOn)],
        ['Prochaine révision', `au plus tard le ${formatDate(plan.reviewDueOn)}`],
      ],
    },
    ...plan.goals.map((goal) => ({
      heading: `${needLabel(goal.domain, voice)} : ${goal.label}`,
      facts: nonEmpty([
        fact(PLAN_B_TERM[voice], goal.planB),
        ...goal.actions.map(
          (action) =>
            [
              action.label,
              `${actionOwnerLabel(action, voice)}, avant le ${formatDate(action.dueOn)} (${ACTION_STATUS_LABELS[action.status].toLowerCase()})`,
            ] as const,
        ),
      ]),
    })),
    ...plan.needsWithoutGoals.map((need) => ({ heading: `${needLabel(need.need, voice)} : pas de besoin`, lines: [need.reason] })),
  ];
}
