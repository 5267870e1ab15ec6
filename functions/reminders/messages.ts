import { createRoute } from '@hono/zod-openapi';
import { authorize } from '../../shared/auth/authorize.js';
import { readYouthFile } from '../../shared/auth/youth-access.js';
import { auditRepo } from '../../shared/db/audit-repo.js';
import { contactRepo } from '../../shared/db/contact-repo.js';
import { outboxRepo } from '../../shared/db/outbox-repo.js';
import { reminderSettingsRepo } from '../../shared/db/reminder-settings-repo.js';
import type { Deps } from '../../shared/http/app-env.js';
import { createResourceApp } from '../../shared/http/create-area-app.js';
import { jsonBody, jsonContent, bearerSecurity as security } from '../../shared/http/openapi-parts.js';
import { errorSchema } from '../../shared/schemas/common.js';
import {
  failedReminderListSchema,
  reminderSettingsSchema,
  sentReminderListSchema,
  stopAnswerSchema,
  stopSchema,
  youthParams,
} from '../../shared/schemas/reminders.js';
import { errors, tags } from './route-parts.js';
import { readStopToken } from './stop-token.js';

export const stopRoute = createRoute({
  method: 'post',
  path: '/stop',
  tags,
  summary: 'STOP : ne plus rien recevoir d’Envol, depuis le lien d’un message (sans connexion)',
  request: { body: jsonBody(stopSchema, 'Le jeton du lien') },
  responses: {
    200: jsonContent(stopAnswerSchema, 'Plus aucun message ne part vers cette personne'),
    400: jsonContent(errorSchema, 'Lien incomplet ou modifié'),
    404: jsonContent(errorSchema, 'Adresse inconnue'),
  },
});

export const sentRoute = createRoute({
  method: 'get',
  path: '/sent/{youthId}',
  tags,
  summary: 'Les rappels envoyés à un jeune : lesquels et quand (jamais le numéro, l’adresse ni le canal)',
  security,
  request: { params: youthParams },
  responses: { 200: jsonContent(sentReminderListSchema, 'Rappels envoyés, le plus ancien d’abord'), ...errors },
});

export const failedRoute = createRoute({
  method: 'get',
  path: '/failed',
  tags,
  summary: 'Les messages du département qui ne sont pas partis malgré les nouvelles tentatives (administrateur)',
  security,
  responses: { 200: jsonContent(failedReminderListSchema, 'Les échecs, le plus récent d’abord'), ...errors },
});

export const getSettingsRoute = createRoute({
  method: 'get',
  path: '/settings',
  tags,
  summary: 'Les rappels que le département envoie',
  security,
  responses: { 200: jsonContent(reminderSettingsSchema, 'Chaque rappel, envoyé ou non'), ...errors },
});

export const putSettingsRoute = createRoute({
  method: 'put',
  path: '/settings',
  tags,
  summary: 'Activer ou couper chaque rappel (administrateur) ; l’alerte « J’ai besoin d’aide » ne se coupe pas',
  security,
  request: { body: jsonBody(reminderSettingsSchema.strict(), 'Les réglages') },
  responses: { 200: jsonContent(reminderSettingsSchema, 'Réglages enregistrés'), ...errors },
});

/** The STOP link: no sign-in, the signed token says who; mounted at `/api/reminders`. */
export function stopRoutes(deps: Deps) {
  const app = createResourceApp();
  app.openapi(stopRoute, async (c) => {
    const { departement, recipient } = await readStopToken(deps.store, c.req.valid('json').token);
    await contactRepo.stop(deps.store, departement, recipient, deps.now());
    return c.json({ stopped: true as const }, 200);
  });
  return app;
}

/** What went out, what failed, and the département's switches; mounted at `/api/reminders`. */
export function messageRoutes(deps: Deps) {
  const app = createResourceApp();

  app.openapi(sentRoute, async (c) => {
    const { youthId } = c.req.valid('param');
    const { data } = await readYouthFile(
      deps,
      c.var.principal,
      youthId,
      'reminders.read',
      async (youth) => {
        const messages = await outboxRepo.listForYouth(deps.store, youth.departement, youth.id);
        // What was sent to the young person (not to staff about them), and only that it was.
        return messages
          .filter((message) => message.recipient.type === 'jeune' && message.status === 'sent' && message.kind !== 'verification_code')
          .map((message) => ({ kind: message.kind, sentAt: message.sentAt ?? message.createdAt }));
      },
      (items) => items.length === 0,
    );
    return c.json({ items: data }, 200);
  });

  app.openapi(failedRoute, async (c) => {
    const principal = c.var.principal;
    authorize(principal, 'reminders.failures');
    const failed = await outboxRepo.listFailed(deps.store, principal.departement);
    // Each young person named here learns in « Qui a consulté mon dossier » that an admin saw it, before it is shown.
    const youthIds = [...new Set(failed.flatMap((message) => (message.recipient.type === 'jeune' ? [message.recipient.youthId] : [])))];
    await Promise.all(youthIds.map((youthId) => auditRepo.record(deps.store, principal, youthId, 'reminders.failures', deps.now())));
    const items = failed.map((message) => ({
      id: message.id,
      kind: message.kind,
      recipient:
        message.recipient.type === 'jeune'
          ? { type: 'jeune' as const, id: message.recipient.youthId }
          : { type: 'staff' as const, id: message.recipient.sub },
      createdAt: message.createdAt,
      failedAt: message.failedAt ?? message.createdAt,
      attempts: message.attempts,
      lastError: message.lastError,
    }));
    return c.json({ items }, 200);
  });

  app.openapi(getSettingsRoute, async (c) => {
    authorize(c.var.principal, 'reminderSettings.read');
    return c.json(await reminderSettingsRepo.get(deps.store, c.var.principal.departement), 200);
  });

  app.openapi(putSettingsRoute, async (c) => {
    const principal = c.var.principal;
    authorize(principal, 'reminderSettings.write');
    const settings = c.req.valid('json');
    await reminderSettingsRepo.put(deps.store, principal.departement, settings, deps.now());
    return c.json(settings, 200);
  });

  return app;
}
