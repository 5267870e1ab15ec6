import { ARCHIVE_REASON_LENGTH, RETENTION_YEARS_LIMITS } from '../domain/retention.js';
import { calendarDateSchema, idSchema, pageSchema } from './common.js';
import { youthExportSchema } from './youth-export.js';
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
    markersYears: years(
      'markersYears',
      'Années après la publication des résultats d’une consultation avant l’effacement des marqueurs de participation (1 par défaut). Absent à l’enregistrement : la valeur en place est gardée.',
    ).optional(),
  })
  .openapi('RetentionSettings');

/**
 * The archives départementales' reference for their decision (a visa, a bordereau number):
 * kept in the record that outlives the file, so it must not name the young person.
 */
export const decisionReferenceSchema = z
  .string()
  .trim()
  .min(3, 'La référence de la décision doit faire au moins 3 caractères.')
  .max(120, 'La référence de la décision doit faire au plus 120 caractères.')
  .openapi({
    description:
      'Référence de la décision des archives départementales (visa d’élimination, bordereau de versement), sans le nom du jeune : elle reste après le dossier.',
    example: 'Visa AD62 n° 2038-114',
  });

export const destroyFileSchema = z.strictObject({ decisionReference: decisionReferenceSchema }).openapi('DestroyFile');

export const archivesPackageRequestSchema = z
  .strictObject({ decisionReference: decisionReferenceSchema })
  .openapi('ArchivesPackageRequest');

export const handOverFileSchema = z
  .strictObject({
    decisionReference: decisionReferenceSchema,
    packageSha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/, 'L’empreinte SHA-256 du paquet : 64 caractères hexadécimaux en minuscules.')
      .openapi({
        description: 'L’empreinte SHA-256 du ZIP téléchargé : prouve que le paquet remis aux archives est bien le dernier produit.',
      }),
  })
  .openapi('HandOverFile');

/** What is left of a file handed over or destroyed: no personal data, neither its id nor a name. */
export const retentionDecisionSchema = z
  .object({
    id: idSchema,
    outcome: z.enum(['verse_aux_archives', 'detruit']),
    fileKind: z.string().openapi({ description: 'Le type de dossier (accompagnement vers l’autonomie, ASE 16–21 ans).' }),
    decisionReference: z.string(),
    decidedBy: z.string().openapi({ description: 'L’identifiant (sub) de l’administrateur qui a exécuté la décision.' }),
    decidedAt: z.string(),
    on: calendarDateSchema,
    packageSha256: z.string().nullable().openapi({ description: 'Pour un versement : l’empreinte SHA-256 du paquet remis.' }),
  })
  .openapi('RetentionDecision');
