import { ulid } from 'ulid';
import type { Principal } from '../../shared/auth/principal.js';
import { openYouthFile } from '../../shared/auth/youth-access.js';
import { housingRepo, type StoredApplication } from '../../shared/db/housing-repo.js';
import { parisDate } from '../../shared/domain/calendar-date.js';
import { applyTransition, checkTransition, formatApplicationNumber } from '../../shared/domain/housing-application.js';
import { expectedDateProblem } from '../../shared/domain/housing-project.js';
import type { Deps } from '../../shared/http/app-env.js';
import { createAreaApp } from '../../shared/http/create-area-app.js';
import { ApiError, Forbidden, NotFound, ValidationFailed, VersionConflict } from '../../shared/http/errors.js';
import type { HousingProject, HousingSettings, SaveProjectInput } from '../../shared/schemas/housing.js';
import { applicationView, housingFileView } from './housing-view.js';
import { housingQueuePage, queueScopeOf } from './queue.js';
import * as routes from './routes.js';

function requireAdmin(principal: Principal) {
  if (principal.role !== 'admin') throw new Forbidden('Seul un administrateur peut modifier les réglages et les partenaires logement.');
}

function unknownSolutionType(): ApiError {
  return new ApiError(422, 'UNKNOWN_SOLUTION_TYPE', 'Ce type de solution logement n’existe pas dans le département.');
}

/** Field errors of a project against the département's list and the date rules; empty when it may be saved. */
function projectProblems(input: SaveProjectInput, settings: HousingSettings, startedOn: string) {
  const known = new Set(settings.solutionTypes.map((type) => type.id));
  const problems = input.wishedSolutionTypeIds
    .map((id, index) => (known.has(id) ? null : { path: `json.wishedSolutionTypeIds.${index}`, message: 'Type de solution inconnu.' }))
    .filter((problem) => problem !== null);
  const dateProblem = input.expectedDate ? expectedDateProblem(input.expectedDate, startedOn) : null;
  if (dateProblem) problems.push({ path: 'json.expectedDate', message: dateProblem });
  return problems;
}

