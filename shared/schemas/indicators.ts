import { CHECK_IN_AGES, CHECK_IN_CHOICES } from '../domain/check-ins.js';
import { SECTION_IDS } from '../domain/exit-indicators.js';
import { calendarDateSchema } from './common.js';
import * as z from './zod-openapi.js';

/** The API contract of the exit indicators (admins) and of the check-ins of 19 and 21 (the young person). */

export const indicatorsQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().openapi({
    description:
      'L’année civile (par défaut, l’année en cours). Les périodes sont des années entières, pour qu’aucune différence entre deux périodes ne révèle un petit effectif.',
  }),
  territory: z
    .string()
    .trim()
    .min(1)
    .max(120)
    .optional()
    .openapi({ description: 'Un territoire (celui du ou de la référent·e) ; absent : tout le département.' }),
});

const suppressionSchema = z.enum(['small', 'complementary']).nullable().openapi({
  description:
    '`small` : moins de 5 jeunes (« < 5 ») ; `complementary` : masqué pour qu’aucun petit effectif ne puisse être recalculé (« s ») ; null : affiché.',
});

export const indicatorRowSchema = z
  .object({
    id: z.string(),
    label: z.string(),
    group: z.string().nullable().openapi({ description: 'L’indicateur ou la question dont la ligne est une modalité.' }),
    count: z.number().int().nullable().openapi({ description: 'Nombre de jeunes ; null quand la case est masquée.' }),
    suppressed: suppressionSchema,
    share: z
      .number()
      .nullable()
      .openapi({ description: 'Part, en %, de la ligne dont celle-ci est une partie (taux de réponse, part d’une modalité).' }),
  })
  .openapi('IndicatorRow');

export const indicatorTableSchema = z
  .object({
    year: z.number().int(),
    territory: z.string().nullable(),
    territories: z.array(z.string()).openapi({ description: 'Les territoires du département ayant au moins un jeune.' }),
    computedOn: calendarDateSchema,
    sections: z.array(z.object({ id: z.enum(SECTION_IDS), title: z.string(), rows: z.array(indicatorRowSchema) })),
  })
  .openapi('IndicatorTable');

const checkInAgeSchema = z.union(CHECK_IN_AGES.map((age) => z.literal(age)) as [z.ZodLiteral<19>, z.ZodLiteral<21>]);

export const checkInAnswersSchema = z
  .strictObject({
    housing: z.enum(CHECK_IN_CHOICES.housing),
    resources: z.enum(CHECK_IN_CHOICES.resources),
    activity: z.enum(CHECK_IN_CHOICES.activity),
    healthCover: z.enum(CHECK_IN_CHOICES.healthCover),
    someoneToCountOn: z.enum(CHECK_IN_CHOICES.someoneToCountOn),
  })
  .openapi('CheckInAnswers');

export const checkInReplySchema = z
  .discriminatedUnion('consent', [
    z.strictObject({ age: checkInAgeSchema, consent: z.literal(true), answers: checkInAnswersSchema }),
    z.strictObject({ age: checkInAgeSchema, consent: z.literal(false) }),
  ])
  .openapi('CheckInReply', { description: 'Répondre (avec son accord) ou choisir de ne pas répondre : rien d’autre n’est gardé.' });

export const checkInStateSchema = z
  .object({
    open: z.object({ age: checkInAgeSchema, opensOn: calendarDateSchema, closesOn: calendarDateSchema }).nullable(),
    done: z.array(z.object({ age: checkInAgeSchema, status: z.enum(['answered', 'declined']), on: calendarDateSchema })),
  })
  .openapi('CheckInState');

export const exportedCheckInsSchema = z
  .array(
    z.object({
      age: checkInAgeSchema,
      status: z.enum(['answered', 'declined']),
      on: calendarDateSchema,
      answers: checkInAnswersSchema.nullable(),
    }),
  )
  .openapi({
    description:
      'Les questionnaires de 19 et 21 ans : répondu ou refusé, et quand. Les réponses dans l’export du jeune seul ; personne d’autre ne les lit une à une.',
  });
