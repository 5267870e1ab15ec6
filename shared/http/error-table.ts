import type { DomainError, DomainErrorCode } from '../domain/errors.js';
import { ApiError } from './errors.js';

interface Answer {
  status: 400 | 403 | 404 | 409 | 429;
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
  'gridTemplate.versionNotFound': NOT_FOUND('Cette version de la grille n’existe pas.'),
  'gridEvaluation.notFound': NOT_FOUND('Cette évaluation est introuvable.'),
  'housingProject.notFound': NOT_FOUND('Aucun projet logement n’a encore été enregistré.'),
  'housingApplication.notFound': NOT_FOUND('Cette demande de logement est introuvable.'),
  'housingPartner.notFound': NOT_FOUND('Ce partenaire logement est introuvable.'),
  'followUp.notFound': NOT_FOUND('Aucune suite n’a encore été donnée à cette question.'),
  'supportRequest.notFound': NOT_FOUND('Cette demande d’accompagnement est introuvable.'),
  'staff.notFound': NOT_FOUND('Ce compte du personnel est introuvable dans l’annuaire.'),
  'helpAlert.notFound': NOT_FOUND('Cette alerte est introuvable.'),
  'deadlineAlert.notFound': NOT_FOUND('Cette alerte d’échéance est introuvable.'),
  'rgpdRequest.notFound': NOT_FOUND('Cette demande sur les données est introuvable.'),

  'access.denied': FORBIDDEN('Ce compte n’a pas le droit de faire cette action.'),
  'access.fileArchived': {
    status: 403,
    code: 'FILE_ARCHIVED',
    message:
      'Ce dossier est en archive intermédiaire : il se lit seulement. Un administrateur l’ouvre en donnant un motif ; le jeune peut demander sa réouverture.',
  },
  'access.adminArchives': FORBIDDEN('Seul un administrateur consulte les dossiers archivés et les règles de conservation.'),
  'access.adminRgpdRequests': FORBIDDEN('La liste des demandes RGPD du département est réservée aux administrateurs.'),
  'access.youngPersonRgpdRequests': FORBIDDEN('Seul le jeune fait une demande sur ses propres données.'),
  'access.adminCreatesFiles': FORBIDDEN('Seul un administrateur peut créer un dossier.'),
  'access.adminAssignsBinome': FORBIDDEN('Seul un administrateur peut changer le référent ou le coordinateur d’un dossier.'),
  'access.youngPeopleOnly': FORBIDDEN('Cette page est réservée aux jeunes.'),
  'access.adminSettings': FORBIDDEN('Seul un administrateur peut modifier ces réglages.'),
  'access.staffCreatesCommittees': FORBIDDEN('Seuls les organisateurs et les administrateurs créent des comités.'),
  'access.committeeOrganisers': FORBIDDEN('Seuls les organisateurs du comité peuvent faire cela.'),
  'access.committeeMembers': FORBIDDEN('Seuls les membres du comité votent.'),
  'access.adminHousing': FORBIDDEN('Seul un administrateur peut modifier les réglages et les partenaires logement.'),
  'access.housingQueue': FORBIDDEN('La file des demandes de logement est réservée au binôme et aux administrateurs.'),
  'access.youngPersonSharesHousing': FORBIDDEN('Seul le jeune choisit de montrer son projet logement.'),
  'access.adminIndicators': FORBIDDEN('Seul un administrateur du département consulte et exporte les indicateurs de sortie.'),
  'access.checkInOwnOnly': FORBIDDEN('Ce questionnaire est celui du jeune : seules ses réponses comptées avec d’autres sont visibles.'),
  'access.adminStaff': FORBIDDEN('Seul un administrateur gère l’annuaire du personnel et les réglages du tableau de bord.'),
  'access.caseloadBinome': FORBIDDEN('Le suivi par urgence est celui des référent·es et coordinateur·rices.'),
  'access.calendarStaff': FORBIDDEN('Le calendrier des échéances est celui des référent·es, coordinateur·rices et administrateurs.'),
  'access.resultsNotPublished': FORBIDDEN('Les résultats n’ont pas encore été publiés.'),

