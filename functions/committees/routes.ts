import { createRoute, z } from '@hono/zod-openapi';
import { bearerSecurity, conflictResponse, errorResponses, jsonBody, jsonContent } from '../../shared/http/openapi-parts.js';
import {
  acceptedSchema,
  addMemberSchema,
  ballotSchema,
  candidateListSchema,
  candidateQuerySchema,
  committeeListSchema,
  committeeSchema,
  consultationListSchema,
  consultationSchema,
  createCommitteeSchema,
  createConsultationSchema,
  feedbackInputSchema,
  followUpResponseSchema,
  memberListSchema,
  memberSchema,
  putFollowUpSchema,
  resultsSchema,
} from '../../shared/schemas/committees.js';
import { idempotencyHeaderSchema, idSchema } from '../../shared/schemas/common.js';

const security = bearerSecurity;
const committeeParams = z.object({ committeeId: idSchema.openapi({ param: { name: 'committeeId', in: 'path' } }) });
const consultationParams = committeeParams.extend({
  consultationId: idSchema.openapi({ param: { name: 'consultationId', in: 'path' } }),
});
const followUpParams = consultationParams.extend({
  questionId: z
    .string()
    .regex(/^[\w-]{1,40}$/)
    .openapi({ param: { name: 'questionId', in: 'path' } }),
});

const errors = errorResponses('Comité ou consultation introuvable ou inaccessible');
const conflict = conflictResponse;
const okEmpty = { 204: { description: 'Fait' } };
const tags = ['Comités de jeunes'];

export const createCommitteeRoute = createRoute({
  method: 'post',
  path: '/',
  tags,
  summary: 'Créer un comité CTJ ou CDJ (organisateur, administrateur)',
  security,
  request: { headers: idempotencyHeaderSchema, body: jsonBody(createCommitteeSchema, 'Le comité') },
  responses: { 201: jsonContent(committeeSchema, 'Comité créé'), ...errors },
});

export const listCommitteesRoute = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'Mes comités : ceux que j’organise, ceux dont je suis membre, tous pour l’administrateur',
  security,
  responses: { 200: jsonContent(committeeListSchema, 'Comités'), ...errors },
});

export const getCommitteeRoute = createRoute({
  method: 'get',
  path: '/{committeeId}',
  tags,
  summary: 'Lire un comité',
  security,
  request: { params: committeeParams },
  responses: { 200: jsonContent(committeeSchema, 'Comité'), ...errors },
});

export const addMemberRoute = createRoute({
  method: 'post',
  path: '/{committeeId}/members',
  tags,
  summary: 'Ajouter un jeune du département comme membre',
  security,
  request: { params: committeeParams, headers: idempotencyHeaderSchema, body: jsonBody(addMemberSchema, 'Le jeune') },
  responses: { 201: jsonContent(memberSchema, 'Membre ajouté'), ...errors, ...conflict('Déjà membre') },
});

export const listMembersRoute = createRoute({
  method: 'get',
  path: '/{committeeId}/members',
  tags,
  summary: 'Membres du comité (organisateurs)',
  security,
  request: { params: committeeParams },
  responses: { 200: jsonContent(memberListSchema, 'Membres'), ...errors },
});

export const createConsultationRoute = createRoute({
  method: 'post',
  path: '/{committeeId}/consultations',
  tags,
  summary: 'Créer une consultation (questions, ouverture, clôture, seuil)',
  security,
  request: { params: committeeParams, headers: idempotencyHeaderSchema, body: jsonBody(createConsultationSchema, 'La consultation') },
  responses: { 201: jsonContent(consultationSchema, 'Consultation créée'), ...errors },
});

export const listConsultationsRoute = createRoute({
  method: 'get',
  path: '/{committeeId}/consultations',
  tags,
  summary: 'Consultations du comité, avec leur statut et le nombre de participations',
  security,
  request: { params: committeeParams },
  responses: { 200: jsonContent(consultationListSchema, 'Consultations'), ...errors },
});

