import { CHANNELS, MESSAGE_KINDS, SWITCHABLE_KINDS } from '../domain/reminders.js';
import { calendarDateSchema, idSchema, timestampSchema } from './common.js';
import * as z from './zod-openapi.js';

/** The API contract of reminders (SMS, e-mail): channels and consent, stop, what was sent, failures. */

export const channelSchema = z.enum(CHANNELS).openapi('ReminderChannel');
export const messageKindSchema = z.enum(MESSAGE_KINDS).openapi('ReminderKind');
export const messageStatusSchema = z.enum(['pending', 'sending', 'sent', 'failed', 'skipped']).openapi('ReminderStatus');

const recipientSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('jeune'), youthId: z.string() }),
  z.object({ type: z.literal('staff'), sub: z.string() }),
]);

/** A message of the outbox as stored: no address, no text (both are found or written when it leaves). */
export const outboxMessageSchema = z.object({
  id: z.string(),
  departement: z.string(),
  kind: messageKindSchema,
  recipient: recipientSchema,
  date: z.string().nullable(),
  /** For a verification code: which channel it verifies (the address is in the verification item). */
  verifies: channelSchema.nullable().default(null),
  createdAt: z.string(),
  dueAt: z.string(),
  status: messageStatusSchema,
  attempts: z.number().int(),
  claimToken: z.string().nullable().default(null),
  claimedAt: z.string().nullable().default(null),
  lastError: z.string().nullable().default(null),
  sentAt: z.string().nullable().default(null),
  sentChannels: z.array(channelSchema).default([]),
  failedAt: z.string().nullable().default(null),
  skippedReason: z.string().nullable().default(null),
});
export type OutboxMessage = z.infer<typeof outboxMessageSchema>;

/** A person's channels, as shown back to them: masked addresses, never the whole of one. */
export const contactViewSchema = z
  .object({
    phone: z.string().nullable().openapi({ description: 'Le numéro vérifié, masqué (+336••••••78), ou null.' }),
    email: z.string().nullable().openapi({ description: 'L’adresse vérifiée, masquée (l•••@exemple.fr), ou null.' }),
    sms: z.boolean().openapi({ description: 'Reçoit les rappels par SMS.' }),
    emailChosen: z.boolean().openapi({ description: 'Reçoit les rappels par e-mail.' }),
    stopped: z.boolean().openapi({ description: 'A tout arrêté depuis un message (STOP) ; choisir un canal reprend les envois.' }),
    pending: z.object({ sms: z.boolean(), email: z.boolean() }).openapi({ description: 'Un code attend d’être saisi.' }),
    version: z.number().int(),
  })
  .openapi('ReminderContact');
export type ContactView = z.infer<typeof contactViewSchema>;

export const startPhoneVerificationSchema = z
  .strictObject({
    phone: z.string().max(40).openapi({ example: '06 12 34 56 78', description: 'Un numéro de mobile français (métropole ou outre-mer).' }),
  })
  .openapi('StartPhoneVerification');

export const startEmailVerificationSchema = z
  .strictObject({ email: z.email().max(254).openapi({ example: 'lina@example.fr' }) })
  .openapi('StartEmailVerification');

export const verifyCodeSchema = z
  .strictObject({
    code: z
      .string()
      .regex(/^\d{6}$/, 'Le code fait 6 chiffres.')
      .openapi({ example: '123456' }),
  })
  .openapi('VerifyCode');

export const chooseChannelsSchema = z
  .strictObject({
    version: z.number().int().min(0).openapi({ description: 'La version lue (0 avant tout choix) ; 409 si elle a changé.' }),
    sms: z.boolean(),
    email: z.boolean(),
  })
  .openapi('ChooseReminderChannels');

export const channelParams = z.object({ channel: channelSchema.openapi({ param: { name: 'channel', in: 'path' } }) });

export const stopSchema = z
  .strictObject({ token: z.string().min(1).max(512).openapi({ description: 'Le jeton signé du lien reçu dans un message.' }) })
  .openapi('StopReminders');
export const stopAnswerSchema = z.object({ stopped: z.literal(true) }).openapi('StopRemindersAnswer');

/** What staff and the young person see of a message that went out: its kind and when, never the address nor the channel. */
export const sentReminderSchema = z.object({ kind: messageKindSchema, sentAt: timestampSchema }).openapi('SentReminder');
export const sentReminderListSchema = z.object({ items: z.array(sentReminderSchema) }).openapi('SentReminderList');
export const youthParams = z.object({ youthId: idSchema.openapi({ param: { name: 'youthId', in: 'path' } }) });

/** A message that failed for good, for the département's admins: what and when, the error's code, never an address. */
export const failedReminderSchema = z
  .object({
    id: z.string(),
    kind: messageKindSchema,
    recipient: z.object({ type: z.enum(['jeune', 'staff']), id: z.string() }),
    createdAt: timestampSchema,
    failedAt: timestampSchema,
    attempts: z.number().int(),
    lastError: z.string().nullable(),
  })
  .openapi('FailedReminder');
export const failedReminderListSchema = z.object({ items: z.array(failedReminderSchema) }).openapi('FailedReminderList');

export const reminderSettingsSchema = z
  .object(
    Object.fromEntries(SWITCHABLE_KINDS.map((kind) => [kind, z.boolean()])) as Record<(typeof SWITCHABLE_KINDS)[number], z.ZodBoolean>,
  )
  .openapi('ReminderSettings');

export { calendarDateSchema };

/**
 * The reminders part of a young person's RGPD export: what was sent to them, when and (in
 * their own export) on which channels; their channels as they gave them, in their own export
 * only. Never a message's text: it is not kept (it says nothing but « Tu as du nouveau »).
 */
export const exportedRemindersSchema = z
  .object({
    channels: z
      .object({
        phone: z.string().nullable(),
        email: z.string().nullable(),
        sms: z.boolean(),
        emailChosen: z.boolean(),
        stoppedAt: timestampSchema.nullable(),
      })
      .nullable()
      .openapi({
        description: 'Le numéro et l’adresse vérifiés et les choix du jeune : dans son propre export seulement (null pour le personnel).',
      }),
    sent: z
      .array(
        z.object({
          kind: messageKindSchema,
          sentAt: timestampSchema,
          channels: z.array(channelSchema).optional().openapi({ description: 'SMS, e-mail : dans le propre export du jeune seulement.' }),
        }),
      )
      .openapi({ description: 'Les messages envoyés au jeune, le plus ancien d’abord.' }),
  })
  .openapi('ExportedReminders');
