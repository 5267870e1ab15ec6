/**
 * Reminders by SMS and e-mail: which event makes which message for whom, what the message
 * says, and whether it may leave now. Pure: the clock, the département's switches and the
 * recipient's consent are passed in.
 *
 * A phone may be shared, so a message never says more than « Tu as du nouveau dans Envol »,
 * a link to the page and, where useful, a date: no name, no text of the file, no choice, no
 * decision's content. `composeMessage` takes nothing else, so it cannot.
 */
import { addDays, isCalendarDate, latestDate, parisDate } from './calendar-date.js';
import { nextSendableAt } from './quiet-hours.js';

export type Channel = 'sms' | 'email';
export const CHANNELS: readonly Channel[] = ['sms', 'email'];

interface KindRule {
  audience: 'jeune' | 'staff';
  /** A département may switch it off (reminders); a verification code or a help alert is never switched off. */
  switchable: boolean;
  /** Held between 20:00 and 08:00 Paris time. */
  quietHours: boolean;
  /** The web page the link opens (hash route). */
  path: string;
}

export const MESSAGE_RULES = {
  /** The entretien pour l'autonomie was scheduled: its date. */
  interview_scheduled: { audience: 'jeune', switchable: true, quietHours: true, path: '/entretien' },
  /** The day before the entretien. */
  interview_tomorrow: { audience: 'jeune', switchable: true, quietHours: true, path: '/entretien' },
  /** A projet d'autonomie waits for the young person's agreement. */
  plan_to_agree: { audience: 'jeune', switchable: true, quietHours: true, path: '/entretien' },
  /** A consultation of their committee opened (made by the daily job, from the day it opens). */
  consultation_opened: { audience: 'jeune', switchable: true, quietHours: true, path: '/comites' },
  /** A consultation of their committee closes tomorrow (and they have not voted: the job cannot know, it never reads ballots). */
  consultation_closes_tomorrow: { audience: 'jeune', switchable: true, quietHours: true, path: '/comites' },
  /** A decision on their support after 18 was taken (never which). */
  support_decision: { audience: 'jeune', switchable: true, quietHours: true, path: '/accompagnement' },
  /** A week before the entretien, their preparation or self-assessment is still a draft. */
  draft_before_interview: { audience: 'jeune', switchable: true, quietHours: true, path: '/entretien' },
  /** Staff: the daily digest of what falls due. */
  staff_digest: { audience: 'staff', switchable: true, quietHours: true, path: '/suivi' },
  /** Staff: « J'ai besoin d'aide », at once, night included. */
  help_alert: { audience: 'staff', switchable: false, quietHours: false, path: '/suivi' },
  /** The code that verifies a phone number or an address: asked for just now, sent at once. */
  verification_code: { audience: 'jeune', switchable: false, quietHours: false, path: '/moi' },
} as const satisfies Record<string, KindRule>;

export type MessageKind = keyof typeof MESSAGE_RULES;
export const MESSAGE_KINDS = Object.keys(MESSAGE_RULES) as MessageKind[];
export type SwitchableKind = { [K in MessageKind]: (typeof MESSAGE_RULES)[K]['switchable'] extends true ? K : never }[MessageKind];
export const SWITCHABLE_KINDS = MESSAGE_KINDS.filter((kind): kind is SwitchableKind => MESSAGE_RULES[kind].switchable);

/** A département's switches: every reminder on unless it says otherwise. */
export type ReminderSwitches = Record<SwitchableKind, boolean>;
export const DEFAULT_REMINDER_SWITCHES: ReminderSwitches = Object.fromEntries(
  SWITCHABLE_KINDS.map((kind) => [kind, true]),
) as ReminderSwitches;

export type Recipient = { type: 'jeune'; youthId: string } | { type: 'staff'; sub: string };

/** A message to put in the outbox: who, what kind, the date it may show, when it may leave. */
export interface PlannedMessage {
  kind: MessageKind;
  recipient: Recipient;
  /** A calendar date the message shows (the interview's day), or null. */
  date: string | null;
  dueAt: string;
}

