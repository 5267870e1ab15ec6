import { createRoute } from '@hono/zod-openapi';
import { membershipOf } from '../../shared/auth/committee-access.js';
import { BlindSignInputError, blindedMessageDigest, CREDENTIAL_SUITE, credentialId } from '../../shared/crypto/blind-rsa.js';
import { ballotRepo } from '../../shared/db/ballot-repo.js';
import { committeeRepo } from '../../shared/db/committee-repo.js';
import { committeeSettingsRepo } from '../../shared/db/committee-settings-repo.js';
import { checkBallot, checkOpenForVoting, checkSameBallot, consultationStatus } from '../../shared/domain/consultation.js';
import { InvalidInput, NotFound, RuleViolation } from '../../shared/domain/errors.js';
import type { Deps } from '../../shared/http/app-env.js';
import { createResourceApp } from '../../shared/http/create-area-app.js';
import { conflictResponse, jsonBody, jsonContent, bearerSecurity as security } from '../../shared/http/openapi-parts.js';
import {
  acceptedSchema,
  castBallotSchema,
  credentialRequestSchema,
  credentialSchema,
  feedbackInputSchema,
} from '../../shared/schemas/committees.js';
import { errorSchema } from '../../shared/schemas/common.js';
import type { BallotKeys } from './ballot-keys.js';
import type { ConsultationService } from './consultation-service.js';
import { consultationParams, errors, tags } from './route-parts.js';

export const requestCredentialRoute = createRoute({
  method: 'post',
  path: '/ballot-credential',
  tags,
  summary: 'Recevoir son bulletin (membre, consultation ouverte) : signature aveugle (RFC 9474), un membre, un bulletin',
  description:
    'Le téléphone envoie son bulletin masqué ; la signature rendue ne permet pas de le reconnaître une fois démasqué. Le même bulletin masqué renvoyé (réponse perdue) reçoit la même signature ; un autre est refusé.',
  security,
  request: { params: consultationParams, body: jsonBody(credentialRequestSchema, 'Bulletin masqué, avis libre facultatif') },
  responses: {
    201: jsonContent(credentialSchema, 'Bulletin signé en aveugle'),
    ...errors,
    ...conflictResponse(
      'ALREADY_VOTED (ce membre a déjà reçu un bulletin), CONSULTATION_CLOSED ou FEEDBACK_LIMIT_REACHED (avis libres par membre : 3 par défaut ; rien n’est signé)',
    ),
  },
});

export const castBallotRoute = createRoute({
  method: 'post',
  path: '/ballots',
  tags,
  summary: 'Déposer son bulletin, sans aucune identité (ni jeton, ni cookie, ni identifiant de membre)',
  description:
    'Le bulletin signé et les réponses. Le même bulletin renvoyé avec les mêmes réponses est déjà compté (200) ; avec d’autres, 409. Une requête qui porte un en-tête Authorization ou un cookie est refusée (400) : rien n’est compté.',
  security: [],
  request: { params: consultationParams, body: jsonBody(castBallotSchema, 'Bulletin signé et réponses par question') },
  responses: {
    200: jsonContent(acceptedSchema, 'Ce bulletin était déjà compté, avec ces réponses'),
    201: jsonContent(acceptedSchema, 'Vote compté'),
    400: jsonContent(
      errorSchema,
      'INVALID_BALLOT_CREDENTIAL (signature fausse, d’une autre consultation, mal démasquée), IDENTITY_NOT_ALLOWED, réponses invalides : rien n’est compté',
    ),
    404: jsonContent(errorSchema, 'Consultation introuvable'),
    ...conflictResponse('BALLOT_ALREADY_CAST (ce bulletin a déjà été déposé avec d’autres réponses) ou CONSULTATION_CLOSED'),
  },
});

