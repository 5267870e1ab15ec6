import { AUTONOMY_NEEDS } from '../domain/autonomy-needs.js';
import { EXIT_SITUATION_RULE } from '../domain/interview.js';
import { DEFAULT_INTERVIEW_SETTINGS } from '../domain/interview-deadlines.js';
import { PARTICIPANT_KINDS } from '../domain/participants.js';
import { LEGACY_PLAN_DOMAINS } from '../domain/plan-coverage.js';
import { PREPARATION_DOMAINS } from '../domain/preparation-template.js';
import { RIGHT_ANSWERS, RIGHTS } from '../domain/rights.js';
import { ACTION_OWNERS, ACTION_STATUSES, DEADLINE_STATUSES, INTERVIEW_KINDS, PLAN_EVENTS, PLAN_STATUSES } from './allowed-values.js';
import { calendarDateSchema, idSchema, timestampSchema } from './common.js';
import { exitSituationSchema } from './exit-situation.js';
import * as z from './zod-openapi.js';

export { exitSituationSchema };

const deadlineStatusSchema = z.enum(DEADLINE_STATUSES).openapi({
  description: '`sans_objet` : la prise en charge a pris fin avant l’échéance, l’entretien n’est plus dû.',
});

export const deadlinesSchema = z
  .object({
    entretien17: z
      .object({
        opensOn: calendarDateSchema.openapi({
          description: '16e anniversaire (âge d’ouverture du département), ou l’admission si plus tard.',
        }),
        dueBy: calendarDateSchema.openapi({
          description: 'Échéance légale : 17e anniversaire ; admission à 17 ans ou plus : admission + délai du département.',
        }),
        target: calendarDateSchema.openapi({ description: 'Objectif du département, jamais après l’échéance légale.' }),
        status: deadlineStatusSchema,
      })
      .openapi({ description: 'Entretien pour l’autonomie (« entretien des 17 ans », CASF L222-5-1).' }),
    followUp: z
      .object({ dueBy: calendarDateSchema, status: deadlineStatusSchema })
      .nullable()
      .openapi({ description: 'Entretien six mois après la fin de prise en charge (L222-5-2-1) ; null tant qu’elle n’a pas pris fin.' }),
    planReview: z.object({ dueBy: calendarDateSchema, status: deadlineStatusSchema }).nullable(),
  })
  .openapi('InterviewDeadlines');

const domainSchema = z.enum(PREPARATION_DOMAINS);

const participantKindSchema = z.enum(PARTICIPANT_KINDS).openapi({
  description:
    '`cadre_departement` représente le président du conseil départemental ; `lieu_accueil` : assistant familial, éducateur de MECS.',
});

const participantInputSchema = z.strictObject({
  kind: participantKindSchema,
  name: z.string().trim().min(1).max(120),
  role: z
    .string()
    .trim()
    .max(120)
    .optional()
    .openapi({ description: 'Précision libre (fonction, structure).', example: 'Assistante familiale' }),
});

/** As stored and answered: records made before participants were typed have `kind: null` and their free `role`. */
const participantSchema = z.object({
  kind: participantKindSchema.nullable().default(null),
  name: z.string(),
  role: z.string().default(''),
});

const pointSchema = z.strictObject({ domain: domainSchema, text: z.string().trim().min(1).max(4000) });

const rightToldSchema = z.strictObject({
  right: z.enum(RIGHTS),
  toldOn: calendarDateSchema.openapi({ description: 'Le jour où ce droit a été expliqué (pas après aujourd’hui).' }),
  answer: z.enum(RIGHT_ANSWERS).nullable().default(null).openapi({ description: 'La réponse du jeune, quand le droit en appelle une.' }),
});

const rightsToldSchema = z
  .array(rightToldSchema)
  .max(RIGHTS.length)
  .refine((items) => new Set(items.map((item) => item.right)).size === items.length, { message: 'Chaque droit une seule fois.' });

/** What follow-up records held before the categories existed: four yes/no, read only. */
const legacyExitIndicatorsSchema = z.object({
  stableHousing: z.boolean(),
  resources: z.boolean(),
  educationOrWork: z.boolean(),
  healthCover: z.boolean(),
});

const interviewFields = {
  scheduledOn: calendarDateSchema.nullable().optional(),
  heldOn: calendarDateSchema.nullable().optional(),
  participants: z.array(participantInputSchema).max(20).optional(),
  youngPersonAbsentReason: z
    .string()
    .trim()
    .max(1000)
    .nullable()
    .optional()
    .openapi({ description: 'Obligatoire quand l’entretien a eu lieu sans le jeune parmi les participants.' }),
  summary: z.string().trim().max(10_000).optional(),
  points: z.array(pointSchema).max(50).optional(),
  rightsTold: rightsToldSchema.optional().openapi({ description: 'Les droits expliqués au jeune, chacun daté, avec sa réponse.' }),
  situation: exitSituationSchema
    .nullable()
    .optional()
    .openapi({ description: 'Entretien de suivi : la situation six mois après la sortie.' }),
  supportAgainToldOn: calendarDateSchema
    .nullable()
    .optional()
    .openapi({ description: 'Entretien de suivi : le jour où le jeune a été informé qu’il peut redemander un accompagnement.' }),
};

