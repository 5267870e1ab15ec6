import { addYears } from './calendar-date.js';

/** The three taps of « J'ai besoin d'aide ». */
export const HELP_REASONS = ['pas_en_securite', 'pas_ou_dormir', 'besoin_de_parler'] as const;
export type HelpReason = (typeof HELP_REASONS)[number];

export interface HelpNumber {
  number: string;
  /** Who answers, in the young person's words. */
  label: string;
}

const NUMBERS = {
  '112': { number: '112', label: 'Urgence, danger immédiat (appel gratuit, 24 h/24)' },
  '3114': { number: '3114', label: 'Prévention du suicide : quelqu’un t’écoute (gratuit, 24 h/24)' },
  '115': { number: '115', label: 'Hébergement d’urgence pour ce soir (gratuit, 24 h/24)' },
  '119': { number: '119', label: 'Enfance en danger, pour les moins de 18 ans (gratuit, 24 h/24)' },
} satisfies Record<string, HelpNumber>;

/**
 * The numbers that answer now, the most useful for `reason` first: 3114 and 115 always,
 * 119 for a minor, 112 when the young person does not feel safe, then the département's
 * out-of-hours number when it has one.
 */
export function helpNumbers(input: {
  reason: HelpReason;
  birthDate: string;
  today: string;
  outOfHoursNumber: string | null;
}): HelpNumber[] {
  const minor = input.today < addYears(input.birthDate, 18);
  const byReason: Record<HelpReason, (keyof typeof NUMBERS)[]> = {
    pas_en_securite: ['112', '119', '3114', '115'],
    pas_ou_dormir: ['115', '119', '3114'],
    besoin_de_parler: ['3114', '119', '115'],
  };
  const numbers: HelpNumber[] = byReason[input.reason].filter((key) => key !== '119' || minor).map((key) => NUMBERS[key]);
  if (input.outOfHoursNumber) numbers.push({ number: input.outOfHoursNumber, label: 'Astreinte du département (soirs et week-ends)' });
  return numbers;
}
