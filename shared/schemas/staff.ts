import { DEFAULT_CASELOAD_CAP, DEFAULT_FIRST_YEAR_CASELOAD_CAP, SOON_DAYS } from '../domain/caseload.js';
import { HELP_REASONS } from '../domain/help.js';
import { DEFAULT_SECOND_MEMBER_LABEL, STAFF_DIRECTORY_ROLES } from '../domain/staff.js';
import { civilitySchema } from './civility.js';
import { calendarDateSchema, idSchema, pageQuerySchema, pageSchema, subjectSchema, timestampSchema } from './common.js';
import { openDeadlineAlertSchema } from './deadlines.js';
import { housingAlertSchema } from './housing.js';
import * as z from './zod-openapi.js';

export { civilitySchema };

/** The API contract of the staff directory and the dashboard's département settings. */

export const staffRoleSchema = z.enum(STAFF_DIRECTORY_ROLES).openapi('StaffRole');

const nameSchema = z.string().trim().min(1).max(100);
const territorySchema = z.string().trim().max(120).openapi({ example: 'Arras' });
const otherCaseloadSchema = z.number().int().min(0).max(500).openapi({
  description: 'Situations suivies hors d’Envol (le plafond d’un·e référent·e compte tous ses enfants, pas seulement les 16-21 ans).',
});
const startedOnSchema = calendarDateSchema.openapi({
  description: 'Prise de poste : le plafond de la première année s’applique jusqu’à son premier anniversaire.',
});

