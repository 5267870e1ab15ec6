/**
 * The RGPD export of a file: every area's data of one young person. A file of its own, apart
 * from `youth.ts`, because it reads every area's schemas: any function that imports the
 * young person's schemas (to read a profile, to write the audit log) would otherwise build
 * every area's schemas at its cold start and carry them in its bundle.
 */
import { COMMITTEE_KINDS } from './allowed-values.js';
import { idSchema, timestampSchema } from './common.js';
import { gridEvaluationSchema, gridLevelSchema } from './grids.js';
import { applicationSchema, projectSchema } from './housing.js';
import { exportedCheckInsSchema } from './indicators.js';
import { interviewSchema, planHistorySchema, planSchema } from './interviews.js';
import { exportedRemindersSchema } from './reminders.js';
import { rgpdRequestSchema } from './rgpd-requests.js';
import { helpAlertSchema } from './staff.js';
import { supportRequestSchema } from './support.js';
import { auditEntrySchema, journalEntrySchema, youthSchema } from './youth.js';
import * as z from './zod-openapi.js';

export const youthExportSchema = z
  .object({
    exportedAt: timestampSchema,
    youth: youthSchema,
    journal: z.array(journalEntrySchema),
    audit: z.array(auditEntrySchema),
    interviews: z.array(interviewSchema),
    preparation: z
      .object({
        templateVersion: z.number().int(),
        answers: z
          .record(z.string(), z.string())
          .nullable()
          .openapi({ description: 'Null pour le personnel tant que le jeune n’a pas partagé sa préparation.' }),
        sharedAt: timestampSchema.nullable(),
      })
      .nullable(),
    plan: planSchema.nullable(),
    planHistory: planHistorySchema.shape.items,
    committees: z.array(
      z.object({ committeeId: idSchema, kind: z.enum(COMMITTEE_KINDS), name: z.string(), territory: z.string().nullable() }),
    ),
    supportRequests: z
      .array(supportRequestSchema)
      .openapi({ description: 'Demandes d’accompagnement de 18 à 21 ans et toutes les décisions prises.' }),
    helpAlerts: z.array(helpAlertSchema).openapi({ description: 'Les alertes « J’ai besoin d’aide », la plus récente d’abord.' }),
    rgpdRequests: z
      .array(rgpdRequestSchema)
      .openapi({ description: 'Les demandes du jeune sur ses données (RGPD art. 15 à 21) et les réponses, la plus ancienne d’abord.' }),
    reminders: exportedRemindersSchema,
    checkIns: exportedCheckInsSchema,
    ballots: z.string().openapi({ description: 'Pourquoi les votes ne figurent pas dans l’export : ils ne sont liés à personne.' }),
    grids: z.object({
      evaluations: z.array(gridEvaluationSchema.omit({ template: true }).extend({ templateVersion: z.number().int() })),
      selfAssessmentInProgress: z
        .object({ templateVersion: z.number().int(), levels: z.record(z.string(), gridLevelSchema), startedAt: timestampSchema })
        .nullable()
        .openapi({ description: 'Pour le jeune seul : une auto-évaluation non envoyée n’est jamais remise au personnel.' }),
    }),
    housing: z.object({
      project: projectSchema.nullable(),
      applications: z.array(applicationSchema.omit({ lacksNews: true, nextStatuses: true })),
    }),
  })
  .openapi('YouthExport');