  'version.conflict': {
    status: 409,
    code: 'VERSION_CONFLICT',
    message: 'Ces informations ont été modifiées entre-temps par quelqu’un d’autre : il faut les recharger avant de réessayer.',
  },
  'account.alreadyLinked': {
    status: 409,
    code: 'ACCOUNT_ALREADY_LINKED',
    message: 'Ce compte est déjà rattaché au dossier d’un autre jeune.',
  },
  'member.alreadyAdded': { status: 409, code: 'ALREADY_MEMBER', message: 'Ce jeune est déjà membre du comité.' },
  'ballot.alreadyCast': { status: 409, code: 'ALREADY_VOTED', message: 'Tu as déjà voté à cette consultation : un membre, un vote.' },
  'ballot.credentialSpent': {
    status: 409,
    code: 'BALLOT_ALREADY_CAST',
    message: 'Ce bulletin a déjà été déposé avec d’autres réponses : c’est le premier vote qui compte.',
  },
  'gridProposal.alreadyDecided': {
    status: 409,
    code: 'GRID_PROPOSAL_DECIDED',
    message: 'Une décision a déjà été prise sur cette proposition.',
  },
  'staff.alreadyRegistered': {
    status: 409,
    code: 'STAFF_ALREADY_REGISTERED',
    message: 'Ce compte est déjà dans l’annuaire du personnel.',
  },
  'followUp.alreadyAnswered': { status: 409, code: 'ALREADY_ANSWERED', message: 'Tu as déjà donné ton avis sur cette suite.' },
  'followUp.credentialSpent': {
    status: 409,
    code: 'ANSWER_ALREADY_CAST',
    message: 'Cet avis a déjà été déposé avec l’autre réponse : c’est le premier qui compte.',
  },

  'plan.notProposed': {
    status: 409,
    code: 'PLAN_NOT_PROPOSED',
    message: 'Ce projet n’attend pas ta réponse : ton binôme doit d’abord proposer une nouvelle version.',
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
    message: ({ minBallots }) => `Moins de ${minBallots} votes : les résultats restent masqués pour protéger l’anonymat.`,
  },
  'consultation.notPublished': {
    status: 409,
    code: 'NOT_PUBLISHED',
    message: 'Publiez les résultats avant d’indiquer les suites données.',
  },

  'feedback.limitReached': {
    status: 409,
    code: 'FEEDBACK_LIMIT_REACHED',
    message: ({ perMember }) => `Tu as déjà donné ${perMember} avis à cette consultation : c’est le maximum, pour que chacun soit entendu.`,
  },
  'followUp.answersClosed': {
    status: 409,
    code: 'FOLLOW_UP_ANSWERS_CLOSED',
    message: 'Les avis sur cette suite sont clos : ils ne peuvent plus être donnés, ni rouverts.',
  },