export const staffMemberSchema = z
  .object({
    sub: subjectSchema,
    firstName: z.string(),
    lastName: z.string(),
    civility: civilitySchema.nullable().default(null),
    role: staffRoleSchema,
    territory: z.string().nullable(),
    startedOn: calendarDateSchema.nullable(),
    otherCaseload: z.number().int(),
    version: z.number().int(),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .openapi('StaffMember');

export const createStaffSchema = z
  .strictObject({
    sub: subjectSchema.openapi({ description: 'L’identifiant de connexion du compte (celui du fournisseur d’identité).' }),
    firstName: nameSchema,
    lastName: nameSchema,
    civility: civilitySchema.nullable().optional(),
    role: staffRoleSchema,
    territory: territorySchema.nullable().optional(),
    startedOn: startedOnSchema.nullable().optional(),
    otherCaseload: otherCaseloadSchema.optional(),
  })
  .openapi('CreateStaffMember');

export const updateStaffSchema = z
  .strictObject({
    version: z.number().int().min(1).openapi({ description: 'La version lue ; 409 si la fiche a changé depuis.' }),
    firstName: nameSchema.optional(),
    lastName: nameSchema.optional(),
    civility: civilitySchema.nullable().optional(),
    role: staffRoleSchema.optional(),
    territory: territorySchema.nullable().optional(),
    startedOn: startedOnSchema.nullable().optional(),
    otherCaseload: otherCaseloadSchema.optional(),
  })
  .openapi('UpdateStaffMember');

export const staffPageSchema = pageSchema(staffMemberSchema, 'StaffPage');

export const staffListQuerySchema = pageQuerySchema.extend({
  role: staffRoleSchema.optional().openapi({ description: 'Seulement les comptes de ce rôle (pour choisir un binôme).' }),
});

export const staffParams = z.object({ sub: subjectSchema.openapi({ param: { name: 'sub', in: 'path' } }) });

export const dashboardSettingsSchema = z
  .strictObject({
    secondMemberLabel: z
      .string()
      .trim()
      .min(1)
      .max(120)
      .openapi({ description: `Le nom du second membre du binôme (« ${DEFAULT_SECOND_MEMBER_LABEL} » par défaut).` }),
    caseloadCap: z
      .number()
      .int()
      .min(1)
      .max(200)
      .default(DEFAULT_CASELOAD_CAP)
      .openapi({ description: `Plafond de situations par référent·e, hors et dans Envol (${DEFAULT_CASELOAD_CAP} par défaut).` }),
    firstYearCaseloadCap: z
      .number()
      .int()
      .min(1)
      .max(200)
      .default(DEFAULT_FIRST_YEAR_CASELOAD_CAP)
      .openapi({ description: `Plafond la première année après la prise de poste (${DEFAULT_FIRST_YEAR_CASELOAD_CAP} par défaut).` }),
    outOfHoursNumber: z
      .string()
      .trim()
      .regex(/^\+?[0-9][0-9 .-]{1,19}$/, { message: 'Numéro de téléphone invalide.' })
      .nullable()
      .default(null)
      .openapi({ description: 'Le numéro d’astreinte du département (soirs, week-ends), montré au jeune avec « J’ai besoin d’aide ».' }),
    binomePhoneNumber: z
      .string()
      .trim()
      .regex(/^\+?[0-9][0-9 .-]{1,19}$/, { message: 'Numéro de téléphone invalide.' })
      .nullable()
      .default(null)
      .openapi({
        description: 'Le numéro où le jeune joint son binôme aux heures où il répond (l’accueil du service), montré dans « Mon dossier ».',
      }),
    binomeHours: z
      .string()
      .trim()
      .max(200)
      .nullable()
      .default(null)
      .openapi({ description: 'Quand le binôme répond, dit au jeune (« du lundi au vendredi, de 9 h à 17 h »).' }),
  })
  .openapi('DashboardSettings');

export const helpReasonSchema = z.enum(HELP_REASONS).openapi('HelpReason');

export const raiseHelpSchema = z.strictObject({ reason: helpReasonSchema }).openapi('RaiseHelp');

export const helpAlertSchema = z
  .object({
    id: idSchema,
    youthId: idSchema,
    reason: helpReasonSchema,
    raisedAt: timestampSchema,
    acknowledgedAt: timestampSchema.nullable(),
    acknowledgedByName: z.string().nullable(),
  })
  .openapi('HelpAlert');

export const helpAnswerSchema = z
  .object({
    alert: helpAlertSchema,
    numbers: z.array(z.object({ number: z.string(), label: z.string() })),
    binomeHours: z.string().nullable(),
  })
  .openapi('HelpAnswer');

export const helpAlertListSchema = z.object({ items: z.array(helpAlertSchema) }).openapi('HelpAlertList');

export const helpParams = z.object({ youthId: idSchema.openapi({ param: { name: 'youthId', in: 'path' } }) });
export const helpAlertParams = helpParams.extend({ alertId: idSchema.openapi({ param: { name: 'alertId', in: 'path' } }) });

const caseloadDeadlineSchema = z
  .object({
    kind: z.enum(['entretien17', 'suivi', 'planReview', 'careEnd', 'age18', 'age21']),
    dueOn: calendarDateSchema,
    late: z.boolean(),
  })
  .openapi('CaseloadDeadline');

export const caseloadSchema = z
  .object({
    count: z.object({
      inEnvol: z.number().int(),
      outside: z.number().int().openapi({ description: 'Situations suivies hors d’Envol (annuaire du personnel).' }),
      total: z.number().int(),
      cap: z.number().int().nullable().openapi({ description: 'Le plafond qui s’applique (référent·es seulement), sinon null.' }),
      firstYear: z.boolean(),
      overCap: z.boolean(),
    }),
    items: z.array(
      z.object({
        youthId: idSchema,
        firstName: z.string(),
        lastName: z.string(),
        nextDeadline: caseloadDeadlineSchema.nullable(),
        deadlines: z.array(caseloadDeadlineSchema),
        lateActions: z.number().int().openapi({ description: 'Actions du projet en retard.' }),
        soonActions: z
          .number()
          .int()
          .openapi({ description: `Actions du projet à faire dans les ${SOON_DAYS} jours.` }),
        housingAlert: housingAlertSchema.nullable(),
        lastJournalAt: timestampSchema.nullable(),
        openHelpAlerts: z.number().int().openapi({ description: 'Alertes « J’ai besoin d’aide » pas encore prises en compte.' }),
        alerts: z.array(openDeadlineAlertSchema).openapi({
          description: 'Alertes d’échéance du traitement quotidien pas encore prises en compte, sur une échéance toujours due.',
        }),
        rgpdRequests: z
          .array(z.object({ id: idSchema, dueOn: calendarDateSchema, late: z.boolean() }))
          .openapi({ description: 'Demandes RGPD du jeune qui attendent une réponse (un mois, art. 12.3) : les dates seulement.' }),
        late: z.boolean(),
        urgentOn: calendarDateSchema.nullable(),
      }),
    ),
  })
  .openapi('Caseload');

export type StaffMember = z.infer<typeof staffMemberSchema>;
export type CreateStaffInput = z.infer<typeof createStaffSchema>;
export type UpdateStaffInput = z.infer<typeof updateStaffSchema>;
export type DashboardSettings = z.infer<typeof dashboardSettingsSchema>;
export type Caseload = z.infer<typeof caseloadSchema>;
export type HelpAlert = z.infer<typeof helpAlertSchema>;
