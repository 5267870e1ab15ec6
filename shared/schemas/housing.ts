import { DEFAULT_HOUSING_ALERT_DAYS } from '../domain/housing-alert.js';
import { APPLICATION_STATUSES } from '../domain/housing-application.js';
import { HOUSEHOLDS, HOUSING_AIDS, INCOME_SOURCES, monthlyAmountProblem, NOT_NEEDED_REASONS } from '../domain/housing-project.js';
import { calendarDateSchema, idSchema, pageSchema, timestampSchema } from './common.js';
import * as z from './zod-openapi.js';

/** The API contract of the `housing` area (logement), also its OpenAPI document. */

export const applicationStatusSchema = z.enum(APPLICATION_STATUSES).openapi('HousingApplicationStatus');

const slugSchema = z
  .string()
  .regex(/^[a-z0-9_-]{1,40}$/, { message: 'Identifiant attendu : minuscules, chiffres, tirets (40 au plus).' })
  .openapi({ example: 'fjt' });

// ---- Département settings: alert horizon and the list of solution types ----

export const solutionTypeSchema = z
  .strictObject({
    id: slugSchema,
    label: z.string().trim().min(1).max(120),
    /** Emergency shelter is recorded but never counts as a solution. */
    emergency: z.boolean(),
    active: z.boolean(),
  })
  .openapi('HousingSolutionType');

export const housingSettingsSchema = z
  .strictObject({
    alertDays: z
      .number()
      .int()
      .min(30)
      .max(730)
      .openapi({
        description: `Jours avant la fin de prise en charge où l’alerte « sans solution logement » s’allume (${DEFAULT_HOUSING_ALERT_DAYS} par défaut).`,
      }),
    solutionTypes: z
      .array(solutionTypeSchema)
      .min(1)
      .max(40)
      .refine((types) => new Set(types.map((type) => type.id)).size === types.length, { message: 'Chaque type a un identifiant unique.' }),
  })
  .openapi('HousingSettings');

// ---- Partners ----

export const partnerInputSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(160),
    solutionTypeId: slugSchema.openapi({ description: 'Type de solution que propose ce partenaire.' }),
    territory: z.string().trim().max(120).default(''),
    placesUnderAgreement: z.number().int().min(0).max(5000).default(0),
  })
  .openapi('HousingPartnerInput');

export const partnerSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    solutionTypeId: z.string(),
    territory: z.string(),
    placesUnderAgreement: z.number().int(),
    updatedAt: timestampSchema,
  })
  .openapi('HousingPartner');

export const partnerListSchema = z.object({ items: z.array(partnerSchema) }).openapi('HousingPartnerList');

// ---- The project ----

const resourceSchema = z.strictObject({
  source: z.enum(INCOME_SOURCES),
  monthlyAmount: z
    .number()
    .superRefine((amount, context) => {
      const problem = monthlyAmountProblem(amount);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    })
    .openapi({ description: 'Euros par mois, de 0 à 10 000, au centime près.' }),
});

const projectFields = {
  wishedSolutionTypeIds: z.array(slugSchema).max(12).default([]),
  wishedArea: z.string().trim().max(200).default(''),
  expectedDate: calendarDateSchema.nullable().default(null),
  resources: z.array(resourceSchema).max(12).default([]),
  household: z.enum(HOUSEHOLDS).nullable().default(null),
  supportNeeded: z.string().trim().max(2000).default(''),
  aidsRequested: z.array(z.enum(HOUSING_AIDS)).max(HOUSING_AIDS.length).default([]),
  otherAid: z.string().trim().max(200).default(''),
  notNeededReason: z
    .enum(NOT_NEEDED_REASONS)
    .nullable()
    .default(null)
    .openapi({ description: 'Renseigné quand aucune solution logement n’est nécessaire : le projet compte alors comme une solution.' }),
};

export const saveProjectSchema = z
  .strictObject({
    version: z.number().int().min(0).openapi({ description: '0 pour créer le projet, sinon la version lue.' }),
    ...projectFields,
  })
  .openapi('SaveHousingProject');

export const projectSchema = z
  .object({
    wishedSolutionTypeIds: z.array(z.string()),
    wishedArea: z.string(),
    expectedDate: calendarDateSchema.nullable(),
    resources: z.array(z.object({ source: z.enum(INCOME_SOURCES), monthlyAmount: z.number() })),
    household: z.enum(HOUSEHOLDS).nullable(),
    supportNeeded: z.string(),
    aidsRequested: z.array(z.enum(HOUSING_AIDS)),
    otherAid: z.string(),
    notNeededReason: z.enum(NOT_NEEDED_REASONS).nullable(),
    startedOn: calendarDateSchema,
    version: z.number().int(),
    updatedAt: timestampSchema,
    /** When the young person chose to show it to their binôme (immediately when staff wrote it). */
    sharedAt: timestampSchema.nullable(),
  })
  .openapi('HousingProject');