export const addFeedbackRoute = createRoute({
  method: 'post',
  path: '/feedback',
  tags,
  summary: 'Donner un avis libre sans voter (membre, consultation ouverte ; 3 avis par membre par défaut)',
  security,
  request: { params: consultationParams, body: jsonBody(feedbackInputSchema, 'L’avis') },
  responses: {
    201: jsonContent(acceptedSchema, 'Avis enregistré'),
    ...errors,
    ...conflictResponse('CONSULTATION_CLOSED ou FEEDBACK_LIMIT_REACHED'),
  },
});

function invalidCredential(): InvalidInput {
  return new InvalidInput('ballot.credentialInvalid');
}

/**
 * A member's secret ballot, in two requests that nothing links: the credential, asked
 * signed in (one per member), then the ballot, cast with no identity at all; and free
 * feedback. Mounted at `/{committeeId}/consultations/{consultationId}`.
 */
export function ballotRoutes(deps: Deps, consultations: ConsultationService, ballotKeys: BallotKeys) {
  const app = createResourceApp();

  app.openapi(requestCredentialRoute, async (c) => {
    const { committeeId, consultationId } = c.req.valid('param');
    const { opened, consultation, box } = await consultations.open(c.var.principal, committeeId, consultationId, 'committee.vote');
    const { blindedMessage, feedback } = c.req.valid('json');
    checkOpenForVoting(consultationStatus(consultation, deps.now()));
    const blinded = Buffer.from(blindedMessage, 'base64url');
    let blindSignature: Uint8Array;
    try {
      blindSignature = await ballotKeys.blindSign(box, blinded);
    } catch (error) {
      if (!(error instanceof BlindSignInputError)) throw error;
      throw new InvalidInput('input.invalid', [{ path: 'json.blindedMessage', message: 'Bulletin masqué invalide pour cette clé.' }]);
    }
    const perMember = feedback ? (await committeeSettingsRepo.get(deps.store, box.departement)).feedbackPerMember : 0;
    await ballotRepo.markCredentialIssued(
      deps.store,
      box,
      membershipOf(opened).youthId,
      blindedMessageDigest(blinded),
      feedback ? { text: feedback, perMember } : undefined,
    );
    return c.json({ suite: CREDENTIAL_SUITE, blindSignature: Buffer.from(blindSignature).toString('base64url') }, 201);
  });

  app.openapi(castBallotRoute, async (c) => {
    const { committeeId, consultationId } = c.req.valid('param');
    const { departement, credential, answers } = c.req.valid('json');
    const consultation = await committeeRepo.votingRules(deps.store, departement, committeeId, consultationId);
    if (!consultation) throw new NotFound('consultation.notFound');
    const box = { departement, committeeId, consultationId };
    const message = Buffer.from(credential.message, 'base64url');
    if (!(await ballotKeys.verify(box, message, Buffer.from(credential.signature, 'base64url')))) throw invalidCredential();
    checkBallot(consultation.questions, answers);
    const id = credentialId(message);
    const open = consultationStatus(consultation, deps.now()) === 'ouverte';
    // Too late to count, but a ballot counted in time and sent again is told it was.
    const result = open
      ? await ballotRepo.cast(deps.store, box, id, answers)
      : { counted: false as const, alreadyCounted: await ballotRepo.castBallot(deps.store, box, id) };
    if (result.counted) return c.json({ accepted: true as const }, 201);
    if (result.alreadyCounted === null) throw new RuleViolation('consultation.notOpen');
    checkSameBallot(result.alreadyCounted, answers);
    return c.json({ accepted: true as const }, 200);
  });

  app.openapi(addFeedbackRoute, async (c) => {
    const { committeeId, consultationId } = c.req.valid('param');
    const { opened, consultation, box } = await consultations.open(c.var.principal, committeeId, consultationId, 'committee.vote');
    checkOpenForVoting(consultationStatus(consultation, deps.now()));
    const { feedbackPerMember } = await committeeSettingsRepo.get(deps.store, box.departement);
    await ballotRepo.addFeedback(deps.store, box, membershipOf(opened).youthId, {
      text: c.req.valid('json').text,
      perMember: feedbackPerMember,
    });
    return c.json({ accepted: true as const }, 201);
  });

  return app;
}
