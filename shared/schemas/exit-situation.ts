/**
 * The situation at the exit of care: a file of its own because the young person's profile
 * carries it, and every function reads profiles; from `interviews.ts` it would bring all the
 * interviews' schemas into each of them.
 */
import { EXIT_ACTIVITY, EXIT_HEALTH_COVER, EXIT_HOUSING, EXIT_RESOURCES } from '../domain/exit-situation.js';
import * as z from './zod-openapi.js';

/** The four exit indicators départements count (DOMAIN.md), each with categories and `inconnu`. */
export const exitSituationSchema = z
  .strictObject({
    housing: z.enum(EXIT_HOUSING),
    resources: z.enum(EXIT_RESOURCES),
    activity: z.enum(EXIT_ACTIVITY),
    healthCover: z.enum(EXIT_HEALTH_COVER),
  })
  .openapi('ExitSituation');
