import { AUTONOMY_NEED_LABELS, AUTONOMY_NEEDS, type AutonomyNeed } from '../../../shared/domain/autonomy-needs.js';
import { EXIT_CATEGORY_LABELS, type ExitIndicator, type ExitSituation } from '../../../shared/domain/exit-situation.js';
import { GRID_DOMAIN_LABELS } from '../../../shared/domain/grid-domains.js';
import { PARTICIPANT_KIND_LABELS, type ParticipantKind } from '../../../shared/domain/participants.js';
import { PREPARATION_DOMAINS } from '../../../shared/domain/preparation-template.js';
import type { RightAnswer } from '../../../shared/domain/rights.js';
import type {
  ActionOwner,
  ActionStatus,
  DeadlineStatus,
  InterviewKind,
  PlanAction,
  PlanHistoryItem,
  PlanStatus,
  PreparationDomain,
} from '../api/types';
import type { Voice } from '../lib/labels';
import { roleLabel } from '../lib/role-label';

/** The domains in the order the questionnaire, the interview points and the plan use them. */
export const DOMAINS: readonly PreparationDomain[] = PREPARATION_DOMAINS;

const DOMAIN_LABELS: Record<PreparationDomain, string> = {
  logement: 'Logement',
  ressources: 'Argent et ressources',
  formation_emploi: 'Formation et emploi',
  sante: 'Santé',
  papiers_droits: 'Papiers et droits',
  entourage: 'Entourage',
  mes_questions: 'Mes questions',
};

/** A domain in French; the young person's own questions are « Questions du jeune » for staff. */
export function domainLabel(domain: string, voice: Voice): string {
  if (domain === 'mes_questions' && voice === 'staff') return 'Questions du jeune';
  return DOMAIN_LABELS[domain as PreparationDomain] ?? domain;
}

/**
 * A need of the projet d'autonomie: in the words of R.222-6 for staff (and the print
 * view), in everyday words for the young person.
 */
export function needLabel(need: string, voice: Voice): string {
  if (!AUTONOMY_NEEDS.includes(need as AutonomyNeed)) return domainLabel(need, voice);
  return (voice === 'jeune' ? GRID_DOMAIN_LABELS : AUTONOMY_NEED_LABELS)[need as AutonomyNeed];
}

export const DEADLINE_STATUS_LABELS: Record<DeadlineStatus, string> = {
  a_planifier: 'à planifier',
  planifie: 'planifié',
  realise: 'réalisé',
  en_retard: 'en retard',
  sans_objet: 'sans objet',
};

export const INTERVIEW_KIND_LABELS: Record<InterviewKind, string> = {
  entretien17: 'Entretien pour l’autonomie (entretien des 17 ans)',
  suivi: 'Entretien de suivi',
};

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  a_faire: 'À faire',
  en_cours: 'En cours',
  fait: 'Fait',
  abandonne: 'Abandonné',
};

/** Who does an action, as chosen in the plan editor. */
export const ACTION_OWNER_LABELS: Record<ActionOwner, string> = {
  jeune: 'Le jeune',
  referent: 'Référent·e ASE',
  coordinateur: 'Coordinateur·rice',
  partenaire: 'Un partenaire',
};

const OWNER_FOR_YOUTH: Record<ActionOwner, string> = {
  jeune: 'Moi',
  referent: 'Mon ou ma référent·e',
  coordinateur: 'Mon ou ma coordinateur·rice',
  partenaire: 'Un partenaire',
};

/** The binôme's names, when the page knows them: actions then say who by name. */
export type BinomeNames = Partial<Record<'referent' | 'coordinateur', string>>;

/** The names of the binôme as « Mon dossier » gives them to the young person. */
export function binomeNamesOf(binome: {
  members: readonly { role: 'referent' | 'coordinateur'; firstName: string; lastName: string }[];
}): BinomeNames {
  return Object.fromEntries(binome.members.map((member) => [member.role, `${member.firstName} ${member.lastName}`]));
}

/**
 * Who does `action`, naming the partner when there is one and the binôme's member when
 * the page knows their name: « Moi », « Sophie Lefebvre », « Mission locale (partenaire) ».
 */
export function actionOwnerLabel(action: Pick<PlanAction, 'who' | 'partnerName'>, voice: Voice, names: BinomeNames = {}): string {
  const partner = action.partnerName?.trim();
  if (action.who === 'partenaire' && partner) return `${partner} (partenaire)`;
  const name = action.who === 'referent' || action.who === 'coordinateur' ? names[action.who] : undefined;
  if (name) return voice === 'jeune' ? name : `${name} (${ACTION_OWNER_LABELS[action.who]})`;
  return (voice === 'jeune' ? OWNER_FOR_YOUTH : ACTION_OWNER_LABELS)[action.who] ?? action.who;
}

export { EXIT_CATEGORY_LABELS, EXIT_INDICATOR_LABELS, EXIT_INDICATORS } from '../../../shared/domain/exit-situation.js';
export { PARTICIPANT_KIND_LABELS } from '../../../shared/domain/participants.js';

