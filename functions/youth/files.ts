import { createRoute } from '@hono/zod-openapi';
import { authorize } from '../../shared/auth/authorize.js';
import { noteYoungPersonContact } from '../../shared/auth/young-person-contact.js';
import { openYouthFile } from '../../shared/auth/youth-access.js';
import { youthRepo } from '../../shared/db/youth-repo.js';
import { changesBinome, newBinomeIds } from '../../shared/domain/binome.js';
import { parisDate } from '../../shared/domain/calendar-date.js';
import { InvalidInput, NotFound } from '../../shared/domain/errors.js';
import { exitSituationProblem } from '../../shared/domain/exit-situation.js';
import { checkYouthDates, datesAfterChange } from '../../shared/domain/youth-dates.js';
import type { Deps } from '../../shared/http/app-env.js';
import { createResourceApp } from '../../shared/http/create-area-app.js';
import { jsonBody, jsonContent, bearerSecurity as security } from '../../shared/http/openapi-parts.js';
import { errorSchema, idempotencyHeaderSchema, pageQuerySchema } from '../../shared/schemas/common.js';
import {
  createYouthSchema,
  myFileSchema,
  setTrustedPersonSchema,
  updateYouthSchema,
  youthPageSchema,
  youthSchema,
} from '../../shared/schemas/youth.js';
import { checkBinomeStaff } from './binome-staff.js';
import { buildMyFile } from './my-file-service.js';
import { errors, idParams } from './route-parts.js';
import { toSummary, toYouth } from './youth-view.js';

const tags = ['Jeunes'];

export const createYouthRoute = createRoute({
  method: 'post',
  path: '/',
  tags,
  summary: 'Créer le dossier d’un jeune (administrateur)',
  security,
  request: { headers: idempotencyHeaderSchema, body: jsonBody(createYouthSchema, 'Le jeune') },
  responses: {
    201: jsonContent(youthSchema, 'Dossier créé'),
    ...errors,
    409: jsonContent(errorSchema, 'Compte déjà rattaché à un dossier'),
  },
});

export const listYouthRoute = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'Mes jeunes : file active du référent ou du coordinateur, tout le département pour l’administrateur',
  security,
  request: { query: pageQuerySchema },
  responses: { 200: jsonContent(youthPageSchema, 'Une page de jeunes, triée par nom'), ...errors },
});

export const getMyYouthRoute = createRoute({
  method: 'get',
  path: '/me',
  tags,
  summary: 'Mon dossier (jeune) : le dossier, « À faire maintenant » et le binôme (noms et rôles, comment le joindre)',
  security,
  responses: { 200: jsonContent(myFileSchema, 'Le dossier du jeune connecté'), ...errors },
});

export const getYouthRoute = createRoute({
  method: 'get',
  path: '/{id}',
  tags,
  summary: 'Lire le dossier d’un jeune',
  security,
  request: { params: idParams },
  responses: { 200: jsonContent(youthSchema, 'Le dossier'), ...errors },
});

export const updateYouthRoute = createRoute({
  method: 'patch',
  path: '/{id}',
  tags,
  summary: 'Modifier le dossier d’un jeune (avec la version lue)',
  security,
  request: { params: idParams, body: jsonBody(updateYouthSchema, 'Les champs modifiés et la version lue') },
  responses: {
    200: jsonContent(youthSchema, 'Le dossier modifié'),
    ...errors,
    409: jsonContent(errorSchema, 'Version périmée : rien n’a été modifié'),
  },
});

export const setTrustedPersonRoute = createRoute({
  method: 'put',
  path: '/{id}/trusted-person',
  tags,
  summary: 'Choisir ou changer sa personne de confiance (le jeune, ou son binôme avec lui)',
  security,
  request: { params: idParams, body: jsonBody(setTrustedPersonSchema, 'La personne de confiance et la version lue') },
  responses: {
    200: jsonContent(youthSchema, 'Le dossier modifié'),
    ...errors,
    409: jsonContent(errorSchema, 'Version périmée : rien n’a été modifié'),
  },
});

/** Young people's files: create, list, read, update. */
export function youthFileRoutes(deps: Deps) {
  const app = createResourceApp();

  app.openapi(createYouthRoute, async (c) => {
    authorize(c.var.principal, 'youth.create');
    const input = c.req.valid('json');
    checkYouthDates(
      { birthDate: input.birthDate, careStartDate: input.careStartDate ?? null, careEndDate: input.careEndDate ?? null },
      parisDate(deps.now()),
    );
    await checkBinomeStaff(deps, c.var.principal.departement, { referentId: input.referentId, coordinateurId: input.coordinateurId });
    const record = await youthRepo.create(deps.store, c.var.principal, input, deps.now());
    return c.json(toYouth(record), 201);
  });

  app.openapi(listYouthRoute, async (c) => {
    authorize(c.var.principal, 'youth.list');
    const page = await youthRepo.listFor(deps.store, c.var.principal, c.req.valid('query'));
    return c.json({ items: page.items.map(toSummary), cursor: page.cursor }, 200);
  });

  // Before `/{id}`, which would otherwise take "me" for an id.
  app.openapi(getMyYouthRoute, async (c) => {
    const principal = c.var.principal;
    authorize(principal, 'youth.readOwn');
    const record = await youthRepo.getByAccount(deps.store, principal.departement, principal.sub);
    if (!record) throw new NotFound('youthFile.noneForAccount');
    // Opening Envol is the young person's sign-in: a contact for the retention rules.
    await noteYoungPersonContact(deps, principal, record);
    return c.json(await buildMyFile(deps, record), 200);
  });

  app.openapi(getYouthRoute, async (c) => {
    const record = await openYouthFile(deps, c.var.principal, c.req.valid('param').id, 'profile.read');
    return c.json(toYouth(record), 200);
  });

  app.openapi(updateYouthRoute, async (c) => {
    const principal = c.var.principal;
    const changes = c.req.valid('json');
    const current = await openYouthFile(deps, principal, c.req.valid('param').id, 'profile.update', { auditRead: false });
    const binomeChanges = changesBinome(current, changes);
    if (binomeChanges) authorize(principal, 'binome.assign', current, 'youthFile.notFound');
    checkYouthDates(datesAfterChange(current, changes), parisDate(deps.now()));
    const exitProblem = exitSituationProblem({
      careEndDate: changes.careEndDate === undefined ? current.careEndDate : changes.careEndDate,
      exitSituation: changes.exitSituation === undefined ? current.exitSituation : changes.exitSituation,
    });
    if (exitProblem) throw new InvalidInput('input.invalid', [{ path: 'json.exitSituation', message: exitProblem }]);
    if (binomeChanges) await checkBinomeStaff(deps, principal.departement, newBinomeIds(current, changes));
    // A new binôme is its own entry in the young person's « Qui a consulté mon dossier ».
    const auditAction = binomeChanges ? 'binome.assign' : 'profile.update';
    const updated = await youthRepo.update(deps.store, principal, current, changes, deps.now(), { audited: true, auditAction });
    return c.json(toYouth(updated), 200);
  });

  app.openapi(setTrustedPersonRoute, async (c) => {
    const principal = c.var.principal;
    const current = await openYouthFile(deps, principal, c.req.valid('param').id, 'trustedPerson.write', { auditRead: false });
    const audited = principal.role !== 'jeune';
    const updated = await youthRepo.update(deps.store, principal, current, c.req.valid('json'), deps.now(), { audited });
    return c.json(toYouth(updated), 200);
  });

  return app;
}
