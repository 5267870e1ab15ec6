import { createRoute, z } from '@hono/zod-openapi';
import { PREPARATION_DOMAINS } from '../../shared/domain/preparation-template.js';
import { bearerSecurity, conflictResponse, errorResponses, jsonBody, jsonContent } from '../../shared/http/openapi-parts.js';
import { errorSchema, idempotencyHeaderSchema, idSchema } from '../../shared/schemas/common.js';
import {
  createInterviewSchema,
  deadlinesSchema,
  interviewListSchema,
  interviewSchema,
  interviewSettingsSchema,
  planHistorySchema,
  planSchema,
  preparationSchema,
  requestPlanChangeSchema,
  respondToPlanSchema,
  saveAnswersSchema,
  savePlanSchema,
  updateInterviewSchema,
} from '../../shared/schemas/interviews.js';

const security = bearerSecurity;
const youthParams = z.object({ youthId: idSchema.openapi({ param: { name: 'youthId', in: 'path' } }) });
const interviewParams = youthParams.extend({ interviewId: idSchema.openapi({ param: { name: 'interviewId', in: 'path' } }) });

const errors = errorResponses('Introuvable ou inaccessible');
const conflict = conflictResponse('Version périmée ou état incompatible : rien n’a été modifié');
const tags = ['Entretiens'];
const planTags = ['Projet d’autonomie'];

export const getSettingsRoute = createRoute({
  method: 'get',
  path: '/settings',
  tags,
  summary: 'Réglages du département (objectif de date de l’entretien des 17 ans)',
  security,
  responses: { 200: jsonContent(interviewSettingsSchema, 'Réglages'), ...errors },
});

export const putSettingsRoute = createRoute({
  method: 'put',
  path: '/settings',
  tags,
  summary: 'Modifier les réglages du département (administrateur)',
  security,
  request: { body: jsonBody(interviewSettingsSchema, 'Réglages') },
  responses: { 200: jsonContent(interviewSettingsSchema, 'Réglages enregistrés'), ...errors },
});

const questionInputSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  domain: z.enum(PREPARATION_DOMAINS),
  label: z.string().trim().min(1).max(500),
  kind: z.enum(['text', 'choice']),
  options: z.array(z.string().trim().min(1).max(100)).min(2).max(10).optional(),
});
export const publishTemplateSchema = z
  .strictObject({ questions: z.array(questionInputSchema).min(1).max(50) })
  .refine((value) => new Set(value.questions.map((question) => question.id)).size === value.questions.length, {
    message: 'Chaque question doit avoir un identifiant unique.',
    path: ['questions'],
  })
  .refine((value) => value.questions.every((question) => (question.kind === 'choice') === (question.options !== undefined)), {
    message: 'Les questions à choix ont des options, les autres n’en ont pas.',
    path: ['questions'],
  })
  .openapi('PublishPreparationTemplate');

export const getTemplateRoute = createRoute({
  method: 'get',
  path: '/preparation-template',
  tags,
  summary: 'Questionnaire de préparation en vigueur dans le département',
  security,
  responses: { 200: jsonContent(preparationSchema.shape.template, 'Questionnaire'), ...errors },
});

export const publishTemplateRoute = createRoute({
  method: 'post',
  path: '/preparation-template',
  tags,
  summary: 'Publier une nouvelle version du questionnaire (administrateur)',
  security,
  request: { headers: idempotencyHeaderSchema, body: jsonBody(publishTemplateSchema, 'Les questions') },
  responses: { 201: jsonContent(preparationSchema.shape.template, 'Nouvelle version'), ...errors },
});

export const deadlinesRoute = createRoute({
  method: 'get',
  path: '/{youthId}/deadlines',
  tags,
  summary: 'Échéances : entretien des 17 ans, entretien de suivi, révision du projet',
  security,
  request: { params: youthParams },
  responses: { 200: jsonContent(deadlinesSchema, 'Échéances (dates AAAA-MM-JJ)'), ...errors },
});

export const listInterviewsRoute = createRoute({
  method: 'get',
  path: '/{youthId}/interviews',
  tags,
  summary: 'Entretiens du jeune',
  security,
  request: { params: youthParams },
  responses: { 200: jsonContent(interviewListSchema, 'Entretiens, du plus ancien au plus récent'), ...errors },
});