export const createInterviewSchema = z
  .strictObject({ kind: z.enum(INTERVIEW_KINDS), ...interviewFields })
  .refine((value) => EXIT_SITUATION_RULE.allowedFor(value.kind) || (!value.situation && !value.supportAgainToldOn), {
    message: EXIT_SITUATION_RULE.message,
    path: ['situation'],
  })
  .openapi('CreateInterview');

export const updateInterviewSchema = z.strictObject({ version: z.number().int().min(1), ...interviewFields }).openapi('UpdateInterview');

export const interviewSchema = z
  .object({
    id: idSchema,
    kind: z.enum(INTERVIEW_KINDS),
    scheduledOn: calendarDateSchema.nullable(),
    heldOn: calendarDateSchema.nullable(),
    participants: z.array(participantSchema),
    youngPersonAbsentReason: z.string().nullable().default(null),
    summary: z.string(),
    points: z.array(pointSchema),
    rightsTold: z.array(rightToldSchema).default([]),
    situation: exitSituationSchema.nullable().default(null),
    supportAgainToldOn: calendarDateSchema.nullable().default(null),
    legacyExitIndicators: legacyExitIndicatorsSchema
      .nullable()
      .default(null)
      .openapi({ description: 'Suivis enregistrés avant les catégories : quatre oui/non, en lecture seule.' }),
    version: z.number().int(),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .openapi('Interview');

export const interviewListSchema = z.object({ items: z.array(interviewSchema) }).openapi('InterviewList');

const questionSchema = z.object({
  id: z.string(),
  domain: domainSchema,
  label: z.string(),
  kind: z.enum(['text', 'choice']),
  options: z.array(z.string()).optional(),
});

export const preparationSchema = z
  .object({
    template: z.object({ version: z.number().int(), questions: z.array(questionSchema) }),
    answers: z.record(z.string(), z.string()).nullable().openapi({ description: 'null pour le binôme tant que le jeune n’a pas partagé.' }),
    sharedAt: timestampSchema.nullable(),
    updatedAt: timestampSchema.nullable(),
  })
  .openapi('Preparation');

const questionInputSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  domain: domainSchema,
  label: z.string().trim().min(1).max(500),
  kind: z.enum(['text', 'choice']),
  options: z.array(z.string().trim().min(1).max(100)).min(2).max(10).optional(),
});
export const publishTemplateSchema = z
  .strictObject({ questions: z.array(questionInputSchema).min(1).max(50) })
  .refine((value) => new Set(value.questions.map((question) => question.id)).size === value.questions.length, {
    message: 'Chaque question doit avoir un identifiant unique.',
    path: ['questions'],
  })
  .refine((value) => value.questions.every((question) => (question.kind === 'choice') === (question.options !== undefined)), {
    message: 'Les questions à choix ont des options, les autres n’en ont pas.',
    path: ['questions'],
  })
  .openapi('PublishPreparationTemplate');

export const saveAnswersSchema = z
  .strictObject({
    answers: z.record(z.string().regex(/^[a-z0-9-]{1,40}$/), z.string().max(2000)).refine((value) => Object.keys(value).length <= 50, {
      message: '50 réponses au plus par enregistrement.',
    }),
  })
  .openapi('SaveAnswers');

const planActionSchema = z.strictObject({
  id: z.string().regex(/^[\w-]{1,40}$/),
  label: z.string().trim().min(1).max(500),
  who: z.enum(ACTION_OWNERS),
  partnerName: z.string().trim().max(200).nullable().optional(),
  dueOn: calendarDateSchema,
  status: z.enum(ACTION_STATUSES),
});

const needSchema = z.enum(AUTONOMY_NEEDS).openapi({
  description:
    'Un des six besoins du projet d’autonomie (CASF R.222-6) : ressources ; logement ou hébergement ; emploi, formation ou scolarité ; soins ; démarches administratives et accès aux droits ; accompagnement socio-éducatif, affectif, culturel et social.',
});

const planGoalFields = {
  id: z.string().regex(/^[\w-]{1,40}$/),
  label: z.string().trim().min(1).max(500),
  planB: z.string().trim().max(2000).openapi({ description: 'Ce qui se passe si l’objectif échoue (plan B).' }),
  actions: z.array(planActionSchema).max(30),
};

/** A goal as written: under one of the six needs (`mes_questions` is a questionnaire section, not a need: 400). */
const planGoalSchema = z.strictObject({ ...planGoalFields, domain: needSchema });

