import { createRoute } from '@hono/zod-openapi';
import { membershipOf } from '../../shared/auth/committee-access.js';
import { BlindSignInputError, blindedMessageDigest, CREDENTIAL_SUITE, credentialId } from '../../shared/crypto/blind-rsa.js';
import { ballotRepo } from '../../shared/db/ballot-repo.js';
import { committeeRepo } from '../../shared/db/committee-repo.js';
import {
  checkFollowUpAllowed,
  checkFollowUpAnswersOpen,
  checkSameFollowUpAnswer,
  followUpAnswersOpen,
  nextFollowUpAnswersCloseAt,
} from '../../shared/domain/consultation.js';
import { InvalidInput, NotFound, RuleViolation } from '../../shared/domain/errors.js';
import type { Deps } from '../../shared/http/app-env.js';
import { createResourceApp } from '../../shared/http/create-area-app.js';
import { conflictResponse, jsonBody, jsonContent, bearerSecurity as security } from '../../shared/http/openapi-parts.js';
import {
  acceptedSchema,
  answerCredentialRequestSchema,
  castFollowUpAnswerSchema,
  consultationSchema,
  credentialSchema,
  putFollowUpSchema,
} from '../../shared/schemas/committees.js';
import { errorSchema } from '../../shared/schemas/common.js';
import type { BallotKeys } from './ballot-keys.js';
import type { ConsultationService } from './consultation-service.js';
import { errors, followUpParams, tags } from './route-parts.js';

export const putFollowUpRoute = createRoute({
  method: 'put',
  path: '/{questionId}',
  tags,
  summary:
    'Suites données à une question (après publication), et jusqu’à quand les membres peuvent dire si elles répondent à leur question',
  security,
  request: { params: followUpParams, body: jsonBody(putFollowUpSchema, 'Statut et explication') },
  responses: {
    200: jsonContent(consultationSchema, 'Consultation avec ses suites'),
    ...errors,
    ...conflictResponse('NOT_PUBLISHED, ou FOLLOW_UP_ANSWERS_CLOSED : les avis sont clos, leur fin ne bouge plus'),
  },
});

export const requestAnswerCredentialRoute = createRoute({
  method: 'post',
  path: '/{questionId}/answer-credential',
  tags,
  summary: 'Recevoir son jeton d’avis sur cette suite (membre, avis ouverts) : signature aveugle (RFC 9474), un membre, un avis',
  description:
    'Le téléphone envoie son jeton masqué, sans la réponse ; la signature rendue ne permet pas de le reconnaître une fois démasqué. Le même jeton masqué renvoyé (réponse perdue) reçoit la même signature ; un autre est refusé.',
  security,
  request: { params: followUpParams, body: jsonBody(answerCredentialRequestSchema, 'Jeton masqué') },
  responses: {
    201: jsonContent(credentialSchema, 'Jeton signé en aveugle'),
    ...errors,
    ...conflictResponse('ALREADY_ANSWERED (ce membre a déjà reçu son jeton pour cette suite) ou FOLLOW_UP_ANSWERS_CLOSED'),
  },
});

export const castFollowUpAnswerRoute = createRoute({
  method: 'post',
  path: '/{questionId}/answers',
  tags,
  summary: 'Dire si cette suite répond à ma question, sans aucune identité (ni jeton de connexion, ni cookie, ni identifiant de membre)',
  description:
    'Le jeton d’avis signé et oui / non. Le même jeton renvoyé avec la même réponse est déjà compté (200) ; avec l’autre, 409. Une requête qui porte un en-tête Authorization ou un cookie est refusée (400) : rien n’est compté.',
  security: [],
  request: { params: followUpParams, body: jsonBody(castFollowUpAnswerSchema, 'Jeton d’avis signé, oui ou non') },
  responses: {
    200: jsonContent(acceptedSchema, 'Cet avis était déjà compté, avec cette réponse'),
    201: jsonContent(acceptedSchema, 'Avis compté'),
    400: jsonContent(
      errorSchema,
      'INVALID_ANSWER_CREDENTIAL (signature fausse, d’une autre suite ou d’un bulletin, mal démasquée), IDENTITY_NOT_ALLOWED, corps invalide : rien n’est compté',
    ),
    404: jsonContent(errorSchema, 'Consultation ou suite introuvable'),
    ...conflictResponse('ANSWER_ALREADY_CAST (ce jeton a déjà été déposé avec l’autre réponse) ou FOLLOW_UP_ANSWERS_CLOSED'),
  },
});

