import { DEPARTEMENT_PATTERN } from '../auth/principal.js';
import { CANDIDATE_QUERY_PATTERN, CANDIDATE_SEARCH_MIN_LETTERS, isCandidateQuery } from '../domain/candidate-search.js';
import { MAX_FEEDBACK_PER_MEMBER } from '../domain/committee-settings.js';
import { ANONYMITY_FLOOR } from '../domain/consultation.js';
import { COMMITTEE_KINDS, CONSULTATION_STATUSES, FOLLOW_UP_STATUSES, QUESTION_KINDS, WITHHELD_REASONS } from './allowed-values.js';
import { idSchema, subjectSchema, timestampSchema } from './common.js';
import * as z from './zod-openapi.js';

const shortId = z.string().regex(/^[\w-]{1,40}$/, { message: 'Identifiant invalide (lettres, chiffres, - et _).' });

export const createCommitteeSchema = z
  .strictObject({
    kind: z.enum(COMMITTEE_KINDS).openapi({ description: 'Comité territorial ou départemental des jeunes' }),
    name: z.string().trim().min(1).max(200),
    territory: z.string().trim().min(1).max(200).optional(),
  })
  .openapi('CreateCommittee');

export const committeeSchema = z
  .object({
    id: idSchema,
    kind: z.enum(COMMITTEE_KINDS),
    name: z.string(),
    territory: z.string().nullable(),
    organiserSub: subjectSchema,
    memberCount: z.number().int(),
    createdAt: timestampSchema,
  })
  .openapi('Committee');

export const committeeListSchema = z.object({ items: z.array(committeeSchema) }).openapi('CommitteeList');

export const addMemberSchema = z.strictObject({ youthId: idSchema }).openapi('AddMember');
export const memberSchema = z
  .object({ youthId: idSchema, firstName: z.string(), lastName: z.string(), addedAt: timestampSchema })
  .openapi('CommitteeMember');
export const memberListSchema = z.object({ items: z.array(memberSchema) }).openapi('CommitteeMemberList');

const optionSchema = z.strictObject({ id: shortId, label: z.string().trim().min(1).max(300) });
const questionSchema = z
  .strictObject({
    id: shortId,
    label: z.string().trim().min(1).max(500),
    kind: z.enum(QUESTION_KINDS),
    options: z.array(optionSchema).min(2).max(20),
  })
  .refine((question) => new Set(question.options.map((option) => option.id)).size === question.options.length, {
    message: 'Chaque option doit avoir un identifiant unique.',
    path: ['options'],
  });

export const createConsultationSchema = z
  .strictObject({
    title: z.string().trim().min(1).max(200),
    description: z.string().trim().max(5000).optional(),
    questions: z.array(questionSchema).min(1).max(20),
    opensAt: z.iso.datetime({ offset: true }),
    closesAt: z.iso.datetime({ offset: true }),
    minBallots: z
      .number()
      .int()
      .min(ANONYMITY_FLOOR, { message: `Le seuil d’anonymat ne peut pas être inférieur à ${ANONYMITY_FLOOR} votes.` })
      .max(1000)
      .optional()
      .openapi({ description: 'Seuil sous lequel les résultats restent masqués (5 par défaut, jamais moins).' }),
  })
  .refine((value) => Date.parse(value.closesAt) > Date.parse(value.opensAt), {
    message: 'La clôture doit suivre l’ouverture.',
    path: ['closesAt'],
  })
  .refine((value) => new Set(value.questions.map((question) => question.id)).size === value.questions.length, {
    message: 'Chaque question doit avoir un identifiant unique.',
    path: ['questions'],
  })
  .openapi('CreateConsultation');

const base64url = (bytes: number) =>
  z
    .string()
    .length(Math.ceil((bytes * 4) / 3))
    .regex(/^[\w-]+$/, { message: 'Valeur base64url attendue.' });

/** RFC 9474, RSABSSA-SHA384-PSS-Randomized, 2048-bit modulus. */
export const ballotKeySchema = z
  .object({
    suite: z.literal('RSABSSA-SHA384-PSS-Randomized'),
    publicKey: z.string().openapi({ description: 'SubjectPublicKeyInfo (DER) en base64url.' }),
  })
  .openapi('BallotKey');

