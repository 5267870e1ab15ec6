import { AlreadyExists, InvalidInput, NotFound, RuleViolation } from './errors.js';

/**
 * Rules of committee consultations: when they are open, what a valid ballot is,
 * and when results may be shown. No clock, no storage: `now` is passed in.
 */

/**
 * Results (and any count that could be traced back) stay hidden below this many ballots.
 * A consultation (or a département) may set a higher threshold, never a lower one: with
 * fewer ballots each voter can deduce the others' choices.
 */
export const ANONYMITY_FLOOR = 5;
export const DEFAULT_MIN_BALLOTS = ANONYMITY_FLOOR;

/**
 * The anonymity threshold, for ballots and for any other count shown to members. A
 * threshold stored below the floor (data from before it existed) counts as the floor.
 */
export function meetsAnonymityThreshold(count: number, minBallots: number): boolean {
  return count >= Math.max(minBallots, ANONYMITY_FLOOR);
}

/** What the organiser is told when creating a consultation (nothing blocks: members may still join). */
export interface ConsultationWarning {
  code: 'COMMITTEE_BELOW_THRESHOLD';
  message: string;
}

/** A committee with fewer members than the threshold can never show its results. */
export function consultationWarnings(memberCount: number, minBallots: number): ConsultationWarning[] {
  const threshold = Math.max(minBallots, ANONYMITY_FLOOR);
  if (memberCount >= threshold) return [];
  return [
    {
      code: 'COMMITTEE_BELOW_THRESHOLD',
      message: `Le comité compte ${memberCount} membres : il faut au moins ${threshold} votes pour montrer les résultats sans révéler les choix de chacun. Ajoutez des membres avant la clôture, sinon les résultats resteront masqués.`,
    },
  ];
}
export interface ConsultationQuestion {
  id: string;
  label: string;
  kind: 'single' | 'multiple';
  options: { id: string; label: string }[];
}

export interface ConsultationTiming {
  opensAt: string;
  closesAt: string;
  closedAt: string | null;
  publishedAt: string | null;
}

export type ConsultationStatus = 'a_venir' | 'ouverte' | 'fermee' | 'publiee';

/** Draft until it opens, open until `closesAt` or an early close, then closed, then published. */
export function consultationStatus(timing: ConsultationTiming, now: Date): ConsultationStatus {
  if (timing.publishedAt) return 'publiee';
  const instant = now.toISOString();
  if (timing.closedAt || instant >= timing.closesAt) return 'fermee';
  return instant >= timing.opensAt ? 'ouverte' : 'a_venir';
}

export type Answers = Record<string, string | string[]>;

export interface BallotProblem {
  questionId: string;
  message: string;
}

/**
 * What is wrong with a ballot: unknown questions or options, an array for a single
 * choice (or a single value for a multiple one), duplicates. A question left out is an
 * abstention; a ballot must answer at least one question.
 */
export function findBallotProblems(questions: ConsultationQuestion[], answers: Answers): BallotProblem[] {
  const problems: BallotProblem[] = [];
  const entries = Object.entries(answers);
  if (entries.length === 0) problems.push({ questionId: '', message: 'Réponds à au moins une question.' });
  for (const [questionId, answer] of entries) {
    const question = questions.find((candidate) => candidate.id === questionId);
    if (!question) {
      problems.push({ questionId, message: 'Question inconnue.' });
      continue;
    }
    const chosen = Array.isArray(answer) ? answer : [answer];
    if (question.kind === 'single' && Array.isArray(answer)) {
      problems.push({ questionId, message: 'Une seule réponse est possible pour cette question.' });
    } else if (question.kind === 'multiple' && !Array.isArray(answer)) {
      problems.push({ questionId, message: 'Cette question attend une liste de réponses.' });
    } else if (chosen.length === 0) {
      problems.push({ questionId, message: 'Choisis au moins une réponse.' });
    } else if (new Set(chosen).size !== chosen.length) {
      problems.push({ questionId, message: 'La même réponse est choisie deux fois.' });
    } else if (chosen.some((optionId) => !question.options.some((option) => option.id === optionId))) {
      problems.push({ questionId, message: 'Réponse inconnue.' });
    }
  }
  return problems;
}

/** The (question, option) counters a valid ballot increments. */
export function chosenOptions(answers: Answers): { questionId: string; optionId: string }[] {
  return Object.entries(answers).flatMap(([questionId, answer]) =>
    (Array.isArray(answer) ? answer : [answer]).map((optionId) => ({ questionId, optionId })),
  );
}

/**
 * True when two ballots say the same thing: the same questions answered with the same
 * options, whatever the order of the options of a multiple choice.
 */
export function sameAnswers(first: Answers, second: Answers): boolean {
  const canonical = (answers: Answers) =>
    JSON.stringify(
      Object.entries(answers)
        .map(([questionId, answer]) => [questionId, Array.isArray(answer) ? [...answer].sort() : answer] as const)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    );
  return canonical(first) === canonical(second);
}

/**
 * A credential is spent once. Sent again with the same answers, it is the same ballot
 * arriving twice (a phone that lost the first answer): the vote is recorded. With other
 * answers, it is refused: the first ballot counts.
 */
export function checkSameBallot(counted: Answers, submitted: Answers): void {
  if (!sameAnswers(counted, submitted)) throw new AlreadyExists('ballot.credentialSpent');
}

/** A follow-up answer sent again with its spent credential: the same yes / no is already counted, another is refused. */
export function checkSameFollowUpAnswer(counted: boolean, submitted: boolean): void {
  if (counted !== submitted) throw new AlreadyExists('followUp.credentialSpent');
}