export const getConsultationRoute = createRoute({
  method: 'get',
  path: '/{committeeId}/consultations/{consultationId}',
  tags,
  summary: 'Lire une consultation',
  security,
  request: { params: consultationParams },
  responses: { 200: jsonContent(consultationSchema, 'Consultation'), ...errors },
});

export const castBallotRoute = createRoute({
  method: 'post',
  path: '/{committeeId}/consultations/{consultationId}/ballots',
  tags,
  summary: 'Voter (membre, consultation ouverte) : vote secret, un membre une voix',
  security,
  request: { params: consultationParams, body: jsonBody(ballotSchema, 'Réponses par question, avis libre facultatif') },
  responses: {
    201: jsonContent(acceptedSchema, 'Vote enregistré'),
    ...errors,
    ...conflict('ALREADY_VOTED ou CONSULTATION_CLOSED'),
  },
});

export const addFeedbackRoute = createRoute({
  method: 'post',
  path: '/{committeeId}/consultations/{consultationId}/feedback',
  tags,
  summary: 'Donner un avis libre sans voter (membre, consultation ouverte)',
  security,
  request: { params: consultationParams, body: jsonBody(feedbackInputSchema, 'L’avis') },
  responses: {
    201: jsonContent(acceptedSchema, 'Avis enregistré'),
    ...errors,
    ...conflict('CONSULTATION_CLOSED'),
  },
});

export const closeConsultationRoute = createRoute({
  method: 'post',
  path: '/{committeeId}/consultations/{consultationId}/close',
  tags,
  summary: 'Clore la consultation maintenant',
  security,
  request: { params: consultationParams },
  responses: { 200: jsonContent(consultationSchema, 'Consultation close'), ...errors },
});

export const publishConsultationRoute = createRoute({
  method: 'post',
  path: '/{committeeId}/consultations/{consultationId}/publish',
  tags,
  summary: 'Publier les résultats aux membres (consultation close, seuil atteint)',
  security,
  request: { params: consultationParams },
  responses: { 200: jsonContent(consultationSchema, 'Résultats publiés'), ...errors, ...conflict('CONSULTATION_OPEN ou RESULTS_WITHHELD') },
});

export const resultsRoute = createRoute({
  method: 'get',
  path: '/{committeeId}/consultations/{consultationId}/results',
  tags,
  summary: 'Résultats : scellés pendant le vote et sous le seuil ; aux membres une fois publiés',
  security,
  request: { params: consultationParams },
  responses: { 200: jsonContent(resultsSchema, 'Résultats'), ...errors },
});

export const putFollowUpRoute = createRoute({
  method: 'put',
  path: '/{committeeId}/consultations/{consultationId}/follow-ups/{questionId}',
  tags,
  summary: 'Suites données à une question (après publication)',
  security,
  request: { params: followUpParams, body: jsonBody(putFollowUpSchema, 'Statut et explication') },
  responses: { 200: jsonContent(consultationSchema, 'Consultation avec ses suites'), ...errors, ...conflict('NOT_PUBLISHED') },
});

export const answerFollowUpRoute = createRoute({
  method: 'post',
  path: '/{committeeId}/consultations/{consultationId}/follow-ups/{questionId}/responses',
  tags,
  summary: 'Dire, anonymement, si cette suite répond à ma question (membre, une fois)',
  security,
  request: { params: followUpParams, body: jsonBody(followUpResponseSchema, 'Oui ou non') },
  responses: { ...okEmpty, ...errors, ...conflict('ALREADY_ANSWERED') },
});

export const searchCandidatesRoute = createRoute({
  method: 'get',
  path: '/{committeeId}/candidates',
  tags,
  summary: 'Chercher, par le début du nom de famille, un jeune du département à inscrire (10 au plus)',
  security,
  request: { params: committeeParams, query: candidateQuerySchema },
  responses: { 200: jsonContent(candidateListSchema, 'Jeunes trouvés'), ...errors },
});
