import type { ToDoItem } from '../api/types';
import { consultationPath } from '../committees/paths';
import { describeDistance, formatDate, formatTimestamp } from '../lib/dates';
import { CHECK_IN_PATH } from './paths';

/** One line of « À faire maintenant »: what to do, in « tu », and where one tap takes the young person. */
export interface ToDoLine {
  text: string;
  path: string;
  /** The link's words: what the tap does. */
  action: string;
}

const answers = (count: number) => (count === 1 ? '1 réponse écrite' : `${count} réponses écrites`);

/** What an item of « À faire maintenant » says (shared/domain/to-do.ts decides which are shown). */
export function toDoLine(item: ToDoItem, today: string): ToDoLine {
  switch (item.kind) {
    case 'plan_to_sign':
      return {
        text: 'Ton projet d’autonomie est prêt. Lis-le, puis dis à ton binôme si tu es d’accord.',
        path: '/entretien',
        action: 'Lire et signer mon projet',
      };
    case 'vote':
      return {
        text: `Un vote de ton comité t’attend\u202f: « ${item.title} », jusqu’au ${formatTimestamp(item.closesAt)}.`,
        path: consultationPath(item.committeeId, item.consultationId),
        action: 'Voter',
      };
    case 'entretien':
      if (item.scheduledOn) {
        const prepared = item.preparationShared
          ? 'Tes réponses sont partagées avec ton binôme.'
          : item.answered > 0
            ? `Tu as commencé à le préparer (${answers(item.answered)}).`
            : 'Tu peux le préparer en répondant à quelques questions.';
        return {
          text: `Ton entretien pour l’autonomie est le ${formatDate(item.scheduledOn)} (${describeDistance(today, item.scheduledOn)}). ${prepared}`,
          path: '/entretien',
          action: 'Préparer mon entretien',
        };
      }
      return {
        text:
          item.answered > 0
            ? `Continue à préparer ton entretien pour l’autonomie (${answers(item.answered)}), puis partage tes réponses avec ton binôme quand tu veux.`
            : 'Prépare ton entretien pour l’autonomie\u202f: quelques questions, à ton rythme.',
        path: '/entretien',
        action: 'Préparer mon entretien',
      };
    case 'self_assessment_send':
      return {
        text: `Ta grille d’autonomie est commencée (${answers(item.answered)}). Envoie-la à ton binôme quand tu es prêt·e.`,
        path: '/grille',
        action: 'Continuer ma grille',
      };
    case 'self_assessment_fill':
      return {
        text: item.lastSentOn
          ? `Ta dernière grille d’autonomie date du ${formatDate(item.lastSentOn)}. Tu peux en remplir une nouvelle pour voir tes progrès.`
          : 'Remplis ta grille d’autonomie\u202f: ce que tu sais déjà faire, et ce que tu veux apprendre.',
        path: '/grille',
        action: 'Remplir ma grille',
      };
    case 'housing_proposal':
      return {
        text:
          item.count === 1
            ? 'Tu as une proposition de logement. Dis à ton binôme si elle te convient.'
            : `Tu as ${item.count} propositions de logement. Dis à ton binôme si elles te conviennent.`,
        path: '/logement',
        action: 'Voir mon logement',
      };
    case 'housing_share':
      return {
        text: 'Ton projet logement n’est pas encore partagé. Partage-le avec ton binôme quand il est prêt.',
        path: '/logement',
        action: 'Voir mon projet logement',
      };
    case 'housing_start':
      return {
        text: `Ton accompagnement est prévu jusqu’au ${formatDate(item.endsOn)}. Prépare ton projet logement avec ton binôme.`,
        path: '/logement',
        action: 'Préparer mon projet logement',
      };
    case 'support_decision':
      return {
        text:
          item.outcome === 'accordee'
            ? `Bonne nouvelle\u202f: ta demande d’accompagnement après 18 ans est acceptée (décision du ${formatDate(item.decidedOn)}).`
            : `Une décision sur ta demande d’accompagnement après 18 ans a été prise le ${formatDate(item.decidedOn)}. Tu peux la contester\u202f: lis-la.`,
        path: '/accompagnement',
        action: 'Lire la décision',
      };
    case 'check_in':
      return {
        text: `Tu as eu ${item.age} ans : cinq questions pour savoir comment tu vas, si tu es d’accord. Tu peux répondre jusqu’au ${formatDate(item.closesOn)}.`,
        path: CHECK_IN_PATH,
        action: 'Répondre aux cinq questions',
      };
  }
}
