import { createRoute } from '@hono/zod-openapi';
import { authorize } from '../../shared/auth/authorize.js';
import { openYouthFile } from '../../shared/auth/youth-access.js';
import { archivesPackageRepo } from '../../shared/db/archives-package-repo.js';
import { auditRepo } from '../../shared/db/audit-repo.js';
import { housingRepo } from '../../shared/db/housing-repo.js';
import { retentionSettingsRepo } from '../../shared/db/retention-repo.js';
import { youthRepo } from '../../shared/db/youth-repo.js';
import { parisDate } from '../../shared/domain/calendar-date.js';
import { InvalidInput, RuleViolation } from '../../shared/domain/errors.js';
import { intermediateUntil, isIntermediatePeriodOver } from '../../shared/domain/retention.js';
import type { Deps } from '../../shared/http/app-env.js';
import { createResourceApp } from '../../shared/http/create-area-app.js';
import { conflictResponse, jsonBody, jsonContent, bearerSecurity as security } from '../../shared/http/openapi-parts.js';
import { pageQuerySchema } from '../../shared/schemas/common.js';
import {
  archivedFileOpenedSchema,
  archivedFilePageSchema,
  archivesPackageRequestSchema,
  destroyFileSchema,
  handOverFileSchema,
  openArchivedFileSchema,
  reopenFileSchema,
  retentionDecisionSchema,
  retentionSettingsSchema,
} from '../../shared/schemas/retention.js';
import { youthSchema } from '../../shared/schemas/youth.js';
import * as z from '../../shared/schemas/zod-openapi.js';
import { errors, idParams } from '../youth/route-parts.js';
import { toYouth } from '../youth/youth-view.js';
import { exportYouthFile } from './export-view.js';
import { checkEndOfIntermediatePeriod, endIntermediatePeriod } from './file-erasure.js';

const tags = ['RGPD'];
const notArchived = conflictResponse('Le dossier n’est pas en archive intermédiaire, ou a changé entre-temps : rien n’a été fait');

export const listArchivedRoute = createRoute({
  method: 'get',
  path: '/archived',
  tags,
  summary: 'Dossiers en archive intermédiaire du département (administrateur) : noms et dates seulement',
  security,
  request: { query: pageQuerySchema },
  responses: { 200: jsonContent(archivedFilePageSchema, 'Une page, par nom'), ...errors },
});

export const getRetentionSettingsRoute = createRoute({
  method: 'get',
  path: '/retention-settings',
  tags,
  summary: 'Durées de conservation du département (administrateur)',
  security,
  responses: { 200: jsonContent(retentionSettingsSchema, 'Les durées'), ...errors },
});

export const putRetentionSettingsRoute = createRoute({
  method: 'put',
  path: '/retention-settings',
  tags,
  summary: 'Changer les durées de conservation (administrateur) ; le travail quotidien les applique dès sa prochaine exécution',
  security,
  request: { body: jsonBody(retentionSettingsSchema, 'Les durées') },
  responses: { 200: jsonContent(retentionSettingsSchema, 'Les durées enregistrées'), ...errors },
});

export const openArchivedRoute = createRoute({
  method: 'post',
  path: '/{id}/archive/open',
  tags,
  summary: 'Ouvrir un dossier archivé en donnant un motif (administrateur) : tracé avec le motif, que le jeune lit',
  security,
  request: { params: idParams, body: jsonBody(openArchivedFileSchema, 'Le motif') },
  responses: { 200: jsonContent(archivedFileOpenedSchema, 'Le dossier, en lecture seule'), ...errors, ...notArchived },
});

export const reopenRoute = createRoute({
  method: 'post',
  path: '/{id}/reopen',
  tags,
  summary: 'Rouvrir un dossier archivé : le jeune (sans motif) ou un administrateur (avec motif)',
  security,
  request: { params: idParams, body: jsonBody(reopenFileSchema, 'Le motif, pour un administrateur') },
  responses: { 200: jsonContent(youthSchema, 'Le dossier, de nouveau actif'), ...errors, ...notArchived },
});

const notDecidable = conflictResponse(
  'Le dossier n’est pas en archive intermédiaire, sa durée d’archive intermédiaire n’est pas écoulée, ou une autre décision est en cours : rien n’a été fait',
);

export const destroyRoute = createRoute({
  method: 'post',
  path: '/{id}/destroy',
  tags,
  summary:
    'Détruire un dossier dont la durée d’archive intermédiaire est écoulée (administrateur), sur décision des archives départementales : irréversible par l’API',
  description:
    'Supprime tout ce qui concerne le jeune, dans toutes les tables (dossier, journal, traces, entretiens, comités, marqueurs de vote, compte). Reste une trace sans donnée personnelle : type de dossier, date, administrateur, référence de la décision. La restauration à un instant donné de DynamoDB garde encore les données 35 jours.',
  security,
  request: { params: idParams, body: jsonBody(destroyFileSchema, 'La référence de la décision') },
  responses: {
    200: jsonContent(retentionDecisionSchema, 'Le dossier est détruit ; voici la trace qui en reste'),
    ...errors,
    ...notDecidable,
  },
});