export const followUpSchema = z
  .object({
    questionId: z.string(),
    status: z.enum(FOLLOW_UP_STATUSES),
    text: z.string(),
    updatedAt: timestampSchema,
    answersCloseAt: timestampSchema.openapi({
      description: 'Jusqu’à quand les membres peuvent dire si cette suite répond à leur question (14 jours par défaut).',
    }),
    answersOpen: z.boolean().optional().openapi({ description: 'Les membres peuvent encore répondre.' }),
    answersCount: z.number().int().optional().openapi({ description: 'Combien de membres ont dit si cette suite répond à leur question.' }),
    answersQuestion: z.object({ yes: z.number().int(), no: z.number().int() }).nullable().optional().openapi({
      description:
        'Oui / non ; null tant que les réponses sont ouvertes, et ensuite s’il y a moins de réponses que le seuil de la consultation.',
    }),
    hasAnswered: z
      .boolean()
      .optional()
      .openapi({ description: 'Pour un membre : a reçu son jeton d’avis (son avis est compté, ou en route depuis son téléphone).' }),
    answerKey: ballotKeySchema.optional().openapi({
      description:
        'Pour un membre, tant que les avis sont ouverts : la clé publique de cette suite, avec laquelle le téléphone masque son jeton d’avis.',
    }),
  })
  .openapi('FollowUp');

/** A consultation's questions as stored and answered (already validated when created). */
export const storedQuestionsSchema = z.array(
  z.object({
    id: z.string(),
    label: z.string(),
    kind: z.enum(QUESTION_KINDS),
    options: z.array(z.object({ id: z.string(), label: z.string() })),
  }),
);

export const consultationSchema = z
  .object({
    id: idSchema,
    committeeId: idSchema,
    title: z.string(),
    description: z.string().nullable(),
    questions: storedQuestionsSchema,
    opensAt: timestampSchema,
    closesAt: timestampSchema,
    closedAt: timestampSchema.nullable(),
    publishedAt: timestampSchema.nullable(),
    minBallots: z.number().int(),
    status: z.enum(CONSULTATION_STATUSES),
    ballots: z.number().int().openapi({ description: 'Nombre de bulletins déposés (seul chiffre visible pendant le vote).' }),
    followUps: z.array(followUpSchema),
    hasVoted: z
      .boolean()
      .optional()
      .openapi({ description: 'Pour un membre : a reçu son bulletin (son vote est compté, ou en route depuis son téléphone).' }),
    ballotKey: ballotKeySchema
      .optional()
      .openapi({ description: 'Pendant le vote : la clé publique de la consultation, avec laquelle le téléphone masque son bulletin.' }),
    feedbackLeft: z
      .number()
      .int()
      .optional()
      .openapi({ description: 'Pour un membre : combien d’avis libres il peut encore donner à cette consultation.' }),
  })
  .openapi('Consultation');

export const createdConsultationSchema = consultationSchema
  .extend({
    warnings: z
      .array(z.object({ code: z.enum(['COMMITTEE_BELOW_THRESHOLD']), message: z.string() }))
      .openapi({ description: 'Pour l’organisateur : par exemple, un comité trop petit pour atteindre le seuil d’anonymat.' }),
  })
  .openapi('CreatedConsultation');

export const consultationListSchema = z.object({ items: z.array(consultationSchema) }).openapi('ConsultationList');

export const ballotSchema = z
  .strictObject({
    answers: z.record(shortId, z.union([shortId, z.array(shortId).max(20)])),
  })
  .openapi('Ballot');

/** Step 1, signed in: the blinded credential, and the optional feedback that goes with the vote. */
export const credentialRequestSchema = z
  .strictObject({
    blindedMessage: base64url(256).openapi({ description: 'Le bulletin masqué (RFC 9474 Blind), 256 octets en base64url.' }),
    feedback: z
      .string()
      .trim()
      .min(1)
      .max(2000)
      .optional()
      .openapi({ description: 'Avis libre joint au vote : envoyé ici, jamais avec les réponses.' }),
  })
  .openapi('BallotCredentialRequest');

export const credentialSchema = z
  .object({
    suite: z.literal('RSABSSA-SHA384-PSS-Randomized'),
    blindSignature: z.string().openapi({ description: 'La signature aveugle (RFC 9474 BlindSign), 256 octets en base64url.' }),
  })
  .openapi('BallotCredential');

/** Step 2, with no identity at all: the unblinded credential and the answers. */
export const castBallotSchema = z
  .strictObject({
    departement: z
      .string()
      .regex(DEPARTEMENT_PATTERN)
      .openapi({ description: 'Le département de la consultation (les clés commencent par lui).' }),
    credential: z.strictObject({
      message: base64url(64).openapi({
        description: 'Le message préparé (RFC 9474 Prepare, variante Randomized), 64 octets en base64url.',
      }),
      signature: base64url(256).openapi({ description: 'La signature démasquée (RFC 9474 Finalize), 256 octets en base64url.' }),
    }),
    answers: ballotSchema.shape.answers,
  })
  .openapi('CastBallot');

