import { createRoute, z } from '@hono/zod-openapi';
import { bearerSecurity, errorResponses, jsonBody, jsonContent } from '../../../shared/http/openapi-parts.js';
import { errorSchema, idempotencyHeaderSchema, idSchema } from '../../../shared/schemas/common.js';
import {
  createSupportRequestSchema,
  decideSupportRequestSchema,
  supportRequestListSchema,
  supportRequestSchema,
} from '../../../shared/schemas/support.js';

/** Paths are relative to `/api/youth/{youthId}/support-requests`, where the sub-app is mounted. */
const tags = ['Accompagnement 18-21 ans'];
const security = bearerSecurity;
const youthParams = z.object({ youthId: idSchema.openapi({ param: { name: 'youthId', in: 'path' } }) });
const requestParams = youthParams.extend({ requestId: idSchema.openapi({ param: { name: 'requestId', in: 'path' } }) });
const errors = errorResponses('Dossier ou demande introuvable, ou inaccessible');
const idempotencyReused = { 422: jsonContent(errorSchema, 'Clé d’idempotence réutilisée pour une autre requête') };

export const listSupportRequestsRoute = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'Demandes d’accompagnement jeune majeur et décisions (le jeune, son binôme, l’administrateur)',
  security,
  request: { params: youthParams },
  responses: {
    200: jsonContent(supportRequestListSchema, 'Demandes, de la plus ancienne à la plus récente, avec leurs décisions'),
    ...errors,
  },
});

export const createSupportRequestRoute = createRoute({
  method: 'post',
  path: '/',
  tags,
  summary: 'Demander un accompagnement de 18 à 21 ans (le jeune, ou son binôme avec lui)',
  security,
  request: { params: youthParams, headers: idempotencyHeaderSchema, body: jsonBody(createSupportRequestSchema, 'La demande') },
  responses: {
    201: jsonContent(supportRequestSchema, 'Demande enregistrée, en attente de décision'),
    ...errors,
    409: jsonContent(
      errorSchema,
      'Demande impossible dans la situation du dossier (21 ans passés, retour sans sortie, renouvellement sans accord), ou même requête déjà en cours',
    ),
    ...idempotencyReused,
  },
});

export const decideSupportRequestRoute = createRoute({
  method: 'post',
  path: '/{requestId}/decision',
  tags,
  summary: 'Décider d’une demande (administrateur du département) : accord daté ou refus motivé',
  description:
    'Un accord fixe le début (18 ans au plus tôt) et la fin (21 ans au plus tard, ou la fin de l’année scolaire ou universitaire en cours : au plus tard le premier 31 août qui suit les 21 ans) ; la date de fin de prise en charge du dossier suit. Un refus est motivé et peut être contesté dans les deux mois.',
  security,
  request: { params: requestParams, headers: idempotencyHeaderSchema, body: jsonBody(decideSupportRequestSchema, 'La décision') },
  responses: {
    201: jsonContent(supportRequestSchema, 'Décision enregistrée ; la demande avec toutes ses décisions'),
    ...errors,
    409: jsonContent(errorSchema, 'Demande déjà accordée, ou dossier ou demande modifiés entre-temps : rien n’a été enregistré'),
    ...idempotencyReused,
  },
});
