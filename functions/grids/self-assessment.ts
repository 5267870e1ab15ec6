import { createRoute } from '@hono/zod-openapi';
import { openYouthFile } from '../../shared/auth/youth-access.js';
import { monotonicFactory } from '../../shared/crypto/ulid.js';
import { gridEvaluationRepo, type SelfDraft } from '../../shared/db/grid-evaluation-repo.js';
import { gridTemplateRepo } from '../../shared/db/grid-template-repo.js';
import type { YouthRecord } from '../../shared/db/youth-repo.js';
import { findUnknownItems, type GridTemplate, isOldEnoughForGrid } from '../../shared/domain/autonomy-grid.js';
import { parisDate } from '../../shared/domain/calendar-date.js';
import { RuleViolation } from '../../shared/domain/errors.js';
import type { Deps } from '../../shared/http/app-env.js';
import { createResourceApp } from '../../shared/http/create-area-app.js';
import { ValidationFailed } from '../../shared/http/errors.js';
import { jsonBody, jsonContent, bearerSecurity as security } from '../../shared/http/openapi-parts.js';
import { idempotencyHeaderSchema } from '../../shared/schemas/common.js';
import { gridEvaluationSchema, saveSelfLevelsSchema, selfAssessmentSchema } from '../../shared/schemas/grids.js';
import { toView } from './evaluation-views.js';
import { conflict, errors, tags, youthParams } from './route-parts.js';

// Monotonic: two evaluations of the same millisecond keep the order they were made in.
const nextEvaluationId = monotonicFactory();

export const getSelfAssessmentRoute = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'Mon auto-évaluation en cours (le jeune seul : personne d’autre ne la lit avant l’envoi)',
  security,
  request: { params: youthParams },
  responses: { 200: jsonContent(selfAssessmentSchema, 'Auto-évaluation en cours, avec sa version de la grille'), ...errors },
});

export const saveSelfAssessmentRoute = createRoute({
  method: 'put',
  path: '/',
  tags,
  summary: 'Enregistrer des niveaux au fil de l’eau (le jeune) ; rejouable sans doublon',
  security,
  request: { params: youthParams, body: jsonBody(saveSelfLevelsSchema, 'Niveaux par item') },
  responses: { 200: jsonContent(selfAssessmentSchema, 'Auto-évaluation en cours'), ...errors, ...conflict },
});

export const sendSelfAssessmentRoute = createRoute({
  method: 'post',
  path: '/send',
  tags,
  summary: 'Envoyer mon auto-évaluation à mon binôme (le jeune)',
  security,
  request: { params: youthParams, headers: idempotencyHeaderSchema },
  responses: { 201: jsonContent(gridEvaluationSchema, 'Auto-évaluation envoyée'), ...errors, ...conflict },
});

/** The young person's self-assessment in progress: theirs alone until they send it. */
export function selfAssessmentRoutes(deps: Deps) {
  const app = createResourceApp();

  /** The draft and its grid version; the version in force when nothing is started yet. */
  async function inProgress(youth: YouthRecord): Promise<{ draft: SelfDraft | null; template: GridTemplate }> {
    const draft = await gridEvaluationRepo.getSelfDraft(deps.store, youth.departement, youth.id);
    const template = draft
      ? await gridTemplateRepo.byVersion(deps.store, youth.departement, draft.templateVersion)
      : await gridTemplateRepo.current(deps.store, youth.departement);
    if (!template) throw new Error(`Grid template version ${draft?.templateVersion} missing`);
    return { draft, template };
  }

  const view = ({ draft, template }: { draft: SelfDraft | null; template: GridTemplate }) => ({
    template,
    levels: draft?.levels ?? {},
    startedAt: draft?.startedAt ?? null,
    updatedAt: draft?.updatedAt ?? null,
  });

  app.openapi(getSelfAssessmentRoute, async (c) => {
    const youth = await openYouthFile(deps, c.var.principal, c.req.valid('param').youthId, 'grid.selfAssess', { auditRead: false });
    return c.json(view(await inProgress(youth)), 200);
  });

  app.openapi(saveSelfAssessmentRoute, async (c) => {
    const youth = await openYouthFile(deps, c.var.principal, c.req.valid('param').youthId, 'grid.selfAssess', { auditRead: false });
    if (!isOldEnoughForGrid(youth.birthDate, parisDate(deps.now()))) throw new RuleViolation('grid.tooYoung');
    const { levels } = c.req.valid('json');
    const { template } = await inProgress(youth);
    const unknown = findUnknownItems(template, levels);
    if (unknown.length > 0) {
      throw new ValidationFailed(unknown.map((id) => ({ path: `json.levels.${id}`, message: 'Cet item n’est pas dans ta grille.' })));
    }
    await gridEvaluationRepo.saveSelfLevels(deps.store, youth.departement, youth.id, template.version, levels, deps.now());
    return c.json(view(await inProgress(youth)), 200);
  });

  app.openapi(sendSelfAssessmentRoute, async (c) => {
    const principal = c.var.principal;
    const youth = await openYouthFile(deps, principal, c.req.valid('param').youthId, 'grid.selfAssess', { auditRead: false });
    const { draft, template } = await inProgress(youth);
    if (!draft || Object.keys(draft.levels).length === 0) {
      throw new RuleViolation('grid.nothingToSend');
    }
    const now = deps.now();
    const evaluation = {
      id: nextEvaluationId(now.getTime()),
      kind: 'self' as const,
      assessedOn: parisDate(now),
      at: now.toISOString(),
      templateVersion: template.version,
      levels: draft.levels,
      authorRole: principal.role,
      authorName: null,
      note: null,
    };
    await gridEvaluationRepo.sendSelf(deps.store, youth.departement, youth.id, draft, evaluation);
    return c.json(toView(evaluation, template), 201);
  });

  return app;
}