// ---- Applications ----

export const historyEventSchema = z
  .object({
    from: applicationStatusSchema.nullable(),
    to: applicationStatusSchema,
    on: calendarDateSchema,
    at: timestampSchema,
    byRole: z.string(),
    byName: z.string().nullable(),
    comment: z.string().nullable(),
  })
  .openapi('HousingApplicationEvent');

export const createApplicationSchema = z
  .strictObject({
    partnerId: idSchema
      .nullable()
      .default(null)
      .openapi({ description: 'Le partenaire ; absent pour une demande de logement social ou le 115.' }),
    solutionTypeId: slugSchema,
    numeroUnique: z
      .string()
      .trim()
      .regex(/^[\w-]{1,30}$/, { message: 'Numéro unique : lettres, chiffres et tirets (30 au plus).' })
      .nullable()
      .default(null),
    comment: z.string().trim().max(1000).default(''),
  })
  .openapi('CreateHousingApplication');

export const applicationSchema = z
  .object({
    id: idSchema,
    number: z.string().openapi({ example: 'LOG-62-2026-000123' }),
    partnerId: idSchema.nullable(),
    partnerName: z.string().nullable(),
    solutionTypeId: z.string(),
    solutionTypeLabel: z.string(),
    emergency: z.boolean(),
    numeroUnique: z.string().nullable(),
    status: applicationStatusSchema,
    lastChangeOn: calendarDateSchema,
    version: z.number().int(),
    createdAt: timestampSchema,
    history: z.array(historyEventSchema),
    lacksNews: z.boolean().openapi({ description: 'Sans nouvelle depuis 60 jours ou plus.' }),
    nextStatuses: z.array(applicationStatusSchema),
  })
  .openapi('HousingApplication');

export const transitionSchema = z
  .strictObject({
    version: z.number().int().min(1),
    to: applicationStatusSchema,
    on: calendarDateSchema.optional().openapi({ description: 'Date du changement (aujourd’hui par défaut).' }),
    comment: z.string().trim().max(1000).optional(),
    numeroUnique: z
      .string()
      .trim()
      .regex(/^[\w-]{1,30}$/)
      .optional()
      .openapi({ description: 'Numéro unique de la demande de logement social, quand il est connu.' }),
  })
  .openapi('HousingTransition');

export const housingAlertSchema = z
  .object({
    endsOn: calendarDateSchema,
    basis: z.enum(['supportDecisionEnd', 'careEnd', 'majority', 'age21']),
    daysLeft: z.number().int(),
  })
  .openapi('HousingAlert');

export const housingFileSchema = z
  .object({
    youthId: idSchema,
    project: projectSchema.nullable(),
    /** For staff: the young person has started a project they have not shared yet (its content is not sent). */
    projectPending: z.boolean(),
    applications: z.array(applicationSchema),
    hasSolution: z.boolean(),
    alert: housingAlertSchema.nullable(),
  })
  .openapi('HousingFile');

export const queueItemSchema = z
  .object({
    youthId: idSchema,
    firstName: z.string(),
    lastName: z.string(),
    application: applicationSchema.omit({ history: true }),
    youthNote: z
      .string()
      .nullable()
      .openapi({ description: 'Le dernier mot du jeune sur la demande (« Un mot pour ton binôme »), sinon null.' }),
    alert: housingAlertSchema.nullable(),
  })
  .openapi('HousingQueueItem');

export const queuePageSchema = pageSchema(queueItemSchema, 'HousingQueuePage');

export const queueQuerySchema = z.object({
  status: applicationStatusSchema.default('deposee'),
  partnerId: idSchema.optional(),
  cursor: z.string().max(2048).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});

export type HousingSettings = z.infer<typeof housingSettingsSchema>;
export type SolutionType = z.infer<typeof solutionTypeSchema>;
export type PartnerInput = z.infer<typeof partnerInputSchema>;
export type Partner = z.infer<typeof partnerSchema>;
export type SaveProjectInput = z.infer<typeof saveProjectSchema>;
export type HousingProject = z.infer<typeof projectSchema>;
export type CreateApplicationInput = z.infer<typeof createApplicationSchema>;
export type HousingApplication = z.infer<typeof applicationSchema>;
export type HistoryEvent = z.infer<typeof historyEventSchema>;
export type TransitionInput = z.infer<typeof transitionSchema>;
export type HousingFile = z.infer<typeof housingFileSchema>;
export type QueueItem = z.infer<typeof queueItemSchema>;
