import { SUPPORT_OUTCOMES, SUPPORT_REQUEST_KINDS, SUPPORT_REQUEST_STATUSES } from './allowed-values.js';
import { calendarDateSchema, idSchema, timestampSchema } from './common.js';
import * as z from './zod-openapi.js';

/** Support from 18 to 21 (L222-5, 5°): requests and the département's decisions. */
export const supportRequestKindSchema = z.enum(SUPPORT_REQUEST_KINDS).openapi({
  description: 'premiere : première demande ; renouvellement : prolonger un accompagnement accordé ; retour : après une sortie de l’ASE.',
});

export const supportRequestStatusSchema = z.enum(SUPPORT_REQUEST_STATUSES);

const personSchema = z.object({ sub: z.string(), role: z.string(), name: z.string().nullable() });

export const supportDecisionSchema = z
  .object({
    id: idSchema,
    outcome: z.enum(SUPPORT_OUTCOMES),
    startsOn: calendarDateSchema.nullable(),
    endsOn: calendarDateSchema.nullable(),
    conditions: z.string().nullable(),
    reasons: z.string().nullable(),
    schoolYearExtension: z
      .boolean()
      .openapi({ description: 'Prolongé au-delà de 21 ans jusqu’à la fin de l’année scolaire ou universitaire.' }),
    decidedOn: calendarDateSchema.openapi({ description: 'Date de la décision, notifiée au jeune le même jour dans Envol.' }),
    contestBy: calendarDateSchema
      .nullable()
      .openapi({ description: 'Refus : dernier jour pour un recours gracieux ou devant le tribunal administratif (deux mois).' }),
    decidedBy: personSchema,
    decidedAt: timestampSchema,
  })
  .openapi('SupportDecision');

export const supportRequestSchema = z
  .object({
    id: idSchema,
    kind: supportRequestKindSchema,
    message: z.string().nullable(),
    status: supportRequestStatusSchema,
    requestedBy: personSchema,
    requestedAt: timestampSchema,
    /** Oldest first; the last one is in force. */
    decisions: z.array(supportDecisionSchema),
    version: z.number().int(),
  })
  .openapi('SupportRequest');

export const supportRequestListSchema = z.object({ items: z.array(supportRequestSchema) }).openapi('SupportRequestList');

export const createSupportRequestSchema = z
  .strictObject({
    kind: supportRequestKindSchema,
    message: z.string().trim().max(2000).optional().openapi({ description: 'Ce que le jeune veut dire à l’appui de sa demande.' }),
  })
  .openapi('CreateSupportRequest');

export const decideSupportRequestSchema = z
  .strictObject({
    outcome: z.enum(SUPPORT_OUTCOMES),
    startsOn: calendarDateSchema.optional(),
    endsOn: calendarDateSchema.optional(),
    conditions: z.string().max(4000).optional(),
    reasons: z.string().max(4000).optional().openapi({ description: 'Obligatoire pour un refus.' }),
    schoolYearExtension: z.boolean().optional(),
  })
  .openapi('DecideSupportRequest');

export type SupportRequest = z.infer<typeof supportRequestSchema>;
export type SupportDecision = z.infer<typeof supportDecisionSchema>;
export type CreateSupportRequestInput = z.infer<typeof createSupportRequestSchema>;
export type DecideSupportRequestInput = z.infer<typeof decideSupportRequestSchema>;
