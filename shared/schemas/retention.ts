import { ARCHIVE_REASON_LENGTH, RETENTION_YEARS_LIMITS } from '../domain/retention.js';
import { calendarDateSchema, idSchema, pageSchema } from './common.js';
import { youthExportSchema } from './youth.js';
import * as z from './zod-openapi.js';

/** Why an admin opens or reopens an archived file: shown to the young person in « Qui a consulté mon dossier ». */
export const archiveReasonSchema = z
  .string()
  .trim()
  .min(ARCHIVE_REASON_LENGTH.min, `Le motif doit faire au moins ${ARCHIVE_REASON_LENGTH.min} caractères.`)
  .max(ARCHIVE_REASON_LENGTH.max, `Le motif doit faire au plus ${ARCHIVE_REASON_LENGTH.max} caractères.`)
  .openapi({
    description: 'Le motif, lu aussi par le jeune dans « Qui a consulté mon dossier ».',
    example: 'Demande du juge des enfants du 12 mars',
  });

export const openArchivedFileSchema = z.strictObject({ reason: archiveReasonSchema }).openapi('OpenArchivedFile');

export const reopenFileSchema = z
  .strictObject({
    reason: archiveReasonSchema
      .optional()
      .openapi({ description: 'Obligatoire pour un administrateur ; le jeune n’a pas à se justifier.' }),
  })
  .openapi('ReopenFile');

export const archivedFileOpenedSchema = z
  .object({ reason: z.string(), openedAt: z.string(), file: youthExportSchema })
  .openapi('ArchivedFileOpened');

export const archivedFileSchema = z
  .object({
    id: idSchema,
    firstName: z.string(),
    lastName: z.string(),
    birthDate: calendarDateSchema,
    archivedOn: calendarDateSchema,
    intermediateUntil: calendarDateSchema.openapi({
      description: 'Dernier jour de l’archive intermédiaire ; ensuite, versement ou destruction.',
    }),
    decisionDue: z.boolean().openapi({ description: 'La durée d’archive intermédiaire est passée : il faut décider du sort du dossier.' }),
  })
  .openapi('ArchivedFile');

export const archivedFilePageSchema = pageSchema(archivedFileSchema, 'ArchivedFilePage');

const years = (field: keyof typeof RETENTION_YEARS_LIMITS, description: string) =>
  z
    .number()
    .int('Un nombre entier d’années.')
    .min(RETENTION_YEARS_LIMITS[field].min, `Au moins ${RETENTION_YEARS_LIMITS[field].min} an.`)
    .max(RETENTION_YEARS_LIMITS[field].max, `Au plus ${RETENTION_YEARS_LIMITS[field].max} ans.`)
    .openapi({ description });

export const retentionSettingsSchema = z
  .strictObject({
    activeYears: years('activeYears', 'Années en base active après le dernier contact du jeune ou la fin de prise en charge (CNIL : 2).'),
    intermediateYears: years(
      'intermediateYears',
      'Années en archive intermédiaire, selon le tableau de gestion des archives départementales.',
    ),
  })
  .openapi('RetentionSettings');
