import { ANONYMITY_FLOOR } from './consultation.js';
import { InvalidInput } from './errors.js';

/**
 * A département's own rules for its youth committees. The anonymity floor may be raised
 * above Envol's (5 ballots), never lowered; free feedback is limited per member and
 * consultation so that one member cannot drown the others' voices.
 */
export interface CommitteeSettings {
  /** The fewest ballots (and answers) any count is shown from, in every consultation created from now on. */
  anonymityFloor: number;
  /** How many free feedback texts one member may give in one consultation. */
  feedbackPerMember: number;
}

export const DEFAULT_FEEDBACK_PER_MEMBER = 3;
export const MAX_FEEDBACK_PER_MEMBER = 10;

export const DEFAULT_COMMITTEE_SETTINGS: CommitteeSettings = {
  anonymityFloor: ANONYMITY_FLOOR,
  feedbackPerMember: DEFAULT_FEEDBACK_PER_MEMBER,
};

/**
 * The threshold of a new consultation: the one asked for, or the département's floor;
 * below the floor, InvalidInput. A floor stored below Envol's counts as Envol's.
 */
export function consultationThreshold(requested: number | undefined, settings: CommitteeSettings): number {
  const floor = Math.max(settings.anonymityFloor, ANONYMITY_FLOOR);
  if (requested === undefined) return floor;
  if (requested < floor) {
    throw new InvalidInput('input.invalid', [
      {
        path: 'json.minBallots',
        message: `Le seuil d’anonymat du département est de ${floor} votes : une consultation ne peut pas en demander moins.`,
      },
    ]);
  }
  return requested;
}
