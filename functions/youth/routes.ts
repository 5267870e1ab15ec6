import { createRoute, z } from '@hono/zod-openapi';
import { errorSchema, idempotencyHeaderSchema, idSchema, pageQuerySchema } from '../../shared/schemas/common.js';
import {
  auditPageSchema,
  createJournalEntrySchema,
  createYouthSchema,
  journalEntrySchema,
  journalPageSchema,
  updateYouthSchema,
  youthExportSchema,
  youthPageSchema,
  youthSchema,
} from '../../shared/schemas/youth.js';

const security = [{ bearer: [] }];
const idParams = z.object({ id: idSchema.openapi({ param: { name: 'id', in: 'path' } }) });

function json<T extends z.ZodType>(schema: T, description: string) {
  return { content: { 'application/json': { schema } }, description };
}

const errors = {
  400: json(errorSchema, 'Requête invalide'),
  401: json(errorSchema, 'Non authentifié'),
  403: json(errorSchema, 'Action non autorisée'),
  404: json(errorSchema, 'Dossier introuvable ou inaccessible'),
};

export const createYouthRoute = createRoute({
  method: 'post',
  path: '/',
  tags: ['Jeunes'],
  summary: 'Créer le dossier d’un jeune (administrateur)',
  security,
  request: { headers: idempotencyHeaderSchema, body: { ...json(createYouthSchema, 'Le jeune'), required: true } },
  responses: {
    201: json(youthSchema, 'Dossier créé'),
    ...errors,
    409: json(errorSchema, 'Compte déjà rattaché à un dossier'),
    422: json(errorSchema, 'Clé d’idempotence réutilisée pour une autre requête'),
  },
});

export const listYouthRoute = createRoute({
  method: 'get',
  path: '/',
  tags: ['Jeunes'],
  summary: 'Mes jeunes : file active du référent ou du coordinateur, tout le département pour l’administrateur',
  security,
  request: { query: pageQuerySchema },
  responses: { 200: json(youthPageSchema, 'Une page de jeunes, triée par nom'), ...errors },
});

export const getMyYouthRoute = createRoute({
  method: 'get',
  path: '/me',
  tags: ['Jeunes'],
  summary: 'Mon dossier (jeune)',
  security,
  responses: { 200: json(youthSchema, 'Le dossier du jeune connecté'), ...errors },
});

export const getYouthRoute = createRoute({
  method: 'get',
  path: '/{id}',
  tags: ['Jeunes'],
  summary: 'Lire le dossier d’un jeune',
  security,
  request: { params: idParams },
  responses: { 200: json(youthSchema, 'Le dossier'), ...errors },
});

export const updateYouthRoute = createRoute({
  method: 'patch',
  path: '/{id}',
  tags: ['Jeunes'],
  summary: 'Modifier le dossier d’un jeune (avec la version lue)',
  security,
  request: { params: idParams, body: { ...json(updateYouthSchema, 'Les champs modifiés et la version lue'), required: true } },
  responses: { 200: json(youthSchema, 'Le dossier modifié'), ...errors, 409: json(errorSchema, 'Version périmée : rien n’a été modifié') },
});

export const addJournalEntryRoute = createRoute({
  method: 'post',
  path: '/{id}/journal',
  tags: ['Journal'],
  summary: 'Écrire dans le journal du binôme',
  security,
  request: {
    params: idParams,
    headers: idempotencyHeaderSchema,
    body: { ...json(createJournalEntrySchema, 'L’entrée'), required: true },
  },
  responses: { 201: json(journalEntrySchema, 'Entrée ajoutée'), ...errors, 422: json(errorSchema, 'Clé d’idempotence réutilisée') },
});

export const listJournalRoute = createRoute({
  method: 'get',
  path: '/{id}/journal',
  tags: ['Journal'],
  summary: 'Lire le journal (le jeune ne reçoit que les entrées qui lui sont destinées)',
  security,
  request: { params: idParams, query: pageQuerySchema },
  responses: { 200: json(journalPageSchema, 'Entrées, les plus récentes d’abord'), ...errors },
});

export const listAuditRoute = createRoute({
  method: 'get',
  path: '/{id}/audit',
  tags: ['Traçabilité'],
  summary: 'Qui a consulté mon dossier (le jeune, l’administrateur)',
  security,
  request: { params: idParams, query: pageQuerySchema },
  responses: { 200: json(auditPageSchema, 'Accès, les plus récents d’abord'), ...errors },
});

export const exportYouthRoute = createRoute({
  method: 'get',
  path: '/{id}/export',
  tags: ['RGPD'],
  summary: 'Export RGPD : tout ce qui est conservé sur le jeune',
  security,
  request: { params: idParams },
  responses: { 200: json(youthExportSchema, 'Toutes les données du jeune'), ...errors },
});
