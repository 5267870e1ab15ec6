import type { DomainError, DomainErrorCode } from '../domain/errors.js';
import { ApiError } from './errors.js';

interface Answer {
  status: 400 | 403 | 404 | 409;
  /** The `error.code` clients see (stable: the web and the tests read it). */
  code: string;
  message: string | ((params: Record<string, number>) => string);
}

const NOT_FOUND = (message: string): Answer => ({ status: 404, code: 'NOT_FOUND', message });
const FORBIDDEN = (message: string): Answer => ({ status: 403, code: 'FORBIDDEN', message });

/**
 * The one table from domain errors to HTTP: status, public code and French message.
 * Typed as a full record, so a new domain code does not compile until it has its answer.
 */
export const DOMAIN_ERROR_ANSWERS: Record<DomainErrorCode, Answer> = {
  'youthFile.notFound': NOT_FOUND('Ce dossier est introuvable.'),
  'youthFile.noneForAccount': NOT_FOUND('Aucun dossier n’est rattaché à ton compte.'),
  'youth.notInDepartement': NOT_FOUND('Ce jeune est introuvable dans le département.'),
  'interview.notFound': NOT_FOUND('Cet entretien est introuvable.'),
  'plan.notFound': { status: 404, code: 'PLAN_NOT_FOUND', message: 'Aucun projet d’autonomie n’a encore été rédigé.' },
  'plan.noneToAnswer': NOT_FOUND('Aucun projet d’autonomie n’a encore été rédigé.'),
  'committee.notFound': NOT_FOUND('Ce comité est introuvable.'),
  'consultation.notFound': NOT_FOUND('Cette consultation est introuvable.'),
  'question.notFound': NOT_FOUND('Cette question est introuvable.'),
  'followUp.notFound': NOT_FOUND('Aucune suite n’a encore été donnée à cette question.'),

  'access.denied': FORBIDDEN('Vous n’avez pas le droit de faire cette action.'),
  'access.adminCreatesFiles': FORBIDDEN('Seul un administrateur peut créer un dossier.'),
  'access.adminAssignsBinome': FORBIDDEN('Seul un administrateur peut changer le référent ou le coordinateur d’un dossier.'),
  'access.youngPeopleOnly': FORBIDDEN('Cette page est réservée aux jeunes.'),
  'access.adminSettings': FORBIDDEN('Seul un administrateur peut modifier ces réglages.'),
  'access.staffCreatesCommittees': FORBIDDEN('Seuls les organisateurs et les administrateurs créent des comités.'),
  'access.committeeOrganisers': FORBIDDEN('Seuls les organisateurs du comité peuvent faire cela.'),
  'access.committeeMembers': FORBIDDEN('Seuls les membres du comité votent.'),
  'access.resultsNotPublished': FORBIDDEN('Les résultats n’ont pas encore été publiés.'),

  'version.conflict': {
    status: 409,
    code: 'VERSION_CONFLICT',
    message: 'Ces informations ont été modifiées entre-temps par quelqu’un d’autre : il faut les recharger avant de réessayer.',
  },
  'account.alreadyLinked': {
    status: 409,
    code: 'ACCOUNT_ALREADY_LINKED',
    message: 'Ce compte est déjà rattaché au dossier d’un autre jeune.',
  },
  'member.alreadyAdded': { status: 409, code: 'ALREADY_MEMBER', message: 'Ce jeune est déjà membre du comité.' },
  'ballot.alreadyCast': { status: 409, code: 'ALREADY_VOTED', message: 'Tu as déjà voté à cette consultation : un membre, un vote.' },
  'followUp.alreadyAnswered': { status: 409, code: 'ALREADY_ANSWERED', message: 'Tu as déjà donné ton avis sur cette suite.' },

  'plan.notProposed': {
    status: 409,
    code: 'PLAN_NOT_PROPOSED',
    message: 'Ce projet n’attend pas ta réponse : ton binôme doit d’abord proposer une nouvelle version.',
  },
  'preparation.empty': {
    status: 409,
    code: 'PREPARATION_EMPTY',
    message: 'Réponds au moins à une question avant de partager ta préparation.',
  },
  'consultation.notOpen': { status: 409, code: 'CONSULTATION_CLOSED', message: 'Cette consultation n’est pas ouverte au vote.' },
  'consultation.stillOpen': {
    status: 409,
    code: 'CONSULTATION_OPEN',
    message: 'Clôturez la consultation avant d’en publier les résultats.',
  },
  'consultation.belowThreshold': {
    status: 409,
    code: 'RESULTS_WITHHELD',
    message: ({ minBallots }) => `Moins de ${minBallots} votes : les résultats restent masqués pour protéger l’anonymat.`,
  },
  'consultation.notPublished': {
    status: 409,
    code: 'NOT_PUBLISHED',
    message: 'Publiez les résultats avant d’indiquer les suites données.',
  },

  'input.invalid': { status: 400, code: 'VALIDATION_ERROR', message: 'La requête contient des données invalides.' },
  'cursor.invalid': {
    status: 400,
    code: 'INVALID_CURSOR',
    message: 'Le curseur de pagination est invalide. Reprenez depuis la première page.',
  },
};

/** The API error a domain error is answered with. */
export function fromDomainError(error: DomainError): ApiError {
  const answer = DOMAIN_ERROR_ANSWERS[error.code];
  const message = typeof answer.message === 'function' ? answer.message(error.params) : answer.message;
  return new ApiError(answer.status, answer.code, message, error.details, { cause: error });
}