/**
 * The largest package answered: a Lambda's response is 6 MB at most and a binary body
 * travels base64-encoded (4 / 3), so 4 MB leaves room; API Gateway's own limit (10 MB) is
 * higher. A file's data is text that compresses well: a few hundred kilobytes in practice.
 */
export const MAX_PACKAGE_BYTES = 4 * 1024 * 1024;

export const archivesPackageRoute = createRoute({
  method: 'post',
  path: '/{id}/archives-package',
  tags,
  summary:
    'Produire le paquet de versement aux archives départementales (administrateur), pour un dossier dont la durée d’archive intermédiaire est écoulée',
  description:
    'Un ZIP autodescriptif : dossier.json (les données, comme l’export RGPD d’un administrateur), dossier.html (copie lisible en français), manifeste.json (empreinte SHA-256 de chaque fichier, décision : référence, auteur, date). Tracé dans le journal des accès (archive.package). Rien n’est supprimé : le versement est confirmé ensuite avec l’empreinte du paquet (POST …/hand-over).',
  security,
  request: { params: idParams, body: jsonBody(archivesPackageRequestSchema, 'La référence de la décision') },
  responses: {
    200: {
      content: { 'application/zip': { schema: z.string().openapi({ type: 'string', format: 'binary' }) } },
      headers: {
        'x-package-sha256': { schema: { type: 'string' }, description: 'L’empreinte SHA-256 du ZIP, à donner pour confirmer le versement' },
        'content-disposition': {
          schema: { type: 'string' },
          description: 'attachment ; le nom du fichier ne contient pas le nom du jeune',
        },
      },
      description: 'Le paquet (ZIP)',
    },
    ...errors,
    ...notDecidable,
  },
});

export const handOverRoute = createRoute({
  method: 'post',
  path: '/{id}/hand-over',
  tags,
  summary:
    'Confirmer le versement aux archives départementales (administrateur) : le dossier est alors effacé d’Envol, comme pour une destruction',
  description:
    'Avec l’empreinte SHA-256 du dernier paquet produit (POST …/archives-package) sous la même référence. Supprime tout ce qui concerne le jeune, dans toutes les tables ; reste une trace sans donnée personnelle (sort : verse_aux_archives, empreinte du paquet).',
  security,
  request: { params: idParams, body: jsonBody(handOverFileSchema, 'La référence de la décision et l’empreinte du paquet') },
  responses: {
    200: jsonContent(retentionDecisionSchema, 'Le dossier est versé et effacé d’Envol ; voici la trace qui en reste'),
    ...errors,
    ...notDecidable,
  },
});

