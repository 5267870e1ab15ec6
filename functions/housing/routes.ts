import { createRoute, z } from '@hono/zod-openapi';
import { bearerSecurity, conflictResponse, errorResponses, jsonBody, jsonContent } from '../../shared/http/openapi-parts.js';
import { errorSchema, idempotencyHeaderSchema, idSchema } from '../../shared/schemas/common.js';
import {
  applicationSchema,
  createApplicationSchema,
  housingFileSchema,
  housingSettingsSchema,
  partnerInputSchema,
  partnerListSchema,
  partnerSchema,
  projectSchema,
  queuePageSchema,
  queueQuerySchema,
  saveProjectSchema,
  transitionSchema,
} from '../../shared/schemas/housing.js';

const security = bearerSecurity;
const tags = ['Logement'];
const youthParams = z.object({ youthId: idSchema.openapi({ param: { name: 'youthId', in: 'path' } }) });
const applicationParams = youthParams.extend({
  applicationId: idSchema.openapi({ param: { name: 'applicationId', in: 'path' } }),
});
const partnerParams = z.object({ partnerId: idSchema.openapi({ param: { name: 'partnerId', in: 'path' } }) });

const errors = errorResponses('Introuvable ou inaccessible');
const conflict = conflictResponse('Version périmée, transition non permise ou changement concurrent : rien n’a été modifié');
const unknownReference = { 422: jsonContent(errorSchema, 'Partenaire ou type de solution inconnu, ou clé d’idempotence réutilisée') };

export const getSettingsRoute = createRoute({
  method: 'get',
  path: '/settings',
  tags,
  summary: 'Réglages logement du département : types de solution, délai de l’alerte',
  security,
  responses: { 200: jsonContent(housingSettingsSchema, 'Réglages'), ...errors },
});

export const putSettingsRoute = createRoute({
  method: 'put',
  path: '/settings',
  tags,
  summary: 'Modifier les réglages logement (administrateur)',
  security,
  request: { body: jsonBody(housingSettingsSchema, 'Réglages') },
  responses: { 200: jsonContent(housingSettingsSchema, 'Réglages enregistrés'), ...errors },
});

export const listPartnersRoute = createRoute({
  method: 'get',
  path: '/partners',
  tags,
  summary: 'Partenaires logement du département',
  security,
  responses: { 200: jsonContent(partnerListSchema, 'Partenaires, par nom'), ...errors },
});

export const createPartnerRoute = createRoute({
  method: 'post',
  path: '/partners',
  tags,
  summary: 'Ajouter un partenaire logement (administrateur)',
  security,
  request: { headers: idempotencyHeaderSchema, body: jsonBody(partnerInputSchema, 'Partenaire') },
  responses: { 201: jsonContent(partnerSchema, 'Partenaire ajouté'), ...errors, ...unknownReference },
});

export const updatePartnerRoute = createRoute({
  method: 'put',
  path: '/partners/{partnerId}',
  tags,
  summary: 'Modifier un partenaire logement (administrateur)',
  security,
  request: { params: partnerParams, body: jsonBody(partnerInputSchema, 'Partenaire') },
  responses: { 200: jsonContent(partnerSchema, 'Partenaire modifié'), ...errors, ...unknownReference },
});

export const queueRoute = createRoute({
  method: 'get',
  path: '/queue',
  tags,
  summary: 'File des demandes par statut, la plus ancienne d’abord (binôme : ses jeunes ; administrateur : le département)',
  security,
  request: { query: queueQuerySchema },
  responses: { 200: jsonContent(queuePageSchema, 'Une page de la file'), ...errors },
});

export const getFileRoute = createRoute({
  method: 'get',
  path: '/{youthId}',
  tags,
  summary: 'Projet logement, demandes avec leur historique, alerte « sans solution logement »',
  security,
  request: { params: youthParams },
  responses: { 200: jsonContent(housingFileSchema, 'Le volet logement du dossier'), ...errors },
});

export const saveProjectRoute = createRoute({
  method: 'put',
  path: '/{youthId}/project',
  tags,
  summary: 'Enregistrer le projet logement (le jeune, au fil de la saisie, ou son binôme)',
  security,
  request: { params: youthParams, body: jsonBody(saveProjectSchema, 'Projet et version lue (0 pour créer)') },
  responses: { 200: jsonContent(projectSchema, 'Projet enregistré'), ...errors, ...conflict },
});

export const shareProjectRoute = createRoute({
  method: 'post',
  path: '/{youthId}/project/share',
  tags,
  summary: 'Montrer mon projet logement à mon binôme (le jeune)',
  security,
  request: { params: youthParams },
  responses: { 200: jsonContent(projectSchema, 'Projet partagé'), ...errors, ...conflict },
});

export const createApplicationRoute = createRoute({
  method: 'post',
  path: '/{youthId}/applications',
  tags,
  summary: 'Ajouter une demande (brouillon) : le jeune ou son binôme ; le binôme la dépose ensuite',
  security,
  request: { params: youthParams, headers: idempotencyHeaderSchema, body: jsonBody(createApplicationSchema, 'Demande') },
  responses: { 201: jsonContent(applicationSchema, 'Demande créée, avec son numéro'), ...errors, ...unknownReference },
});

export const transitionRoute = createRoute({
  method: 'post',
  path: '/{youthId}/applications/{applicationId}/transitions',
  tags,
  summary: 'Faire avancer une demande (binôme) : statut suivant, date, commentaire',
  security,
  request: { params: applicationParams, body: jsonBody(transitionSchema, 'Nouveau statut et version lue') },
  responses: { 200: jsonContent(applicationSchema, 'Demande à jour'), ...errors, ...conflict },
});
