/**
 * Madame or Monsieur: a file of its own because the young person's profile carries the
 * binôme's civility, and every function reads profiles; from `staff.ts` it would bring the
 * staff directory's schemas into each of them.
 */
import { CIVILITIES } from '../domain/staff.js';
import * as z from './zod-openapi.js';

export const civilitySchema = z.enum(CIVILITIES).openapi('Civility', {
  description: 'Madame ou Monsieur : accorde les titres que lit le jeune (« ta référente »). Non précisée : un titre épicène.',
});
