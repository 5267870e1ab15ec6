/**
 * The short check-ins a young person is invited to on their phone at 19 and at 21,
 * whatever their status (still supported, back, or gone): the four exit indicators in
 * their own words, and one more question, « As-tu quelqu'un sur qui compter ? ». They
 * answer only if they agree; declining is recorded, without answers. Their answers are
 * theirs: staff only ever see them counted with others (shared/domain/exit-indicators.ts).
 */
import { addDays, addMonths, addYears } from './calendar-date.js';
import {
  EXIT_ACTIVITY,
  EXIT_HEALTH_COVER,
  EXIT_HOUSING,
  EXIT_RESOURCES,
  type ExitActivity,
  type ExitHealthCover,
  type ExitHousing,
  type ExitResources,
} from './exit-situation.js';

/** The ages at which a check-in opens. */
export const CHECK_IN_AGES = [19, 21] as const;
export type CheckInAge = (typeof CHECK_IN_AGES)[number];

/**
 * How long a check-in stays open from the birthday: three months, long enough for a
 * young adult who opens Envol now and then, short enough that the answer still
 * describes the situation at that age.
 */
export const CHECK_IN_OPEN_MONTHS = 3;

export const SOMEONE_TO_COUNT_ON = ['oui', 'non', 'inconnu'] as const;
export type SomeoneToCountOn = (typeof SOMEONE_TO_COUNT_ON)[number];

/** The five answers; « je ne sais pas / je préfère ne pas dire » is `inconnu`, counted as such. */
export interface CheckInAnswers {
  housing: ExitHousing;
  resources: ExitResources;
  activity: ExitActivity;
  healthCover: ExitHealthCover;
  someoneToCountOn: SomeoneToCountOn;
}

export const CHECK_IN_QUESTIONS = ['housing', 'resources', 'activity', 'healthCover', 'someoneToCountOn'] as const;
export type CheckInQuestion = (typeof CHECK_IN_QUESTIONS)[number];

/** Each question's choices, in the order shown, with their words for the young person (« tu »). */
export const CHECK_IN_WORDING: { [Q in CheckInQuestion]: { question: string; choices: Record<CheckInAnswers[Q], string> } } = {
  housing: {
    question: 'Où dors-tu en ce moment ?',
    choices: {
      logement_autonome: 'Dans mon logement (à mon nom ou en colocation)',
      fjt_residence_sociale: 'En foyer de jeunes travailleurs ou résidence sociale',
      famille_tiers: 'Chez ma famille, un·e ami·e ou quelqu’un qui m’héberge',
      hebergement_urgence: 'En hébergement d’urgence (115, foyer d’urgence)',
      sans_solution: 'Je n’ai pas d’endroit sûr où dormir',
      inconnu: 'Je préfère ne pas répondre',
    },
  },
  resources: {
    question: 'De quoi vis-tu en ce moment ?',
    choices: {
      revenus_activite: 'D’un salaire ou d’un apprentissage',
      allocation_ou_bourse: 'D’une allocation ou d’une bourse (CEJ, bourse d’études…)',
      aide_ase: 'De l’aide de l’ASE',
      aide_entourage: 'De l’aide de ma famille ou de proches',
      aucune: 'Je n’ai pas de ressources',
      inconnu: 'Je préfère ne pas répondre',
    },
  },
  activity: {
    question: 'Que fais-tu en ce moment ?',
    choices: {
      scolarite: 'Je suis au lycée ou je fais des études',
      formation: 'Je suis en formation',
      emploi: 'Je travaille',
      cej: 'Je suis en contrat d’engagement jeune (CEJ)',
      sans_activite: 'Rien de tout ça pour l’instant',
      inconnu: 'Je préfère ne pas répondre',
    },
  },
  healthCover: {
    question: 'As-tu une couverture santé ?',
    choices: {
      complete: 'Oui, la sécu et une mutuelle (ou la complémentaire santé solidaire)',
      partielle: 'La sécu, mais pas de mutuelle',
      aucune: 'Non, aucune',
      inconnu: 'Je ne sais pas',
    },
  },
  someoneToCountOn: {
    question: 'As-tu quelqu’un sur qui compter si ça ne va pas ?',
    choices: { oui: 'Oui', non: 'Non', inconnu: 'Je préfère ne pas répondre' },
  },
};

export const CHECK_IN_CHOICES = {
  housing: EXIT_HOUSING,
  resources: EXIT_RESOURCES,
  activity: EXIT_ACTIVITY,
  healthCover: EXIT_HEALTH_COVER,
  someoneToCountOn: SOMEONE_TO_COUNT_ON,
} as const;

/** What was done with a check-in: answered (with consent) or declined (no answers kept). */
export type CheckInOutcome = { status: 'answered'; on: string; answers: CheckInAnswers } | { status: 'declined'; on: string };

/** The days a check-in is open: from the birthday to the day before three months after it. */
export function checkInWindow(birthDate: string, age: CheckInAge): { opensOn: string; closesOn: string } {
  const opensOn = addYears(birthDate, age);
  return { opensOn, closesOn: addDays(addMonths(opensOn, CHECK_IN_OPEN_MONTHS), -1) };
}

/**
 * The check-in open for a young person today, or null: the one whose window holds
 * `today` and that they have neither answered nor declined. The windows of 19 and 21
 * never overlap, so there is at most one.
 */
export function openCheckIn(
  birthDate: string,
  today: string,
  done: Partial<Record<CheckInAge, CheckInOutcome>>,
): { age: CheckInAge; opensOn: string; closesOn: string } | null {
  for (const age of CHECK_IN_AGES) {
    const window = checkInWindow(birthDate, age);
    if (today >= window.opensOn && today <= window.closesOn && !done[age]) return { age, ...window };
  }
  return null;
}

/** Why an answer to the check-in at `age` is not taken today, or null when it is. */
export function checkInAnswerRefusal(
  birthDate: string,
  age: CheckInAge,
  today: string,
  done: Partial<Record<CheckInAge, CheckInOutcome>>,
): 'checkIn.alreadyDone' | 'checkIn.notOpen' | null {
  if (done[age]) return 'checkIn.alreadyDone';
  const window = checkInWindow(birthDate, age);
  if (today < window.opensOn || today > window.closesOn) return 'checkIn.notOpen';
  return null;
}
