import { RGPD_REQUEST_KINDS, RGPD_REQUEST_STATUSES } from './allowed-values.js';
import { calendarDateSchema, idSchema, timestampSchema } from './common.js';
import * as z from './zod-openapi.js';

/** The young person's requests about their data (RGPD arts. 15–21) and the département's answers. */

export const rgpdRequestKindSchema = z.enum(RGPD_REQUEST_KINDS).openapi('RgpdRequestKind', {
  description:
    'acces : accès à ses données (art. 15) ; rectification : corriger une donnée inexacte (art. 16) ; effacement : effacement, limité pour une mission de service public (art. 17.3.b) ; limitation : limitation du traitement (art. 18) ; opposition (art. 21).',
});

export const rgpdRequestStatusSchema = z.enum(RGPD_REQUEST_STATUSES).openapi('RgpdRequestStatus', {
  description:
    'en_attente : pas encore de réponse ; acceptee : acceptée, à mettre en œuvre ; refusee : refusée, avec les motifs ; traitee : faite. Les deux dernières sont définitives.',
});

export const rgpdAnswerSchema = z
  .object({
    status: rgpdRequestStatusSchema,
    text: z.string().nullable().openapi({ description: 'La réponse au jeune (les motifs, pour un refus).' }),
    answeredAt: timestampSchema,
    answeredByName: z.string().nullable(),
    answeredByRole: z.string(),
  })
  .openapi('RgpdAnswer');

export const rgpdExtensionSchema = z
  .object({
    reasons: z.string().openapi({ description: 'Les motifs de la prolongation, lus par le jeune (complexité, nombre de demandes).' }),
    initialDueOn: calendarDateSchema.openapi({ description: 'Le dernier jour pour répondre avant la prolongation.' }),
    extendedAt: timestampSchema,
    extendedByName: z.string().nullable(),
    extendedByRole: z.string(),
  })
  .openapi('RgpdExtension');

export const rgpdRequestSchema = z
  .object({
    id: idSchema,
    youthId: idSchema,
    kind: rgpdRequestKindSchema,
    details: z.string().nullable().openapi({ description: 'Ce que le jeune a écrit (pour une rectification : ce qui est inexact).' }),
    status: rgpdRequestStatusSchema,
    requestedAt: timestampSchema,
    receivedOn: calendarDateSchema.openapi({ description: 'Jour de réception (heure de Paris), point de départ du délai.' }),
    dueOn: calendarDateSchema.openapi({
      description: 'Dernier jour pour répondre : un mois après la réception, trois si le délai a été prolongé (RGPD art. 12.3).',
    }),
    extension: rgpdExtensionSchema.nullable().openapi({ description: 'La prolongation de deux mois, si le délai a été prolongé.' }),
    late: z.boolean().openapi({ description: 'Toujours ouverte après le dernier jour pour répondre.' }),
    /** Oldest first; the last one gives the status. */
    answers: z.array(rgpdAnswerSchema),
    version: z.number().int(),
  })
  .openapi('RgpdRequest');

export const rgpdRequestListSchema = z.object({ items: z.array(rgpdRequestSchema) }).openapi('RgpdRequestList');

export const createRgpdRequestSchema = z
  .strictObject({
    kind: rgpdRequestKindSchema,
    details: z
      .string()
      .trim()
      .max(4000, 'Le texte doit faire au plus 4 000 caractères.')
      .optional()
      .openapi({ description: 'Obligatoire pour une rectification : ce qui est inexact, et ce qui serait juste.' }),
  })
  .superRefine((input, context) => {
    if (input.kind === 'rectification' && !input.details) {
      context.addIssue({
        code: 'custom',
        path: ['details'],
        message: 'Pour une rectification, il faut dire ce qui est inexact.',
      });
    }
  })
  .openapi('CreateRgpdRequest');

export const answerRgpdRequestSchema = z
  .strictObject({
    status: z.enum(['acceptee', 'refusee', 'traitee']).openapi({ description: 'acceptee, refusee (motifs obligatoires) ou traitee.' }),
    text: z
      .string()
      .trim()
      .max(4000, 'La réponse doit faire au plus 4 000 caractères.')
      .optional()
      .openapi({ description: 'La réponse lue par le jeune ; obligatoire pour un refus (les motifs).' }),
  })
  .openapi('AnswerRgpdRequest');

export const extendRgpdRequestSchema = z
  .strictObject({
    reasons: z
      .string()
      .trim()
      .min(1, 'Indiquez les motifs de la prolongation : le jeune les lit.')
      .max(4000, 'Les motifs doivent faire au plus 4 000 caractères.')
      .openapi({ description: 'Pourquoi deux mois de plus sont nécessaires (complexité, nombre de demandes), lu par le jeune.' }),
  })
  .openapi('ExtendRgpdRequest');

/** A request in the département's list of requests to answer: names, kind and dates, never the text. */
export const openRgpdRequestSchema = z
  .object({
    youthId: idSchema,
    firstName: z.string(),
    lastName: z.string(),
    requestId: idSchema,
    kind: rgpdRequestKindSchema,
    status: rgpdRequestStatusSchema,
    receivedOn: calendarDateSchema,
    dueOn: calendarDateSchema,
    extended: z.boolean().openapi({ description: 'Délai prolongé de deux mois (RGPD art. 12.3).' }),
    late: z.boolean(),
    archived: z.boolean().openapi({ description: 'Dossier en archive intermédiaire : seul un administrateur y répond.' }),
  })
  .openapi('OpenRgpdRequest');

export const openRgpdRequestListSchema = z
  .object({ items: z.array(openRgpdRequestSchema).openapi({ description: 'En retard d’abord, puis par échéance.' }) })
  .openapi('OpenRgpdRequestList');

export const rgpdRequestsParams = z.object({ youthId: idSchema.openapi({ param: { name: 'youthId', in: 'path' } }) });
export const rgpdRequestParams = rgpdRequestsParams.extend({
  rgpdRequestId: idSchema.openapi({ param: { name: 'rgpdRequestId', in: 'path' } }),
});

export type RgpdRequest = z.infer<typeof rgpdRequestSchema>;
export type RgpdAnswer = z.infer<typeof rgpdAnswerSchema>;
export type CreateRgpdRequestInput = z.infer<typeof createRgpdRequestSchema>;
export type AnswerRgpdRequestInput = z.infer<typeof answerRgpdRequestSchema>;
export type ExtendRgpdRequestInput = z.infer<typeof extendRgpdRequestSchema>;
export type OpenRgpdRequest = z.infer<typeof openRgpdRequestSchema>;