/**
 * What was done with each question after publication, and the members' anonymous
 * "does this answer my question", in two requests that nothing links (as a ballot: an
 * answer credential asked signed in, then yes / no sent with no identity), mounted at `/{committeeId}/consultations/{consultationId}/follow-ups`.
 */
export function followUpRoutes(deps: Deps, consultations: ConsultationService, ballotKeys: BallotKeys) {
  const app = createResourceApp();

  app.openapi(putFollowUpRoute, async (c) => {
    const { committeeId, consultationId, questionId } = c.req.valid('param');
    const principal = c.var.principal;
    const target = await consultations.open(principal, committeeId, consultationId, 'committee.organise');
    checkFollowUpAllowed(target.consultation, questionId);
    const { status, text, answersCloseAt } = c.req.valid('json');
    const now = deps.now();
    const followUp = {
      questionId,
      status,
      text,
      updatedAt: now.toISOString(),
      answersCloseAt: nextFollowUpAnswersCloseAt(target.consultation.followUps[questionId], answersCloseAt, now),
    };
    await committeeRepo.putFollowUp(deps.store, principal.departement, committeeId, consultationId, followUp);
    const updated = { ...target.consultation, followUps: { ...target.consultation.followUps, [questionId]: followUp } };
    return c.json(await consultations.view({ ...target, consultation: updated }), 200);
  });

  app.openapi(requestAnswerCredentialRoute, async (c) => {
    const { committeeId, consultationId, questionId } = c.req.valid('param');
    const { opened, consultation, box } = await consultations.open(c.var.principal, committeeId, consultationId, 'committee.vote');
    const followUp = consultation.followUps[questionId];
    if (!followUp) throw new NotFound('followUp.notFound');
    checkFollowUpAnswersOpen(followUp, deps.now());
    const blinded = Buffer.from(c.req.valid('json').blindedMessage, 'base64url');
    let blindSignature: Uint8Array;
    try {
      blindSignature = await ballotKeys.blindSign({ ...box, followUpQuestionId: questionId }, blinded);
    } catch (error) {
      if (!(error instanceof BlindSignInputError)) throw error;
      throw new InvalidInput('input.invalid', [{ path: 'json.blindedMessage', message: 'Jeton masqué invalide pour cette clé.' }]);
    }
    await ballotRepo.markFollowUpCredentialIssued(deps.store, box, questionId, membershipOf(opened).youthId, blindedMessageDigest(blinded));
    return c.json({ suite: CREDENTIAL_SUITE, blindSignature: Buffer.from(blindSignature).toString('base64url') }, 201);
  });

  app.openapi(castFollowUpAnswerRoute, async (c) => {
    const { committeeId, consultationId, questionId } = c.req.valid('param');
    const { departement, credential, answersMyQuestion } = c.req.valid('json');
    const consultation = await committeeRepo.getConsultation(deps.store, departement, committeeId, consultationId);
    const followUp = consultation?.followUps[questionId];
    if (!followUp) throw new NotFound('followUp.notFound');
    const box = { departement, committeeId, consultationId };
    const message = Buffer.from(credential.message, 'base64url');
    const signature = Buffer.from(credential.signature, 'base64url');
    if (!(await ballotKeys.verify({ ...box, followUpQuestionId: questionId }, message, signature))) {
      throw new InvalidInput('followUp.credentialInvalid');
    }
    const id = credentialId(message);
    // Too late to count, but an answer counted in time and sent again is told it was.
    const result = followUpAnswersOpen(followUp, deps.now())
      ? await ballotRepo.castFollowUpAnswer(deps.store, box, questionId, id, answersMyQuestion)
      : { counted: false as const, alreadyCounted: await ballotRepo.followUpAnswer(deps.store, box, questionId, id) };
    if (result.counted) return c.json({ accepted: true as const }, 201);
    if (result.alreadyCounted === null) throw new RuleViolation('followUp.answersClosed');
    checkSameFollowUpAnswer(result.alreadyCounted, answersMyQuestion);
    return c.json({ accepted: true as const }, 200);
  });

  return app;
}