/** The `housing` area: the housing project, applications and their workflow, partners, the queue. */
export function createHousingApp(deps: Deps) {
  const app = createAreaApp('/api/housing', deps);

  app.openapi(routes.getSettingsRoute, async (c) => c.json(await housingRepo.getSettings(deps.store, c.var.principal.departement), 200));

  app.openapi(routes.putSettingsRoute, async (c) => {
    requireAdmin(c.var.principal);
    const settings = c.req.valid('json');
    await housingRepo.putSettings(deps.store, c.var.principal.departement, settings, deps.now());
    return c.json(settings, 200);
  });

  app.openapi(routes.listPartnersRoute, async (c) =>
    c.json({ items: await housingRepo.listPartners(deps.store, c.var.principal.departement) }, 200),
  );

  app.openapi(routes.createPartnerRoute, async (c) => {
    const principal = c.var.principal;
    requireAdmin(principal);
    const input = c.req.valid('json');
    const settings = await housingRepo.getSettings(deps.store, principal.departement);
    if (!settings.solutionTypes.some((type) => type.id === input.solutionTypeId)) throw unknownSolutionType();
    return c.json(await housingRepo.putPartner(deps.store, principal.departement, input, deps.now()), 201);
  });

  app.openapi(routes.updatePartnerRoute, async (c) => {
    const principal = c.var.principal;
    requireAdmin(principal);
    const input = c.req.valid('json');
    const settings = await housingRepo.getSettings(deps.store, principal.departement);
    if (!settings.solutionTypes.some((type) => type.id === input.solutionTypeId)) throw unknownSolutionType();
    const { partnerId } = c.req.valid('param');
    return c.json(await housingRepo.putPartner(deps.store, principal.departement, input, deps.now(), partnerId), 200);
  });

  app.openapi(routes.queueRoute, async (c) => {
    const scope = queueScopeOf(c.var.principal);
    if (!scope) throw new Forbidden('La file des demandes de logement est réservée au binôme et aux administrateurs.');
    return c.json(await housingQueuePage(deps, c.var.principal, scope, c.req.valid('query')), 200);
  });

  app.openapi(routes.getFileRoute, async (c) => {
    const principal = c.var.principal;
    const youth = await openYouthFile(deps, principal, c.req.valid('param').youthId, 'housing.read');
    const [settings, stored] = await Promise.all([
      housingRepo.getSettings(deps.store, youth.departement),
      housingRepo.getFile(deps.store, youth.departement, youth.id),
    ]);
    return c.json(housingFileView(principal, youth, stored, settings.alertDays, parisDate(deps.now())), 200);
  });

  app.openapi(routes.saveProjectRoute, async (c) => {
    const principal = c.var.principal;
    const youth = await openYouthFile(deps, principal, c.req.valid('param').youthId, 'housing.edit', { auditRead: false });
    const input = c.req.valid('json');
    const now = deps.now();
    const [settings, stored] = await Promise.all([
      housingRepo.getSettings(deps.store, youth.departement),
      housingRepo.getFile(deps.store, youth.departement, youth.id),
    ]);
    if (principal.role !== 'jeune' && stored.project && stored.project.sharedAt === null) {
      // Saving over it would erase what the young person is still writing, unseen.
      throw new ApiError(
        409,
        'PROJECT_NOT_SHARED',
        'Le jeune prépare son projet logement et ne l’a pas encore partagé : il ne peut pas être modifié pour l’instant.',
      );
    }
    const startedOn = stored.project?.startedOn ?? parisDate(now);
    const problems = projectProblems(input, settings, startedOn);
    if (problems.length > 0) throw new ValidationFailed(problems);
    const { version, ...fields } = input;
    const project: HousingProject = {
      ...fields,
      startedOn,
      version: version + 1,
      updatedAt: now.toISOString(),
      // Written by staff, it is a shared document from the start; the young person's own stays theirs until they share it.
      sharedAt: stored.project?.sharedAt ?? (principal.role === 'jeune' ? null : now.toISOString()),
    };
    await housingRepo.saveProject(deps.store, principal, youth.id, project, version, now);
    return c.json(project, 200);
  });

  app.openapi(routes.shareProjectRoute, async (c) => {
    const principal = c.var.principal;
    const youth = await openYouthFile(deps, principal, c.req.valid('param').youthId, 'housing.edit', { auditRead: false });
    if (principal.role !== 'jeune') throw new Forbidden('Seul le jeune choisit de montrer son projet.');
    const { project } = await housingRepo.getFile(deps.store, youth.departement, youth.id);
    if (!project) throw new NotFound('Aucun projet logement n’a encore été enregistré.');
    if (project.sharedAt !== null) return c.json(project, 200);
    const now = deps.now();
    const shared: HousingProject = { ...project, sharedAt: now.toISOString(), version: project.version + 1, updatedAt: now.toISOString() };
    await housingRepo.saveProject(deps.store, principal, youth.id, shared, project.version, now);
    return c.json(shared, 200);
  });

  app.openapi(routes.createApplicationRoute, async (c) => {
    const principal = c.var.principal;
    const youth = await openYouthFile(deps, principal, c.req.valid('param').youthId, 'housing.edit', { auditRead: false });
    const input = c.req.valid('json');
    const [settings, partner] = await Promise.all([
      housingRepo.getSettings(deps.store, youth.departement),
      input.partnerId ? housingRepo.getPartner(deps.store, youth.departement, input.partnerId) : null,
    ]);
    const type = settings.solutionTypes.find((candidate) => candidate.id === input.solutionTypeId && candidate.active);
    if (!type) throw unknownSolutionType();
    if (input.partnerId && !partner) throw new ApiError(422, 'UNKNOWN_PARTNER', 'Ce partenaire logement n’existe pas dans le département.');
    // The number is taken only once the request is known to be valid, so a refused request leaves no gap.
    const now = deps.now();
    const today = parisDate(now);
    const year = Number(today.slice(0, 4));
    const sequence = await housingRepo.allocateNumber(deps.store, youth.departement, year);
    const application: StoredApplication = {
      id: ulid(now.getTime()),
      number: formatApplicationNumber(youth.departement, year, sequence),
      partnerId: partner?.id ?? null,
      partnerName: partner?.name ?? null,
      solutionTypeId: type.id,
      solutionTypeLabel: type.label,
      emergency: type.emergency,
      numeroUnique: input.numeroUnique,
      status: 'brouillon',
      lastChangeOn: today,
      version: 1,
      createdAt: now.toISOString(),
      history: [
        {
          from: null,
          to: 'brouillon',
          on: today,
          at: now.toISOString(),
          byRole: principal.role,
          byName: principal.name,
          comment: input.comment || null,
        },
      ],
      referentId: youth.referentId,
      coordinateurId: youth.coordinateurId,
    };
    await housingRepo.createApplication(deps.store, principal, youth, application, now);
    return c.json(applicationView(application, today), 201);
  });

  app.openapi(routes.transitionRoute, async (c) => {
    const principal = c.var.principal;
    const { youthId, applicationId } = c.req.valid('param');
    const youth = await openYouthFile(deps, principal, youthId, 'housing.transition', { auditRead: false });
    const current = await housingRepo.getApplication(deps.store, youth.departement, youth.id, applicationId);
    if (!current) throw new NotFound('Cette demande de logement est introuvable.');
    const input = c.req.valid('json');
    const now = deps.now();
    const today = parisDate(now);
    const on = input.on ?? today;
    const problem = checkTransition({ from: current.status, to: input.to, on, lastChangeOn: current.lastChangeOn, today });
    if (problem === 'INVALID_TRANSITION') {
      throw new ApiError(409, 'INVALID_TRANSITION', 'Cette demande ne peut pas passer à ce statut depuis son statut actuel.', [
        { path: 'json.to', message: `Statut actuel : ${current.status}.`, from: current.status },
      ]);
    }
    if (problem) {
      const message =
        problem === 'DATE_IN_FUTURE' ? 'La date ne peut pas être dans le futur.' : 'La date ne peut pas être avant le dernier changement.';
      throw new ValidationFailed([{ path: 'json.on', message }]);
    }
    if (current.version !== input.version) {
      throw new VersionConflict(current.version);
    }
    const moved = applyTransition(current, { to: input.to, on, comment: input.comment ?? null }, principal, now);
    const next: StoredApplication = {
      ...moved,
      numeroUnique: input.numeroUnique ?? current.numeroUnique,
      referentId: youth.referentId,
      coordinateurId: youth.coordinateurId,
    };
    await housingRepo.saveTransition(deps.store, principal, youth, next, { version: current.version, status: current.status }, now);
    return c.json(applicationView(next, today), 200);
  });

  return app;
}