  'grid.tooYoung': { status: 409, code: 'GRID_TOO_YOUNG', message: 'La grille d’autonomie se remplit à partir de 16 ans.' },
  'grid.nothingToSend': {
    status: 409,
    code: 'GRID_NOTHING_TO_SEND',
    message: 'Choisis au moins un niveau avant d’envoyer ta grille.',
  },
  'gridProposal.unavailable': {
    status: 409,
    code: 'GRID_PROPOSAL_UNAVAILABLE',
    message: 'Cet item n’est pas (ou plus) proposé : rechargez les propositions.',
  },
  'checkIn.notOpen': {
    status: 409,
    code: 'CHECK_IN_NOT_OPEN',
    message: 'Ce questionnaire n’est pas ouvert en ce moment : il s’ouvre à tes 19 ans et à tes 21 ans, pour trois mois.',
  },
  'checkIn.alreadyDone': {
    status: 409,
    code: 'CHECK_IN_ALREADY_DONE',
    message: 'Tu as déjà répondu à ce questionnaire (ou choisi de ne pas y répondre) : merci !',
  },
  'deadlineAlert.alreadyAcknowledged': {
    status: 409,
    code: 'ALERT_ALREADY_ACKNOWLEDGED',
    message: 'Cette alerte d’échéance a déjà été prise en compte.',
  },
  'helpAlert.alreadyAcknowledged': {
    status: 409,
    code: 'HELP_ALREADY_ACKNOWLEDGED',
    message: 'Cette alerte a déjà été prise en compte.',
  },
  'plan.full': {
    status: 409,
    code: 'PLAN_FULL',
    message: 'Le projet d’autonomie a déjà trop d’objectifs ou d’actions pour ce domaine.',
  },
  'housingApplication.invalidTransition': {
    status: 409,
    code: 'INVALID_TRANSITION',
    message: 'Cette demande ne peut pas passer à ce statut depuis son statut actuel.',
  },
  'housingProject.notShared': {
    status: 409,
    code: 'PROJECT_NOT_SHARED',
    message: 'Le jeune prépare son projet logement et ne l’a pas encore partagé : il ne peut pas être modifié pour l’instant.',
  },
  'housing.unknownPartner': { status: 400, code: 'UNKNOWN_PARTNER', message: 'Ce partenaire logement n’existe pas dans le département.' },
  'housing.unknownSolutionType': {
    status: 400,
    code: 'UNKNOWN_SOLUTION_TYPE',
    message: 'Ce type de solution logement n’existe pas dans le département.',
  },
  'supportRequest.after21': {
    status: 409,
    code: 'SUPPORT_REQUEST_AFTER_21',
    message: 'L’accompagnement jeune majeur ne peut plus être demandé à partir de 21 ans.',
  },
  'supportRequest.returnNotOpen': {
    status: 409,
    code: 'SUPPORT_RETURN_NOT_OPEN',
    message: 'Une demande de retour concerne un jeune majeur dont la prise en charge a pris fin.',
  },
  'supportRequest.nothingToRenew': {
    status: 409,
    code: 'SUPPORT_NOTHING_TO_RENEW',
    message: 'Aucun accompagnement n’a encore été accordé : il s’agit d’une première demande.',
  },
  'supportRequest.grantedBefore': {
    status: 409,
    code: 'SUPPORT_GRANTED_BEFORE',
    message: 'Un accompagnement a déjà été accordé : il s’agit d’un renouvellement ou d’un retour.',
  },
  'youthFile.notArchived': {
    status: 409,
    code: 'FILE_NOT_ARCHIVED',
    message: 'Ce dossier n’est pas en archive intermédiaire : il s’ouvre normalement.',
  },
  'rgpdRequest.invalidTransition': {
    status: 409,
    code: 'RGPD_REQUEST_CLOSED',
    message: 'Cette demande a déjà reçu une réponse définitive (refusée ou faite), ou ne peut pas passer à ce statut.',
  },
  'rgpdRequest.alreadyExtended': {
    status: 409,
    code: 'RGPD_ALREADY_EXTENDED',
    message: 'Le délai de cette demande a déjà été prolongé : une seule prolongation, de deux mois, est possible (RGPD art. 12.3).',
  },
  'rgpdRequest.extensionTooLate': {
    status: 409,
    code: 'RGPD_EXTENSION_TOO_LATE',
    message:
      'Le premier mois après la demande est écoulé : une prolongation devait être annoncée au jeune avant (RGPD art. 12.3). Répondez-lui au plus vite.',
  },
  'youthFile.notArchivedForDecision': {
    status: 409,
    code: 'FILE_NOT_ARCHIVED',
    message: 'Seul un dossier en archive intermédiaire peut être versé aux archives départementales ou détruit : rien n’a été fait.',
  },
  'youthFile.intermediatePeriodNotOver': {
    status: 409,
    code: 'INTERMEDIATE_PERIOD_NOT_OVER',
    message:
      'La durée d’archive intermédiaire de ce dossier n’est pas écoulée (voir sa date de fin dans la liste des dossiers archivés) : ni versement ni destruction avant, rien n’a été fait.',
  },
  'youthFile.decisionDiffers': {
    status: 409,
    code: 'FILE_DECISION_DIFFERS',
    message: 'Une autre décision est déjà en cours d’exécution sur ce dossier (autre sort ou autre référence) : rien n’a été fait.',
  },
  'archivesPackage.unknown': {
    status: 409,
    code: 'ARCHIVES_PACKAGE_UNKNOWN',
    message:
      'Ce paquet n’est pas le dernier produit pour ce dossier sous cette référence : téléchargez de nouveau le paquet, remettez-le aux archives, puis confirmez avec son empreinte. Rien n’a été fait.',
  },
  'archivesPackage.tooLarge': {
    status: 409,
    code: 'ARCHIVES_PACKAGE_TOO_LARGE',
    message:
      'Le paquet de ce dossier dépasse ce que l’API peut transmettre en une réponse : le versement doit être préparé par l’équipe technique. Rien n’a été fait.',
  },
  'supportRequest.alreadyGranted': {
    status: 409,
    code: 'SUPPORT_ALREADY_GRANTED',
    message: 'Cette demande a déjà été accordée : pour changer l’accompagnement, il faut une demande de renouvellement.',
  },

  'rateLimit.exceeded': {
    status: 429,
    code: 'TOO_MANY_REQUESTS',
    message: ({ retryAfterSeconds }) =>
      `Trop de recherches en peu de temps. Réessayez dans ${Math.ceil((retryAfterSeconds ?? 60) / 60)} minute(s).`,
  },