/** The events that make a message as they happen (the scheduled ones, openings of consultations included, come from `dailyReminders`). */
export type ReminderEvent =
  | { type: 'interview.scheduled'; youthId: string; plannedOn: string }
  | { type: 'plan.proposed'; youthId: string }
  | { type: 'support.decided'; youthId: string }
  | { type: 'help.raised'; binome: readonly string[] };

function planned(kind: MessageKind, recipient: Recipient, date: string | null, now: Date): PlannedMessage {
  const dueAt = MESSAGE_RULES[kind].quietHours ? nextSendableAt(now) : now;
  return { kind, recipient, date, dueAt: dueAt.toISOString() };
}

/** The messages an event makes, each due at once or at the end of quiet hours. */
export function messagesForEvent(event: ReminderEvent, now: Date): PlannedMessage[] {
  switch (event.type) {
    case 'interview.scheduled':
      return [planned('interview_scheduled', { type: 'jeune', youthId: event.youthId }, event.plannedOn, now)];
    case 'plan.proposed':
      return [planned('plan_to_agree', { type: 'jeune', youthId: event.youthId }, null, now)];
    case 'support.decided':
      return [planned('support_decision', { type: 'jeune', youthId: event.youthId }, null, now)];
    case 'help.raised':
      // Both members of the binôme, once each even when one person holds both roles.
      return [...new Set(event.binome)].map((sub) => planned('help_alert', { type: 'staff', sub }, null, now));
  }
}

/**
 * Whether saving an interview record schedules the entretien pour l'autonomie: a day set
 * or changed, not held yet, not in the past. A follow-up interview is arranged with the
 * young adult directly and makes no message.
 */
export function interviewScheduledEvent(
  youthId: string,
  before: { scheduledOn?: string | null | undefined } | null,
  after: { kind: string | null; scheduledOn?: string | null | undefined; heldOn?: string | null | undefined },
  today: string,
): ReminderEvent | null {
  if (after.kind !== 'entretien17' || !after.scheduledOn || after.heldOn || after.scheduledOn < today) return null;
  if (before?.scheduledOn === after.scheduledOn) return null;
  return { type: 'interview.scheduled', youthId, plannedOn: after.scheduledOn };
}

/** What the daily job knows of a département's coming days. */
export interface DailyFacts {
  /** Scheduled entretiens pour l'autonomie not held yet, with whether the young person's preparation or self-assessment is still a draft. */
  interviews: readonly { youthId: string; plannedOn: string; draftPending: boolean }[];
  /** Open consultations: the day voting ends (Paris) and the members. */
  consultations: readonly { closesOn: string; memberYouthIds: readonly string[] }[];
  /**
   * Consultations opening for their members on a day the job reads (today or yesterday:
   * `consultationOpeningDay`), not closed early: when voting opens and ends, and the members.
   */
  openings: readonly {
    consultationId: string;
    opensOn: string;
    opensAt: string;
    closesAt: string;
    memberYouthIds: readonly string[];
  }[];
  /**
   * Staff and how many items of their digest fall due today. Today: the deadlines of « Mon
   * suivi » that fall due; the seam where the alerts job's daily alerts will come in.
   */
  staffDue: readonly { sub: string; items: number }[];
}

/**
 * The days the daily job reads on `today`: entretiens planned for tomorrow or in a week,
 * consultations closing tomorrow, consultations opening yesterday or today.
 */
export function dailyReminderDays(today: string): { yesterday: string; tomorrow: string; inAWeek: string } {
  return { yesterday: addDays(today, -1), tomorrow: addDays(today, 1), inAWeek: addDays(today, 7) };
}

/**
 * The day (Paris) a consultation opens for its members, by which the daily job finds it:
 * the day voting opens, or the day it was created when it was created open (voting opened
 * in the past, or opens at once). The job reads today's and yesterday's: one created open
 * after the day's run is told the next morning.
 */
export function consultationOpeningDay(opensAt: Date, createdAt: Date): string {
  return latestDate(parisDate(opensAt), parisDate(createdAt));
}

/**
 * A message of the daily job, with what makes it one: its day and, for an opening, its
 * consultation. Written under an id made of these only, so a second run writes nothing more.
 */
