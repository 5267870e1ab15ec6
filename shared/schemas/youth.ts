import { AUDIT_ACTIONS } from './allowed-values.js';
import { civilitySchema } from './civility.js';
import { calendarDateSchema, idSchema, pageSchema, subjectSchema, timestampSchema } from './common.js';
import { exitSituationSchema } from './exit-situation.js';
import * as z from './zod-openapi.js';

const nameSchema = z.string().trim().min(1).max(100);

/** The person the young person chose to accompany them (L223-1-3); they may attend the entretien. */
export const trustedPersonSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(120),
    relation: z.string().trim().min(1).max(120).openapi({ example: 'Ma tante' }),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9][0-9 .-]{5,19}$/, { message: 'Numéro de téléphone invalide.' })
      .openapi({ example: '06 12 34 56 78' }),
  })
  .openapi('TrustedPerson');

export const setTrustedPersonSchema = z
  .strictObject({
    version: z.number().int().min(1).openapi({ description: 'La version lue ; 409 si le dossier a changé depuis.' }),
    trustedPerson: trustedPersonSchema.nullable().openapi({ description: 'null : plus de personne de confiance.' }),
  })
  .openapi('SetTrustedPerson');

export const keyDatesSchema = z
  .object({
    age16: calendarDateSchema.openapi({ description: '16e anniversaire : ouverture de l’entretien pour l’autonomie.' }),
    age17: calendarDateSchema.openapi({ description: '17e anniversaire : échéance légale de l’entretien pour l’autonomie.' }),
    age18: calendarDateSchema.openapi({ description: '18e anniversaire : majorité ; l’accompagnement peut continuer de 18 à 21 ans.' }),
    age21: calendarDateSchema.openapi({
      description:
        '21e anniversaire : l’accompagnement jeune majeur peut aller jusqu’à la fin de l’année scolaire ou universitaire en cours.',
    }),
    careEnd: calendarDateSchema.nullable().openapi({ description: 'Fin de prise en charge, si connue.' }),
  })
  .openapi('KeyDates');

export const youthSchema = z
  .object({
    id: idSchema,
    departement: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    birthDate: calendarDateSchema,
    careStartDate: calendarDateSchema.nullable().openapi({ description: 'Admission à l’ASE, si connue.' }),
    careEndDate: calendarDateSchema.nullable(),
    trustedPerson: trustedPersonSchema
      .nullable()
      .openapi({ description: 'La personne de confiance choisie par le jeune (CASF L223-1-3).' }),
    exitSituation: exitSituationSchema
      .nullable()
      .openapi({ description: 'La situation à la fin de prise en charge, sur les quatre indicateurs (renseignée par le personnel).' }),
    accountSub: subjectSchema,
    referentId: subjectSchema,
    coordinateurId: subjectSchema,
    fileState: z.enum(['actif', 'archive_intermediaire', 'verse_aux_archives', 'detruit']).openapi({
      description:
        'Où en est le dossier dans sa vie (RGPD) : `actif` (base active), `archive_intermediaire` (lecture seule, hors des listes), `verse_aux_archives` ou `detruit`.',
    }),
    archivedOn: calendarDateSchema
      .nullable()
      .openapi({ description: 'Le jour où le dossier est passé en archive intermédiaire, sinon null.' }),
    hasHousingSolution: z.boolean().openapi({
      description:
        'Une solution logement est acquise (demande acceptée ou entrée dans les lieux hors hébergement d’urgence, ou « pas besoin » partagé) : le résumé que le volet logement tient sur le dossier, d’où se calcule l’alerte « sans solution logement ».',
    }),
    version: z.number().int(),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
    keyDates: keyDatesSchema,
  })
  .openapi('Youth');

const toDoItemSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('plan_to_sign') }),
    z.object({ kind: z.literal('vote'), committeeId: idSchema, consultationId: idSchema, title: z.string(), closesAt: timestampSchema }),
    z.object({
      kind: z.literal('entretien'),
      scheduledOn: calendarDateSchema.nullable(),
      answered: z.number().int(),
      preparationShared: z.boolean(),
    }),
    z.object({ kind: z.literal('self_assessment_send'), answered: z.number().int() }),
    z.object({ kind: z.literal('self_assessment_fill'), lastSentOn: calendarDateSchema.nullable() }),
    z.object({ kind: z.literal('housing_proposal'), count: z.number().int() }),
    z.object({ kind: z.literal('housing_share') }),
    z.object({ kind: z.literal('housing_start'), endsOn: calendarDateSchema }),
    z.object({
      kind: z.literal('support_decision'),
      requestId: idSchema,
      outcome: z.enum(['accordee', 'refusee']),
      decidedOn: calendarDateSchema,
    }),
    z.object({ kind: z.literal('check_in'), age: z.union([z.literal(19), z.literal(21)]), closesOn: calendarDateSchema }),
  ])
  .openapi('ToDoItem', { description: 'Ce qui attend le jeune (shared/domain/to-do.ts).' });

