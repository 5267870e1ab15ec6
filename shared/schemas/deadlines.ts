import { DEADLINE_ALERT_STAGES } from '../domain/deadline-alerts.js';
import { CALENDAR_KINDS } from '../domain/deadline-calendar.js';
import { calendarDateSchema, idSchema, pageQuerySchema, pageSchema, timestampSchema } from './common.js';
import * as z from './zod-openapi.js';

/** The API contract of the deadlines calendar and the daily job's deadline alerts. */

export const calendarKindSchema = z
  .enum(CALENDAR_KINDS as ['entretien17', 'suivi', 'planReview', 'careEnd', 'age18', 'age21'])
  .openapi('CalendarKind', {
    description:
      'entretien17 : entretien pour l’autonomie ; suivi : entretien six mois après la sortie ; planReview : révision du projet d’autonomie ; careEnd : fin de prise en charge ; age18, age21 : anniversaires.',
  });

export const calendarMonthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'Mois attendu au format AAAA-MM.' })
  .openapi({ example: '2026-12' });

export const calendarQuerySchema = pageQuerySchema.extend({
  month: calendarMonthSchema.openapi({ param: { name: 'month', in: 'query' }, description: 'Le mois affiché (AAAA-MM).' }),
});

export const calendarLineSchema = z
  .object({
    youthId: idSchema,
    firstName: z.string(),
    lastName: z.string(),
    kind: calendarKindSchema,
    dueOn: calendarDateSchema,
    done: z.boolean().openapi({ description: 'L’entretien a eu lieu.' }),
    lapsesOn: calendarDateSchema
      .nullable()
      .openapi({ description: 'À partir de ce jour l’échéance est sans objet (fin de prise en charge avant l’entretien).' }),
  })
  .openapi('CalendarLine');

export const calendarPageSchema = pageSchema(calendarLineSchema, 'CalendarPage');

export const deadlineAlertStageSchema = z.enum(DEADLINE_ALERT_STAGES).openapi('DeadlineAlertStage', {
  description: 'bientot : l’échéance approche ; en_retard : la date est passée sans que ce soit fait.',
});

/** `<kind>_<dueOn>_<stage>`: derived from what the alert is about. */
export const deadlineAlertIdSchema = z
  .string()
  .regex(/^(entretien17|suivi|planReview|careEnd|age18|age21)_\d{4}-\d{2}-\d{2}_(bientot|en_retard)$/, {
    message: 'Identifiant d’alerte invalide.',
  })
  .openapi({ example: 'entretien17_2026-12-10_bientot' });

export const openDeadlineAlertSchema = z
  .object({
    id: deadlineAlertIdSchema,
    kind: calendarKindSchema,
    dueOn: calendarDateSchema,
    stage: deadlineAlertStageSchema,
    raisedOn: calendarDateSchema,
  })
  .openapi('OpenDeadlineAlert');

export const deadlineAlertSchema = openDeadlineAlertSchema
  .extend({
    youthId: idSchema,
    acknowledgedAt: timestampSchema.nullable(),
    acknowledgedByName: z.string().nullable(),
  })
  .openapi('DeadlineAlert');

export type DeadlineAlertRecord = z.infer<typeof deadlineAlertSchema>;

export const deadlineAlertListSchema = z.object({ items: z.array(deadlineAlertSchema) }).openapi('DeadlineAlertList');

export const deadlineAlertsParams = z.object({ youthId: idSchema.openapi({ param: { name: 'youthId', in: 'path' } }) });
export const deadlineAlertParams = deadlineAlertsParams.extend({
  alertId: deadlineAlertIdSchema.openapi({ param: { name: 'alertId', in: 'path' } }),
});