/** The intermediate archive and the retention settings, mounted at the area's root before `/{id}`. */
export function archiveRoutes(deps: Deps) {
  const app = createResourceApp();

  app.openapi(listArchivedRoute, async (c) => {
    const principal = c.var.principal;
    authorize(principal, 'archive.list');
    const [settings, page] = await Promise.all([
      retentionSettingsRepo.get(deps.store, principal.departement),
      youthRepo.listArchived(deps.store, principal.departement, c.req.valid('query')),
    ]);
    const today = parisDate(deps.now());
    const items = page.items.flatMap(({ id, firstName, lastName, birthDate, archivedOn }) =>
      archivedOn
        ? [
            {
              id,
              firstName,
              lastName,
              birthDate,
              archivedOn,
              intermediateUntil: intermediateUntil(archivedOn, settings),
              decisionDue: isIntermediatePeriodOver(archivedOn, settings, today),
            },
          ]
        : [],
    );
    return c.json({ items, cursor: page.cursor }, 200);
  });

  app.openapi(getRetentionSettingsRoute, async (c) => {
    authorize(c.var.principal, 'retentionSettings.read');
    return c.json(await retentionSettingsRepo.get(deps.store, c.var.principal.departement), 200);
  });

  app.openapi(putRetentionSettingsRoute, async (c) => {
    authorize(c.var.principal, 'retentionSettings.write');
    const { markersYears, ...years } = c.req.valid('json');
    // A client that does not know the markers' period (an older screen) keeps the one in place.
    const settings = {
      ...years,
      markersYears: markersYears ?? (await retentionSettingsRepo.get(deps.store, c.var.principal.departement)).markersYears,
    };
    await retentionSettingsRepo.put(deps.store, c.var.principal.departement, settings, deps.now());
    return c.json(settings, 200);
  });

  app.openapi(openArchivedRoute, async (c) => {
    const principal = c.var.principal;
    const { reason } = c.req.valid('json');
    const record = await openYouthFile(deps, principal, c.req.valid('param').id, 'archive.open', { auditRead: false });
    if (record.fileState !== 'archive_intermediaire') throw new RuleViolation('youthFile.notArchived');
    const now = deps.now();
    // No trace, no read: the entry, with its reason, is written before anything is returned.
    await auditRepo.record(deps.store, principal, record.id, 'archive.open', now, false, reason);
    const file = { youth: toYouth(record), ...(await exportYouthFile(deps.store, principal, record, now)) };
    return c.json({ reason, openedAt: now.toISOString(), file }, 200);
  });

  app.openapi(reopenRoute, async (c) => {
    const principal = c.var.principal;
    const { reason } = c.req.valid('json');
    const record = await openYouthFile(deps, principal, c.req.valid('param').id, 'archive.reopen', { auditRead: false });
    if (record.fileState !== 'archive_intermediaire') throw new RuleViolation('youthFile.notArchived');
    if (principal.role !== 'jeune' && !reason) {
      throw new InvalidInput('input.invalid', [{ path: 'json.reason', message: 'Un administrateur donne le motif de la réouverture.' }]);
    }
    const reopened = await youthRepo.reopen(
      deps.store,
      principal,
      record,
      deps.now(),
      principal.role === 'jeune' ? null : (reason ?? null),
    );
    return c.json(toYouth(reopened), 200);
  });

  app.openapi(archivesPackageRoute, async (c) => {
    const principal = c.var.principal;
    const { decisionReference } = c.req.valid('json');
    const record = await openYouthFile(deps, principal, c.req.valid('param').id, 'archive.handOver', { auditRead: false });
    const now = deps.now();
    const settings = await checkEndOfIntermediatePeriod(deps.store, record, decisionReference, parisDate(now));
    // The whole file leaves Envol in this package, which carries its own trace. The trace is
    // written only once the package is built and may leave: a refused package was seen by nobody.
    const trace = auditRepo.prepare(deps.store, principal, record.id, 'archive.package', now, decisionReference);
    const [exported, housingSettings] = await Promise.all([
      exportYouthFile(deps.store, principal, record, now),
      housingRepo.getSettings(deps.store, record.departement),
    ]);
    const archivedOn = record.archivedOn ?? parisDate(now);
    // Loaded here, not at import: the ZIP writer builds its tables when loaded, a cost of
    // the function's cold start that every other route of the area would pay for this one.
    const { buildArchivesPackage } = await import('./archives-package.js');
    const built = buildArchivesPackage({
      exported: { youth: toYouth(record), ...exported, audit: [...exported.audit, trace.entry] },
      labels: { solutionTypes: Object.fromEntries(housingSettings.solutionTypes.map((type) => [type.id, type.label])) },
      departement: record.departement,
      archivedOn,
      intermediateUntil: intermediateUntil(archivedOn, settings),
      decision: { reference: decisionReference, by: { sub: principal.sub, name: principal.name }, at: now.toISOString() },
      createdAt: now,
    });
    if (built.zip.length > MAX_PACKAGE_BYTES) throw new RuleViolation('archivesPackage.tooLarge');
    await archivesPackageRepo.recordIssued(
      deps.store,
      record.departement,
      record.id,
      { sha256: built.sha256, decisionReference, issuedAt: now.toISOString(), issuedBy: principal.sub },
      trace.put,
    );
    return c.body(new Uint8Array(built.zip), 200, {
      'content-type': 'application/zip',
      'content-disposition': `attachment; filename="${built.fileName}"`,
      'x-package-sha256': built.sha256,
      'cache-control': 'no-store',
    });
  });

  app.openapi(handOverRoute, async (c) => {
    const principal = c.var.principal;
    const { decisionReference, packageSha256 } = c.req.valid('json');
    const record = await openYouthFile(deps, principal, c.req.valid('param').id, 'archive.handOver', { auditRead: false });
    if (record.fileState === 'archive_intermediaire') {
      // Nothing is erased unless the admin holds the package built last, under this decision.
      const issued = await archivesPackageRepo.lastIssued(deps.store, record.departement, record.id);
      if (issued && (issued.sha256 !== packageSha256 || issued.decisionReference !== decisionReference)) {
        throw new RuleViolation('archivesPackage.unknown');
      }
      if (!issued) {
        await checkEndOfIntermediatePeriod(deps.store, record, decisionReference, parisDate(deps.now()));
        throw new RuleViolation('archivesPackage.unknown');
      }
    }
    return c.json(await endIntermediatePeriod(deps, principal, record, 'verse_aux_archives', decisionReference, packageSha256), 200);
  });

  app.openapi(destroyRoute, async (c) => {
    const principal = c.var.principal;
    const { decisionReference } = c.req.valid('json');
    // Not a read: what is audited is the decision record, the one trace that outlives the file.
    const record = await openYouthFile(deps, principal, c.req.valid('param').id, 'archive.destroy', { auditRead: false });
    return c.json(await endIntermediatePeriod(deps, principal, record, 'detruit', decisionReference, null), 200);
  });

  return app;
}