const binomePersonSchema = z
  .object({
    role: z.enum(['referent', 'coordinateur']),
    firstName: z.string(),
    lastName: z.string(),
    civility: civilitySchema.nullable(),
  })
  .openapi('BinomePerson');

/** « Mon dossier »: the young person's file, what waits for them and who follows them (one request). */
export const myFileSchema = youthSchema
  .extend({
    toDo: z
      .array(toDoItemSchema)
      .openapi({ description: '« À faire maintenant », dans l’ordre où le jeune le lit ; vide : rien à faire.' }),
    binome: z
      .object({
        members: z
          .array(binomePersonSchema)
          .openapi({ description: 'Le ou la référent·e puis le second membre : nom et rôle seulement (absents de l’annuaire : omis).' }),
        secondMemberLabel: z.string(),
        phoneNumber: z.string().nullable().openapi({ description: 'Le numéro où joindre le binôme (réglage du département).' }),
        hours: z.string().nullable(),
        outOfHoursNumber: z.string().nullable(),
      })
      .openapi('BinomeContact'),
  })
  .openapi('MyFile');

export const youthSummarySchema = youthSchema
  .pick({ id: true, firstName: true, lastName: true, birthDate: true, careEndDate: true, keyDates: true })
  .openapi('YouthSummary');

export const youthPageSchema = pageSchema(youthSummarySchema, 'YouthPage');

const careDatesAreCoherent = (value: { birthDate?: string; careEndDate?: string | null }) =>
  !value.birthDate || !value.careEndDate || value.careEndDate > value.birthDate;
const careDatesMessage = {
  message: 'La fin de prise en charge doit être postérieure à la date de naissance.',
  path: ['careEndDate'],
};

export const createYouthSchema = z
  .strictObject({
    firstName: nameSchema,
    lastName: nameSchema,
    birthDate: calendarDateSchema,
    careStartDate: calendarDateSchema
      .nullable()
      .optional()
      .openapi({ description: 'Admission à l’ASE : ni avant la naissance, ni après aujourd’hui (400 sinon).' }),
    careEndDate: calendarDateSchema.nullable().optional(),
    accountSub: subjectSchema,
    referentId: subjectSchema,
    coordinateurId: subjectSchema,
  })
  .refine(careDatesAreCoherent, careDatesMessage)
  .openapi('CreateYouth');

export const updateYouthSchema = z
  .strictObject({
    version: z.number().int().min(1).openapi({ description: 'La version lue ; 409 si le dossier a changé depuis.' }),
    firstName: nameSchema.optional(),
    lastName: nameSchema.optional(),
    birthDate: calendarDateSchema.optional(),
    careStartDate: calendarDateSchema
      .nullable()
      .optional()
      .openapi({ description: 'Admission à l’ASE : ni avant la naissance, ni après aujourd’hui (400 sinon).' }),
    careEndDate: calendarDateSchema.nullable().optional(),
    exitSituation: exitSituationSchema
      .nullable()
      .optional()
      .openapi({ description: 'Situation à la sortie ; seulement quand la fin de prise en charge est renseignée (400 sinon).' }),
    referentId: subjectSchema.optional(),
    coordinateurId: subjectSchema.optional(),
  })
  .refine(careDatesAreCoherent, careDatesMessage)
  .openapi('UpdateYouth');

export type CreateYouthInput = z.infer<typeof createYouthSchema>;
export type UpdateYouthInput = z.infer<typeof updateYouthSchema>;
export type SetTrustedPersonInput = z.infer<typeof setTrustedPersonSchema>;
export type Youth = z.infer<typeof youthSchema>;

export const journalEntrySchema = z
  .object({
    id: idSchema,
    text: z.string(),
    visibleToYouth: z.boolean(),
    authorSub: z.string(),
    authorName: z.string().nullable(),
    authorRole: z.string(),
    createdAt: timestampSchema,
  })
  .openapi('JournalEntry');

export const createJournalEntrySchema = z
  .strictObject({
    text: z.string().trim().min(1).max(5000),
    visibleToYouth: z.boolean(),
  })
  .openapi('CreateJournalEntry');

export const journalPageSchema = pageSchema(journalEntrySchema, 'JournalPage');

export const auditEntrySchema = z
  .object({
    id: idSchema,
    at: timestampSchema,
    actorSub: z.string(),
    actorName: z.string().nullable(),
    actorRole: z.string(),
    action: z.enum(AUDIT_ACTIONS),
    /** The read returned nothing (an unshared answer, a plan not written yet): kept for the DPO, never shown to the young person. */
    nothingSeen: z.boolean().optional(),
    /** Why an admin opened or reopened an archived file: shown to the young person too. */
    reason: z.string().optional(),
  })
  .openapi('AuditEntry');

export const auditPageSchema = pageSchema(auditEntrySchema, 'AuditPage');
