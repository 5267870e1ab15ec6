import { EXIT_INDICATORS, type ExitSituation } from '../../../shared/domain/exit-situation.js';
import type { Youth } from '../api/types';
import type { SituationValues } from './interview-form-rules';

/** The form's values: each indicator's category, or '' while not chosen. */
export function exitValuesOf(youth: Pick<Youth, 'exitSituation'>): SituationValues {
  return youth.exitSituation ? { ...youth.exitSituation } : { housing: '', resources: '', activity: '', healthCover: '' };
}

/**
 * The situation at exit is saved whole: the four indicators, « Inconnu » when not known,
 * so that a count never mixes « not asked » with « not known ».
 */
export function validateExitValues(values: SituationValues): { exitSituation?: string } {
  return EXIT_INDICATORS.every((indicator) => values[indicator] !== '')
    ? {}
    : { exitSituation: 'Renseignez les quatre indicateurs (« Inconnu » si vous ne savez pas).' };
}

/** The PATCH body's situation, once the four are chosen. */
export function exitSituationOf(values: SituationValues): ExitSituation {
  return { ...values } as ExitSituation;
}

/** Whether anything differs from what is saved. */
export function exitSituationChanged(youth: Pick<Youth, 'exitSituation'>, values: SituationValues): boolean {
  return EXIT_INDICATORS.some((indicator) => (youth.exitSituation?.[indicator] ?? '') !== values[indicator]);
}