  'reminders.tooManyAttempts': {
    status: 429,
    code: 'TOO_MANY_ATTEMPTS',
    message: 'Trop d’essais pour ce code. Demande un nouveau code.',
  },
  'reminders.codeJustSent': {
    status: 429,
    code: 'CODE_JUST_SENT',
    message: 'Un code vient d’être envoyé. Attends une minute avant d’en demander un autre.',
  },
  'reminders.channelNotVerified': {
    status: 409,
    code: 'CHANNEL_NOT_VERIFIED',
    message: 'Ce moyen de contact n’a pas encore été vérifié par un code.',
  },
  'reminders.invalidPhone': {
    status: 400,
    code: 'INVALID_PHONE',
    message: 'Ce numéro n’est pas un numéro de mobile français (06, 07, ou outre-mer : 0690, 0694, 0696, 0692, 0639…).',
  },
  'reminders.noCodePending': { status: 400, code: 'NO_CODE_PENDING', message: 'Aucun code n’a été demandé : demande d’abord un code.' },
  'reminders.codeExpired': { status: 400, code: 'CODE_EXPIRED', message: 'Ce code a expiré. Demande un nouveau code.' },
  'reminders.wrongCode': { status: 400, code: 'WRONG_CODE', message: 'Ce code n’est pas le bon. Vérifie-le et réessaie.' },
  'reminders.invalidStopToken': {
    status: 400,
    code: 'INVALID_STOP_LINK',
    message: 'Ce lien d’arrêt est incomplet ou a été modifié. Recopie le lien du message, ou réponds STOP au SMS.',
  },

  'input.invalid': { status: 400, code: 'VALIDATION_ERROR', message: 'La requête contient des données invalides.' },
  'ballot.credentialInvalid': {
    status: 400,
    code: 'INVALID_BALLOT_CREDENTIAL',
    message: 'Ce bulletin n’est pas valable pour cette consultation : rien n’a été compté.',
  },
  'followUp.credentialInvalid': {
    status: 400,
    code: 'INVALID_ANSWER_CREDENTIAL',
    message: 'Ce jeton d’avis n’est pas valable pour cette suite : rien n’a été compté.',
  },
  'ballot.identityNotAllowed': {
    status: 400,
    code: 'IDENTITY_NOT_ALLOWED',
    message: 'Un bulletin se dépose sans identifiant de connexion ni cookie, pour rester secret : rien n’a été compté.',
  },
  'cursor.invalid': {
    status: 400,
    code: 'INVALID_CURSOR',
    message: 'Le curseur de pagination est invalide. Reprenez depuis la première page.',
  },
  'supportDecision.invalid': {
    status: 400,
    code: 'SUPPORT_DECISION_INVALID',
    message: 'La décision ne respecte pas les règles de l’accompagnement jeune majeur : voir le détail.',
  },
  'supportDecision.after21': {
    status: 400,
    code: 'SUPPORT_AFTER_21',
    message: 'L’accompagnement s’arrête aux 21 ans, sauf prolongation jusqu’à la fin de l’année scolaire ou universitaire.',
  },
  'supportDecision.afterSchoolYear': {
    status: 400,
    code: 'SUPPORT_AFTER_SCHOOL_YEAR',
    message: 'Même prolongé, l’accompagnement s’arrête au plus tard le premier 31 août qui suit les 21 ans.',
  },
  'supportDecision.refusalWithoutReasons': {
    status: 400,
    code: 'SUPPORT_REFUSAL_WITHOUT_REASONS',
    message: 'Un refus doit être motivé : indiquez les motifs.',
  },
  'rgpdAnswer.refusalWithoutReasons': {
    status: 400,
    code: 'RGPD_REFUSAL_WITHOUT_REASONS',
    message: 'Un refus doit être motivé : indiquez les motifs (RGPD art. 12.4).',
  },
  'binome.unknownStaff': {
    status: 400,
    code: 'UNKNOWN_STAFF',
    message: 'Le binôme doit être choisi dans l’annuaire du personnel : un·e référent·e et un·e coordinateur·rice du département.',
  },
  'plan.incomplete': {
    status: 400,
    code: 'PLAN_INCOMPLETE',
    message:
      'Le projet ne peut pas être proposé au jeune : chacun des six besoins doit avoir un objectif, ou « pas de besoin » avec la raison. Enregistrez-le en brouillon en attendant.',
  },
};

/** The API error a domain error is answered with. */
export function fromDomainError(error: DomainError): ApiError {
  const answer = DOMAIN_ERROR_ANSWERS[error.code];
  const message = typeof answer.message === 'function' ? answer.message(error.params) : answer.message;
  return new ApiError(answer.status, answer.code, message, error.details, { cause: error });
}