/** A goal as stored: plans written before the six needs may hold `mes_questions` goals, which still read. */
const storedPlanGoalSchema = z.object({
  ...planGoalFields,
  domain: z.enum([...AUTONOMY_NEEDS, ...LEGACY_PLAN_DOMAINS]).openapi({
    description: '`mes_questions` : objectif d’un projet rédigé avant les six besoins, à rattacher à un besoin avant de réenregistrer.',
  }),
});

const needWithoutGoalsSchema = z
  .strictObject({
    need: needSchema,
    reason: z.string().trim().min(1).max(1000).openapi({ description: 'Pourquoi ce besoin n’appelle pas d’objectif.' }),
  })
  .openapi({ description: '« Pas de besoin » pour ce besoin, avec la raison.' });

export const savePlanSchema = z
  .strictObject({
    version: z.number().int().min(0).openapi({ description: '0 pour créer le projet, sinon la version lue.' }),
    goals: z.array(planGoalSchema).max(20),
    needsWithoutGoals: z
      .array(needWithoutGoalsSchema)
      .max(AUTONOMY_NEEDS.length)
      .refine((items) => new Set(items.map((item) => item.need)).size === items.length, { message: 'Chaque besoin une seule fois.' })
      .default([])
      .openapi({ description: 'Les besoins sans objectif, chacun avec la raison (« pas de besoin »).' }),
    draft: z.boolean().default(false).openapi({
      description:
        'true : enregistré en brouillon, pas encore proposé au jeune. Sinon le projet est proposé au jeune, ce qui demande que chacun des six besoins ait un objectif ou « pas de besoin » avec la raison (400 `PLAN_INCOMPLETE` sinon).',
    }),
    majorChangeOn: calendarDateSchema.nullable().optional().openapi({
      description: 'Date d’un changement majeur (fin de prise en charge, perte du logement) : la révision devient due sous un mois.',
    }),
  })
  .openapi('SavePlan');

export const planSchema = z
  .object({
    goals: z.array(storedPlanGoalSchema),
    needsWithoutGoals: z.array(needWithoutGoalsSchema).default([]),
    status: z.enum(PLAN_STATUSES).openapi({ description: '`brouillon` : enregistré par le binôme, pas encore proposé au jeune.' }),
    version: z.number().int(),
    updatedAt: timestampSchema,
    updatedByName: z.string().nullable().openapi({ description: 'Qui, dans le binôme, a rédigé cette version.' }),
    lastReviewedOn: calendarDateSchema,
    majorChangeOn: calendarDateSchema.nullable(),
    reviewDueOn: calendarDateSchema,
    signedAt: timestampSchema.nullable(),
    changeRequest: z.object({ message: z.string(), at: timestampSchema }).nullable(),
  })
  .openapi('Plan');

export const respondToPlanSchema = z.strictObject({ version: z.number().int().min(1) }).openapi('SignPlan');
export const requestPlanChangeSchema = z
  .strictObject({ version: z.number().int().min(1), message: z.string().trim().min(1).max(2000) })
  .openapi('RequestPlanChange');

/** One version of the plan in its history. */
export const planVersionSchema = planSchema.extend({ event: z.enum(PLAN_EVENTS), at: timestampSchema, byRole: z.string() });

export const planHistorySchema = z.object({ items: z.array(planVersionSchema) }).openapi('PlanHistory');

export const interviewSettingsSchema = z
  .strictObject({
    entretien17OpensAtAge: z
      .number()
      .int()
      .min(15)
      .max(16)
      .default(DEFAULT_INTERVIEW_SETTINGS.entretien17OpensAtAge)
      .openapi({ description: 'Âge d’ouverture de l’entretien pour l’autonomie (16 par défaut).' }),
    entretien17TargetMonthsBeforeMajority: z.number().int().min(12).max(24).nullable().openapi({
      description:
        'Objectif du département en mois avant la majorité : 12 = l’échéance légale (17 ans), davantage = plus tôt. null : l’échéance légale.',
    }),
    lateAdmissionDelayDays: z
      .number()
      .int()
      .min(1)
      .max(90)
      .default(DEFAULT_INTERVIEW_SETTINGS.lateAdmissionDelayDays)
      .openapi({ description: 'Délai en jours pour un jeune admis à 17 ans ou plus (« dans les meilleurs délais », 30 par défaut).' }),
  })
  .openapi('InterviewSettings');

export type CreateInterviewInput = z.infer<typeof createInterviewSchema>;
export type UpdateInterviewInput = z.infer<typeof updateInterviewSchema>;
export type Interview = z.infer<typeof interviewSchema>;
/** What proposePlan takes: the body as validated, `needsWithoutGoals` and `draft` optional (as callers other than the route write it). */
export type SavePlanInput = z.input<typeof savePlanSchema>;
export type Plan = z.infer<typeof planSchema>;
export type { PlanEvent } from './allowed-values.js';