export interface DailyMessage extends PlannedMessage {
  once: { day: string; about: string | null };
}

/** The scheduled reminders of one day (`today`, Paris), made by the daily job. */
export function dailyReminders(facts: DailyFacts, today: string, now: Date): DailyMessage[] {
  const { yesterday, tomorrow, inAWeek } = dailyReminderDays(today);
  const messages: DailyMessage[] = [];
  const ofToday = (message: PlannedMessage): DailyMessage => ({ ...message, once: { day: today, about: null } });
  for (const interview of facts.interviews) {
    const youth: Recipient = { type: 'jeune', youthId: interview.youthId };
    if (interview.plannedOn === tomorrow) messages.push(ofToday(planned('interview_tomorrow', youth, interview.plannedOn, now)));
    if (interview.plannedOn === inAWeek && interview.draftPending) {
      messages.push(ofToday(planned('draft_before_interview', youth, interview.plannedOn, now)));
    }
  }
  for (const consultation of facts.consultations) {
    if (consultation.closesOn !== tomorrow) continue;
    for (const youthId of consultation.memberYouthIds) {
      messages.push(ofToday(planned('consultation_closes_tomorrow', { type: 'jeune', youthId }, consultation.closesOn, now)));
    }
  }
  for (const opening of facts.openings) {
    if (opening.opensOn !== today && opening.opensOn !== yesterday) continue;
    // Not before voting opens (the link would show it « à venir »), never in quiet hours.
    const opensAt = new Date(opening.opensAt);
    const dueAt = nextSendableAt(opensAt > now ? opensAt : now);
    // Over by the time it could leave: nothing left to vote.
    if (Date.parse(opening.closesAt) <= dueAt.getTime()) continue;
    for (const youthId of opening.memberYouthIds) {
      messages.push({
        kind: 'consultation_opened',
        recipient: { type: 'jeune', youthId },
        date: null,
        dueAt: dueAt.toISOString(),
        once: { day: opening.opensOn, about: opening.consultationId },
      });
    }
  }
  for (const staff of facts.staffDue) {
    if (staff.items > 0) messages.push(ofToday(planned('staff_digest', { type: 'staff', sub: staff.sub }, null, now)));
  }
  // One message of a kind per person and day: two consultations closing tomorrow make one
  // reminder. Each opening is its own (read on two days, it must keep one id).
  const seen = new Set<string>();
  return messages.filter((message) => {
    const key = `${message.kind}#${recipientKey(message.recipient)}#${message.once.about ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function recipientKey(recipient: Recipient): string {
  return recipient.type === 'jeune' ? `jeune#${recipient.youthId}` : `staff#${recipient.sub}`;
}

/**
 * The day an entretien pour l'autonomie is planned for while it is still to come: an
 * `entretien17` record with a day and not held. The daily job finds these by that day.
 */
export function plannedInterviewDay(interview: {
  kind: string | null;
  scheduledOn?: string | null;
  heldOn?: string | null;
}): string | null {
  if (interview.kind !== 'entretien17' || !interview.scheduledOn || interview.heldOn) return null;
  return interview.scheduledOn;
}

/**
 * Whether something of the young person's own is still a draft before their entretien: the
 * preparation not shared with the binôme (begun or not: a week before is the time to do it),
 * or a self-assessment of the grid begun and not sent.
 */
export function interviewDraftPending(input: { preparationShared: boolean; selfAssessmentDraftAnswered: number }): boolean {
  return !input.preparationShared || input.selfAssessmentDraftAnswered > 0;
}

/**
 * The staff digest's counts: each member of a binôme and how many alerts were raised today
 * on the files they follow (a referent who is also the coordinateur counts each alert once).
 */
export function staffDueFromAlerts(
  files: readonly { referentId: string; coordinateurId: string; alertsRaisedToday: number }[],
): { sub: string; items: number }[] {
  const counts = new Map<string, number>();
  for (const file of files) {
    if (file.alertsRaisedToday === 0) continue;
    for (const sub of new Set([file.referentId, file.coordinateurId])) counts.set(sub, (counts.get(sub) ?? 0) + file.alertsRaisedToday);
  }
  return [...counts].map(([sub, items]) => ({ sub, items })).sort((a, b) => a.sub.localeCompare(b.sub));
}

/** The recipient's side: the channels they verified and chose, or nothing when they stopped everything. */
export interface RecipientChannels {
  /** Channels that may be used now: verified, chosen and not stopped. */
  channels: readonly Channel[];
}

export type Delivery =
  | { action: 'send'; channels: Channel[] }
  | { action: 'skip'; reason: 'switched_off' | 'no_channel' }
  | { action: 'defer'; until: string };

/** Whether a message due now leaves, waits for the morning, or is dropped (switched off, nobody to send to). */
export function decideDelivery(input: {
  kind: MessageKind;
  switches: ReminderSwitches;
  recipient: RecipientChannels;
  now: Date;
}): Delivery {
  const rule = MESSAGE_RULES[input.kind];
  if (rule.switchable && !input.switches[input.kind as SwitchableKind]) return { action: 'skip', reason: 'switched_off' };
  if (input.recipient.channels.length === 0) return { action: 'skip', reason: 'no_channel' };
  if (rule.quietHours) {
    const sendable = nextSendableAt(input.now);
    if (sendable !== input.now) return { action: 'defer', until: sendable.toISOString() };
  }
  return { action: 'send', channels: [...input.recipient.channels] };
}

/** After a failed attempt: the wait before the next one, or null when the message has failed for good. */
export const RETRY_DELAYS_SECONDS = [60, 300, 900, 3600] as const;
export function nextAttemptAt(attemptsMade: number, now: Date): string | null {
  const delay = RETRY_DELAYS_SECONDS[attemptsMade - 1];
  return delay === undefined ? null : new Date(now.getTime() + delay * 1000).toISOString();
}

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** `2027-03-12` → « 12 mars 2027 »; anything that is not a calendar date is not shown. */
export function frenchDate(date: string): string | null {
  if (!isCalendarDate(date)) return null;
  const [year, month, day] = date.split('-').map(Number);
  return `${day === 1 ? '1er' : day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

export interface ComposedMessage {
  subject: string;
  text: string;
}

/**
 * The words of a message, from its kind, an optional calendar date, a verification code
 * (digits only) and two links Envol builds itself (the page, and the STOP link).
 * Nothing from a file can reach it: no parameter carries text.
 */
export function composeMessage(input: {
  kind: MessageKind;
  date: string | null;
  /** Six digits; only for `verification_code`. */
  code?: string | undefined;
  appOrigin: string;
  stopUrl: string;
  channel: Channel;
}): ComposedMessage {
  const rule = MESSAGE_RULES[input.kind];
  const link = `${input.appOrigin}/#${rule.path}`;
  const day = input.date ? frenchDate(input.date) : null;
  const stop =
    input.channel === 'sms' ? `STOP : réponds STOP ou ${input.stopUrl}` : `Pour ne plus recevoir de messages d’Envol : ${input.stopUrl}`;
  if (input.kind === 'verification_code') {
    const code = /^\d{6}$/.test(input.code ?? '') ? input.code : '';
    return {
      subject: 'Ton code Envol',
      text: `Ton code Envol : ${code}. Il expire dans 15 minutes. Si tu ne l’as pas demandé, ignore ce message.`,
    };
  }
  if (input.kind === 'help_alert') {
    return {
      subject: 'Alerte Envol',
      text: `Alerte urgente dans Envol : un jeune que vous suivez demande de l’aide. ${link}\n${stop.replace('réponds', 'répondez')}`,
    };
  }
  const dated = day ? ` (pour le ${day})` : '';
  if (rule.audience === 'staff') {
    return {
      subject: 'Du nouveau dans Envol',
      text: `Vous avez du nouveau dans Envol${dated} : ${link}\n${stop.replace('réponds', 'répondez')}`,
    };
  }
  return { subject: 'Du nouveau dans Envol', text: `Tu as du nouveau dans Envol${dated} : ${link}\n${stop}` };
}