/** The answer to a ballot or a feedback: nothing that could link it back to the member. */
export const acceptedSchema = z.object({ accepted: z.literal(true) }).openapi('Accepted');

export const feedbackInputSchema = z.strictObject({ text: z.string().trim().min(1).max(2000) }).openapi('Feedback');

export const resultsSchema = z
  .object({
    ballots: z.number().int(),
    withheld: z.boolean(),
    reason: z.enum(WITHHELD_REASONS).optional(),
    questions: z.array(z.object({ id: z.string(), options: z.array(z.object({ id: z.string(), count: z.number().int() })) })).optional(),
    feedback: z.array(z.string()).optional().openapi({ description: 'Avis libres, dans un ordre aléatoire, jamais attribués.' }),
  })
  .openapi('Results');

export const putFollowUpSchema = z
  .strictObject({
    status: z.enum(FOLLOW_UP_STATUSES),
    text: z.string().trim().min(1).max(5000),
    answersCloseAt: z.iso.datetime({ offset: true }).optional().openapi({
      description:
        'Fin des avis des membres sur cette suite (à venir, dans les 90 jours ; 14 jours par défaut) ; modifiable tant qu’ils sont ouverts, jamais rouverte.',
    }),
  })
  .openapi('PutFollowUp');

/** Step 1 of a follow-up answer, signed in: the blinded answer credential, and nothing of the answer. */
export const answerCredentialRequestSchema = z
  .strictObject({
    blindedMessage: base64url(256).openapi({ description: 'Le jeton d’avis masqué (RFC 9474 Blind), 256 octets en base64url.' }),
  })
  .openapi('AnswerCredentialRequest');

/** Step 2, with no identity at all: the unblinded answer credential and yes / no. */
export const castFollowUpAnswerSchema = z
  .strictObject({
    departement: castBallotSchema.shape.departement,
    credential: castBallotSchema.shape.credential,
    answersMyQuestion: z.boolean(),
  })
  .openapi('CastFollowUpAnswer');

export type CreateCommitteeInput = z.infer<typeof createCommitteeSchema>;
export type CreateConsultationInput = z.infer<typeof createConsultationSchema>;
export type Consultation = z.infer<typeof consultationSchema>;
export type FollowUp = z.infer<typeof followUpSchema>;

export const candidateQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .refine(isCandidateQuery, {
      message: `Tapez au moins ${CANDIDATE_SEARCH_MIN_LETTERS} lettres du nom de famille.`,
    })
    .openapi({
      // Given by hand: a regex with the `u` flag would be written into the document with a stray `/u`.
      pattern: CANDIDATE_QUERY_PATTERN,
      example: 'Mar',
      description: `Début du nom de famille (${CANDIDATE_SEARCH_MIN_LETTERS} lettres au moins ; accents et majuscules indifférents).`,
    }),
});

export const candidateListSchema = z
  .object({
    items: z.array(z.object({ youthId: idSchema, firstName: z.string(), lastName: z.string() })),
  })
  .openapi('CommitteeCandidates');

export const committeeSettingsSchema = z
  .strictObject({
    anonymityFloor: z
      .number()
      .int()
      .min(ANONYMITY_FLOOR, { message: `Le seuil d’anonymat ne peut pas être inférieur à ${ANONYMITY_FLOOR} votes.` })
      .max(1000)
      .openapi({
        description: `Seuil d’anonymat du département pour les consultations créées ensuite (${ANONYMITY_FLOOR} au moins : il peut être relevé, jamais abaissé).`,
      }),
    feedbackPerMember: z
      .number()
      .int()
      .min(1)
      .max(MAX_FEEDBACK_PER_MEMBER)
      .openapi({ description: 'Avis libres par membre et par consultation (3 par défaut).' }),
  })
  .openapi('CommitteeSettings');
export type CommitteeSettingsInput = z.infer<typeof committeeSettingsSchema>;

export const votesWaitingSchema = z
  .object({
    items: z.array(
      z
        .object({
          kind: z.literal('vote'),
          committeeId: idSchema,
          consultationId: idSchema,
          title: z.string(),
          closesAt: timestampSchema,
        })
        .openapi('VoteWaiting'),
    ),
  })
  .openapi('VotesWaiting');
