import { isCalendarDate } from '../domain/calendar-date.js';
import * as z from './zod-openapi.js';

/** A calendar date `YYYY-MM-DD` that exists. */
export const calendarDateSchema = z
  .string()
  .refine(isCalendarDate, { message: 'Date attendue au format AAAA-MM-JJ.' })
  .openapi({ format: 'date', example: '2009-05-14' });

/** Ids are ULIDs created by the server. */
export const idSchema = z
  .string()
  .regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, { message: 'Identifiant invalide.' })
  .openapi({ example: '01JD2Y3QK9V8N6M4R2T0W1X5Z7' });

/** An identity `sub` (Cognito user id or demo account). */
export const subjectSchema = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[\w.@:-]+$/, { message: 'Identifiant de compte invalide.' })
  .openapi({ example: 'ref-62-martin' });

export const timestampSchema = z.string().openapi({ format: 'date-time', example: '2026-11-24T10:15:00.000Z' });

export const pageQuerySchema = z.object({
  cursor: z.string().max(2048).optional().openapi({ description: 'Curseur opaque de la page suivante.' }),
  limit: z.coerce.number().int().min(1).max(100).optional().openapi({ description: 'Taille de page (1 à 100, 25 par défaut).' }),
});

/** A page of results; `cursor` is null on the last page. */
export function pageSchema<T extends z.ZodType>(item: T, name: string) {
  return z.object({ items: z.array(item), cursor: z.string().nullable() }).openapi(name);
}

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'VALIDATION_ERROR' }),
      message: z.string().openapi({ example: 'La requête contient des données invalides.' }),
      details: z.array(
        z.object({
          path: z.string().optional().openapi({ example: 'json.birthDate' }),
          message: z.string().openapi({ example: 'Date attendue au format AAAA-MM-JJ.' }),
        }),
      ),
    }),
  })
  .openapi('Error');

export const idempotencyHeaderSchema = z.object({
  'idempotency-key': z
    .string()
    .min(8)
    .max(128)
    .regex(/^[\w-]+$/)
    .optional()
    .openapi({ description: 'Rejouer la même requête avec la même clé ne crée rien deux fois (24 h).' }),
});