/** Counts per `question#option` of the cast ballots, each ballot counted once. */
export function tallyBallots(ballots: readonly Answers[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ballot of ballots) {
    for (const { questionId, optionId } of chosenOptions(ballot)) {
      const key = `${questionId}#${optionId}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

export type ResultsVisibility = 'sealed' | 'below_threshold' | 'visible';

/**
 * Counts and feedback stay sealed while a consultation is open or not yet open, and
 * stay withheld below `minBallots` ballots so that a small group cannot be unmasked.
 */
export function resultsVisibility(status: ConsultationStatus, ballots: number, minBallots: number): ResultsVisibility {
  if (status === 'a_venir' || status === 'ouverte') return 'sealed';
  return meetsAnonymityThreshold(ballots, minBallots) ? 'visible' : 'below_threshold';
}

/** Voting and feedback happen while the consultation is open only. */
export function checkOpenForVoting(status: ConsultationStatus): void {
  if (status !== 'ouverte') throw new RuleViolation('consultation.notOpen');
}

/** A ballot the rules accept, or InvalidInput naming each problem. */
export function checkBallot(questions: ConsultationQuestion[], answers: Answers): void {
  const problems = findBallotProblems(questions, answers);
  if (problems.length > 0) {
    throw new InvalidInput(
      'input.invalid',
      problems.map((problem) => ({ path: ['json.answers', problem.questionId].filter(Boolean).join('.'), message: problem.message })),
    );
  }
}

/** Results are published once the consultation is closed and the threshold met. */
export function checkPublishable(status: ConsultationStatus, ballots: number, minBallots: number): void {
  const visibility = resultsVisibility(status, ballots, minBallots);
  if (visibility === 'sealed') throw new RuleViolation('consultation.stillOpen');
  if (visibility === 'below_threshold') throw new RuleViolation('consultation.belowThreshold', { params: { minBallots } });
}

/** What was done with a question is told once results are published, and about one of its questions. */
export function checkFollowUpAllowed(consultation: { publishedAt: string | null; questions: { id: string }[] }, questionId: string): void {
  if (!consultation.publishedAt) throw new RuleViolation('consultation.notPublished');
  if (!consultation.questions.some((question) => question.id === questionId)) throw new NotFound('question.notFound');
}

/**
 * Members say whether a follow-up answers their question during a window: counts shown
 * while answers still come in would tell, poll after poll, how each new answer went. The
 * yes / no counts are shown once the window has closed, and at or above the threshold.
 * The window closes 14 days after the follow-up is first given unless its organiser
 * chooses another closing time (a day to 90 days ahead), which they may move while it is
 * open, never once it has closed (reopening would let new answers be told apart).
 */
export const FOLLOW_UP_ANSWER_DAYS = 14;
export const FOLLOW_UP_ANSWER_MAX_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface FollowUpWindow {
  updatedAt: string;
  /** Absent on follow-ups given before the window existed: their window closed 14 days after their last change. */
  answersCloseAt?: string | null | undefined;
}

/** When members stop answering a follow-up. */
export function followUpAnswersCloseAt(followUp: FollowUpWindow): string {
  return followUp.answersCloseAt ?? new Date(Date.parse(followUp.updatedAt) + FOLLOW_UP_ANSWER_DAYS * DAY_MS).toISOString();
}

/** Whether members may still answer a follow-up. */
export function followUpAnswersOpen(followUp: FollowUpWindow, now: Date): boolean {
  return now.toISOString() < followUpAnswersCloseAt(followUp);
}

/** The yes / no counts of a follow-up's answers, or null while they could be traced back (window open, or below the threshold). */
export function visibleFollowUpCounts(
  followUp: FollowUpWindow,
  counts: { yes: number; no: number },
  minBallots: number,
  now: Date,
): { yes: number; no: number } | null {
  if (followUpAnswersOpen(followUp, now)) return null;
  return meetsAnonymityThreshold(counts.yes + counts.no, minBallots) ? counts : null;
}

/**
 * The closing time of a follow-up's answer window after the organiser's change: kept as
 * it was unless `requested`; a first follow-up without one gets the default.
 */
export function nextFollowUpAnswersCloseAt(existing: FollowUpWindow | undefined, requested: string | undefined, now: Date): string {
  if (requested === undefined) {
    return existing ? followUpAnswersCloseAt(existing) : new Date(now.getTime() + FOLLOW_UP_ANSWER_DAYS * DAY_MS).toISOString();
  }
  if (existing && !followUpAnswersOpen(existing, now)) throw new RuleViolation('followUp.answersClosed');
  const at = Date.parse(requested);
  if (at <= now.getTime() || at > now.getTime() + FOLLOW_UP_ANSWER_MAX_DAYS * DAY_MS) {
    throw new InvalidInput('input.invalid', [
      { path: 'json.answersCloseAt', message: `Choisissez une date à venir, dans les ${FOLLOW_UP_ANSWER_MAX_DAYS} jours.` },
    ]);
  }
  return new Date(at).toISOString();
}

/** Members answer a follow-up while its window is open only. */
export function checkFollowUpAnswersOpen(followUp: FollowUpWindow, now: Date): void {
  if (!followUpAnswersOpen(followUp, now)) throw new RuleViolation('followUp.answersClosed');
}

/** Option counts per question, in the consultation's order, zero for options nobody chose. */
export function tallyResults(questions: ConsultationQuestion[], counts: Map<string, number>) {
  return questions.map((question) => ({
    id: question.id,
    options: question.options.map((option) => ({ id: option.id, count: counts.get(`${question.id}#${option.id}`) ?? 0 })),
  }));
}

/** Fisher–Yates with an injectable source of randomness: feedback is never shown in stored order. */
export function shuffled<T>(items: readonly T[], random: () => number = Math.random): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}
