import { createRoute } from '@hono/zod-openapi';
import { authorize } from '../../shared/auth/authorize.js';
import type { Principal } from '../../shared/auth/principal.js';
import { type Contact, contactRepo } from '../../shared/db/contact-repo.js';
import type { Store } from '../../shared/db/store.js';
import { youthRepo } from '../../shared/db/youth-repo.js';
import { InvalidInput, NotFound, RuleViolation } from '../../shared/domain/errors.js';
import { maskEmail, maskPhone, normaliseFrenchMobile } from '../../shared/domain/phone-number.js';
import type { Channel, Recipient } from '../../shared/domain/reminders.js';
import { checkCode } from '../../shared/domain/verification.js';
import type { Deps } from '../../shared/http/app-env.js';
import { createResourceApp } from '../../shared/http/create-area-app.js';
import { conflictResponse, jsonBody, jsonContent, bearerSecurity as security } from '../../shared/http/openapi-parts.js';
import { errorSchema } from '../../shared/schemas/common.js';
import {
  type ContactView,
  channelParams,
  chooseChannelsSchema,
  contactViewSchema,
  startEmailVerificationSchema,
  startPhoneVerificationSchema,
  verifyCodeSchema,
} from '../../shared/schemas/reminders.js';
import { errors, tags } from './route-parts.js';

const tooMany = { 429: jsonContent(errorSchema, 'Trop de demandes : attendre (Retry-After)') };

export const getChannelsRoute = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'Mes moyens de contact et mes choix (numéro et adresse masqués)',
  security,
  responses: { 200: jsonContent(contactViewSchema, 'Mes choix'), ...errors },
});

export const startPhoneRoute = createRoute({
  method: 'post',
  path: '/phone',
  tags,
  summary: 'Recevoir un code par SMS pour vérifier mon numéro de mobile',
  security,
  request: { body: jsonBody(startPhoneVerificationSchema, 'Le numéro') },
  responses: { 201: jsonContent(contactViewSchema, 'Code demandé : il part dans la minute'), ...errors, ...tooMany },
});

export const startEmailRoute = createRoute({
  method: 'post',
  path: '/email',
  tags,
  summary: 'Recevoir un code par e-mail pour vérifier mon adresse',
  security,
  request: { body: jsonBody(startEmailVerificationSchema, 'L’adresse') },
  responses: { 201: jsonContent(contactViewSchema, 'Code demandé : il part dans la minute'), ...errors, ...tooMany },
});

export const verifyRoute = createRoute({
  method: 'post',
  path: '/{channel}/verify',
  tags,
  summary: 'Saisir le code reçu (5 essais, 15 minutes)',
  security,
  request: { params: channelParams, body: jsonBody(verifyCodeSchema, 'Le code') },
  responses: { 200: jsonContent(contactViewSchema, 'Vérifié : ce canal est choisi'), ...errors, ...tooMany },
});

export const chooseRoute = createRoute({
  method: 'put',
  path: '/',
  tags,
  summary: 'Choisir SMS, e-mail, les deux ou aucun',
  security,
  request: { body: jsonBody(chooseChannelsSchema, 'Mes choix') },
  responses: {
    200: jsonContent(contactViewSchema, 'Choix enregistrés'),
    ...errors,
    ...conflictResponse('Version périmée, ou canal pas encore vérifié : rien n’a été modifié'),
  },
});

/** Whose channels these are: the young person's file, or the staff member's own entry. */
export async function ownerOf(store: Store, principal: Principal): Promise<Recipient> {
  authorize(principal, 'reminders.ownChannels');
  if (principal.role !== 'jeune') return { type: 'staff', sub: principal.sub };
  const youth = await youthRepo.getByAccount(store, principal.departement, principal.sub);
  if (!youth) throw new NotFound('youthFile.noneForAccount');
  return { type: 'jeune', youthId: youth.id };
}

async function view(store: Store, departement: string, owner: Recipient, contact?: Contact): Promise<ContactView> {
  const [current, phoneCode, emailCode] = await Promise.all([
    contact ?? contactRepo.get(store, departement, owner),
    contactRepo.getVerification(store, departement, owner, 'sms'),
    contactRepo.getVerification(store, departement, owner, 'email'),
  ]);
  return {
    phone: current.phone ? maskPhone(current.phone) : null,
    email: current.email ? maskEmail(current.email) : null,
    sms: current.sms,
    emailChosen: current.emailChosen,
    stopped: current.stoppedAt !== null,
    pending: { sms: phoneCode !== null, email: emailCode !== null },
    version: current.version,
  };
}

/**
 * « Mes rappels »: channels and consent, mounted at `/api/reminders/me`. Each person's own
 * (no one else's is ever read here); the addresses are never answered whole nor logged.
 */
export function channelRoutes(deps: Deps) {
  const app = createResourceApp();

  app.openapi(getChannelsRoute, async (c) => {
    const principal = c.var.principal;
    return c.json(await view(deps.store, principal.departement, await ownerOf(deps.store, principal)), 200);
  });

  async function start(principal: Principal, channel: Channel, value: string) {
    const owner = await ownerOf(deps.store, principal);
    await contactRepo.startVerification(deps.store, principal.departement, owner, channel, value, deps.now());
    return view(deps.store, principal.departement, owner);
  }

  app.openapi(startPhoneRoute, async (c) => {
    const phone = normaliseFrenchMobile(c.req.valid('json').phone);
    if (!phone) throw new InvalidInput('reminders.invalidPhone', [{ path: 'json.phone', message: 'Numéro de mobile français attendu.' }]);
    return c.json(await start(c.var.principal, 'sms', phone), 201);
  });

  app.openapi(startEmailRoute, async (c) => {
    return c.json(await start(c.var.principal, 'email', c.req.valid('json').email.trim().toLowerCase()), 201);
  });

  app.openapi(verifyRoute, async (c) => {
    const principal = c.var.principal;
    const { channel } = c.req.valid('param');
    const owner = await ownerOf(deps.store, principal);
    // The try is counted before it is checked: tries sent at once cannot get past five.
    const pending = await contactRepo.countAttempt(deps.store, principal.departement, owner, channel);
    checkCode(pending, c.req.valid('json').code, deps.now());
    if (pending) await contactRepo.confirm(deps.store, principal.departement, owner, channel, pending);
    return c.json(await view(deps.store, principal.departement, owner), 200);
  });

  app.openapi(chooseRoute, async (c) => {
    const principal = c.var.principal;
    const choice = c.req.valid('json');
    const owner = await ownerOf(deps.store, principal);
    const current = await contactRepo.get(deps.store, principal.departement, owner);
    if ((choice.sms && !current.phone) || (choice.email && !current.email)) throw new RuleViolation('reminders.channelNotVerified');
    const saved = await contactRepo.choose(deps.store, principal.departement, owner, choice);
    return c.json(await view(deps.store, principal.departement, owner, saved), 200);
  });

  return app;
}