export const createInterviewRoute = createRoute({
  method: 'post',
  path: '/{youthId}/interviews',
  tags,
  summary: 'Créer le compte rendu d’un entretien (binôme)',
  security,
  request: { params: youthParams, headers: idempotencyHeaderSchema, body: jsonBody(createInterviewSchema, 'Entretien') },
  responses: {
    201: jsonContent(interviewSchema, 'Entretien créé'),
    ...errors,
    422: jsonContent(errorSchema, 'Clé d’idempotence réutilisée'),
  },
});

export const getInterviewRoute = createRoute({
  method: 'get',
  path: '/{youthId}/interviews/{interviewId}',
  tags,
  summary: 'Lire un entretien',
  security,
  request: { params: interviewParams },
  responses: { 200: jsonContent(interviewSchema, 'Entretien'), ...errors },
});

export const updateInterviewRoute = createRoute({
  method: 'patch',
  path: '/{youthId}/interviews/{interviewId}',
  tags,
  summary: 'Modifier un entretien (avec la version lue)',
  security,
  request: { params: interviewParams, body: jsonBody(updateInterviewSchema, 'Champs modifiés et version lue') },
  responses: { 200: jsonContent(interviewSchema, 'Entretien modifié'), ...errors, ...conflict },
});

export const getPreparationRoute = createRoute({
  method: 'get',
  path: '/{youthId}/preparation',
  tags,
  summary: 'Questionnaire de préparation (le binôme ne voit les réponses qu’une fois partagées)',
  security,
  request: { params: youthParams },
  responses: { 200: jsonContent(preparationSchema, 'Questionnaire et réponses'), ...errors },
});

export const saveAnswersRoute = createRoute({
  method: 'put',
  path: '/{youthId}/preparation/answers',
  tags,
  summary: 'Enregistrer des réponses (le jeune) ; rejouable sans doublon',
  security,
  request: { params: youthParams, body: jsonBody(saveAnswersSchema, 'Réponses par identifiant de question') },
  responses: { 200: jsonContent(preparationSchema, 'Questionnaire et réponses'), ...errors },
});

export const sharePreparationRoute = createRoute({
  method: 'post',
  path: '/{youthId}/preparation/share',
  tags,
  summary: 'Partager mes réponses avec mon binôme (le jeune)',
  security,
  request: { params: youthParams },
  responses: { 200: jsonContent(preparationSchema, 'Questionnaire partagé'), ...errors, ...conflict },
});

export const getPlanRoute = createRoute({
  method: 'get',
  path: '/{youthId}/plan',
  tags: planTags,
  summary: 'Projet d’autonomie en cours',
  security,
  request: { params: youthParams },
  responses: { 200: jsonContent(planSchema, 'Projet'), ...errors },
});

export const savePlanRoute = createRoute({
  method: 'put',
  path: '/{youthId}/plan',
  tags: planTags,
  summary: 'Enregistrer le projet (binôme) : il est proposé au jeune',
  security,
  request: { params: youthParams, body: jsonBody(savePlanSchema, 'Objectifs, actions, plans B, version lue (0 pour créer)') },
  responses: { 200: jsonContent(planSchema, 'Projet enregistré'), ...errors, ...conflict },
});

export const signPlanRoute = createRoute({
  method: 'post',
  path: '/{youthId}/plan/sign',
  tags: planTags,
  summary: 'Donner mon accord au projet (le jeune)',
  security,
  request: { params: youthParams, body: jsonBody(respondToPlanSchema, 'Version lue') },
  responses: { 200: jsonContent(planSchema, 'Projet signé'), ...errors, ...conflict },
});

export const requestPlanChangeRoute = createRoute({
  method: 'post',
  path: '/{youthId}/plan/change-request',
  tags: planTags,
  summary: 'Demander une modification du projet (le jeune)',
  security,
  request: { params: youthParams, body: jsonBody(requestPlanChangeSchema, 'Version lue et message') },
  responses: { 200: jsonContent(planSchema, 'Demande enregistrée'), ...errors, ...conflict },
});

export const planHistoryRoute = createRoute({
  method: 'get',
  path: '/{youthId}/plan/history',
  tags: planTags,
  summary: 'Historique de toutes les versions du projet',
  security,
  request: { params: youthParams },
  responses: { 200: jsonContent(planHistorySchema, 'Versions, de la plus ancienne à la plus récente'), ...errors },
});