export const RIGHT_ANSWER_LABELS: Record<RightAnswer, string> = { oui: 'oui', non: 'non', reflechit: 'réfléchit' };

/** « Sophie Lefebvre (Référent·e ASE) »; records made before typing show their free role. */
export function participantLabel(participant: { kind: ParticipantKind | null; name: string; role: string }): string {
  const what = [participant.kind ? PARTICIPANT_KIND_LABELS[participant.kind] : null, participant.role || null].filter(Boolean).join(', ');
  return what ? `${participant.name} (${what})` : participant.name;
}

/** The label of one indicator's category, « Non renseigné » when there is none. */
export function exitCategoryLabel<Indicator extends ExitIndicator>(
  indicator: Indicator,
  value: ExitSituation[Indicator] | undefined,
): string {
  if (!value) return 'Non renseigné';
  return (EXIT_CATEGORY_LABELS[indicator] as Record<string, string>)[value] ?? value;
}

/** The legacy four yes/no of follow-ups recorded before the categories. */
export const LEGACY_EXIT_LABELS = {
  stableHousing: 'Logement stable',
  resources: 'Ressources',
  educationOrWork: 'Scolarité, formation ou emploi',
  healthCover: 'Couverture santé',
} as const;

export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  brouillon: 'Brouillon',
  propose: 'Proposé',
  signe: 'Signé',
  modification_demandee: 'Modification demandée',
};

/** Where the plan stands, in a sentence for the young person (tu) or for staff. */
/**
 * Staff's line under a plan: when this version was recorded and who in the binôme wrote
 * its content. A version made by the young person's answer (signature, change asked) keeps
 * the binôme's author, so the line never says the answer was « enregistrée par » them.
 */
export function planVersionLine(
  plan: { version: number; status: PlanStatus; updatedAt: string; updatedByName: string | null },
  formatInstant: (iso: string) => string,
): string {
  const answered = plan.status === 'signe' || plan.status === 'modification_demandee';
  const recorded = `Version ${plan.version}, enregistrée le ${formatInstant(plan.updatedAt)}`;
  if (!plan.updatedByName) return `${recorded}.`;
  return answered ? `${recorded} (réponse du jeune) ; contenu rédigé par ${plan.updatedByName}.` : `${recorded} par ${plan.updatedByName}.`;
}

export function planStatusSentence(
  plan: { status: PlanStatus; updatedAt: string; signedAt: string | null; changeRequest: { message: string; at: string } | null },
  voice: Voice,
  formatInstant: (iso: string) => string,
): string {
  switch (plan.status) {
    case 'brouillon':
      return voice === 'jeune'
        ? `Ton binôme prépare ce projet (brouillon du ${formatInstant(plan.updatedAt)}). Il te le proposera quand les six domaines seront remplis : tu pourras alors le signer ou demander une modification.`
        : `Brouillon enregistré le ${formatInstant(plan.updatedAt)} : pas encore proposé au jeune.`;
    case 'signe':
      return plan.signedAt ? `Signé le ${formatInstant(plan.signedAt)}.` : 'Signé.';
    case 'modification_demandee': {
      const at = plan.changeRequest ? ` le ${formatInstant(plan.changeRequest.at)}` : '';
      const message = plan.changeRequest?.message ?? '';
      return voice === 'jeune'
        ? `Tu as demandé une modification${at} : « ${message} ». Ton binôme va te proposer une nouvelle version.`
        : `Modification demandée par le jeune${at} : « ${message} »`;
    }
    default:
      return voice === 'jeune'
        ? `Ton binôme te propose ce projet (le ${formatInstant(plan.updatedAt)}). Lis-le, puis dis si tu es d’accord.`
        : `Proposé au jeune le ${formatInstant(plan.updatedAt)}, en attente de sa réponse.`;
  }
}

/** Items grouped by domain, in the order of DOMAINS, leaving out domains with no item. */
export function groupByDomain<T extends { domain: PreparationDomain }>(items: readonly T[]): [PreparationDomain, T[]][] {
  return DOMAINS.map((domain) => [domain, items.filter((item) => item.domain === domain)] as [PreparationDomain, T[]]).filter(
    ([, ofDomain]) => ofDomain.length > 0,
  );
}

/** One line of the plan's history, for staff: what happened to this version, and who did it. */
export function planHistoryEventText(item: Pick<PlanHistoryItem, 'event' | 'byRole' | 'updatedByName' | 'changeRequest'>): string {
  switch (item.event) {
    case 'signed':
      return 'Signée par le jeune';
    case 'change_requested':
      return `Modification demandée par le jeune : « ${item.changeRequest?.message ?? ''} »`;
    case 'draft_saved':
      return `Enregistrée en brouillon${item.updatedByName ? ` par ${item.updatedByName}` : ` par un·e ${roleLabel(item.byRole)}`}`;
    default:
      return `Enregistrée et proposée au jeune${item.updatedByName ? ` par ${item.updatedByName}` : ` par un·e ${roleLabel(item.byRole)}`}`;
  }
}
