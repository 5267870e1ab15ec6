import { createRoute, z } from '@hono/zod-openapi';
import { bearerSecurity, errorResponses, jsonBody, jsonContent } from '../../shared/http/openapi-parts.js';
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

const security = bearerSecurity;
const idParams = z.object({ id: idSchema.openapi({ param: { name: 'id', in: 'path' } }) });

const errors = errorResponses('Dossier introuvable ou inaccessible');

export const createYouthRoute = createRoute({
  method: 'post',
  path: '/',
  tags: ['Jeunes'],
  summary: 'Créer le dossier d’un jeune (administrateur)',
  security,
  request: { headers: idempotencyHeaderSchema, body: jsonBody(createYouthSchema, 'Le jeune') },
  responses: {
    201: jsonContent(youthSchema, 'Dossier créé'),
    ...errors,
    409: jsonContent(errorSchema, 'Compte déjà rattaché à un dossier'),
    422: jsonContent(errorSchema, 'Clé d’idempotence réutilisée pour une autre requête'),
  },
});

export const listYouthRoute = createRoute({
  method: 'get',
  path: '/',
  tags: ['Jeunes'],
  summary: 'Mes jeunes : file active du référent ou du coordinateur, tout le département pour l’administrateur',
  security,
  request: { query: pageQuerySchema },
  responses: { 200: jsonContent(youthPageSchema, 'Une page de jeunes, triée par nom'), ...errors },
});

export const getMyYouthRoute = createRoute({
  method: 'get',
  path: '/me',
  tags: ['Jeunes'],
  summary: 'Mon dossier (jeune)',
  security,
  responses: { 200: jsonContent(youthSchema, 'Le dossier du jeune connecté'), ...errors },
});

export const getYouthRoute = createRoute({
  method: 'get',
  path: '/{id}',
  tags: ['Jeunes'],
  summary: 'Lire le dossier d’un jeune',
  security,
  request: { params: idParams },
  responses: { 200: jsonContent(youthSchema, 'Le dossier'), ...errors },
});

export const updateYouthRoute = createRoute({
  method: 'patch',
  path: '/{id}',
  tags: ['Jeunes'],
  summary: 'Modifier le dossier d’un jeune (avec la version lue)',
  security,
  request: { params: idParams, body: jsonBody(updateYouthSchema, 'Les champs modifiés et la version lue') },
  responses: {
    200: jsonContent(youthSchema, 'Le dossier modifié'),
    ...errors,
    409: jsonContent(errorSchema, 'Version périmée : rien n’a été modifié'),
  },
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
    body: jsonBody(createJournalEntrySchema, 'L’entrée'),
  },
  responses: {
    201: jsonContent(journalEntrySchema, 'Entrée ajoutée'),
    ...errors,
    422: jsonContent(errorSchema, 'Clé d’idempotence réutilisée'),
  },
});

export const listJournalRoute = createRoute({
  method: 'get',
  path: '/{id}/journal',
  tags: ['Journal'],
  summary: 'Lire le journal (le jeune ne reçoit que les entrées qui lui sont destinées)',
  security,
  request: { params: idParams, query: pageQuerySchema },
  responses: { 200: jsonContent(journalPageSchema, 'Entrées, les plus récentes d’abord'), ...errors },
});

export const listAuditRoute = createRoute({
  method: 'get',
  path: '/{id}/audit',
  tags: ['Traçabilité'],
  summary: 'Qui a consulté mon dossier (le jeune, l’administrateur)',
  security,
  request: { params: idParams, query: pageQuerySchema },
  responses: { 200: jsonContent(auditPageSchema, 'Accès, les plus récents d’abord'), ...errors },
});

export const exportYouthRoute = createRoute({
  method: 'get',
  path: '/{id}/export',
  tags: ['RGPD'],
  summary: 'Export RGPD : tout ce qui est conservé sur le jeune',
  security,
  request: { params: idParams },
  responses: { 200: jsonContent(youthExportSchema, 'Toutes les données du jeune'), ...errors },
});
