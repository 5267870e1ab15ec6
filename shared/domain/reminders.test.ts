import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  composeMessage,
  consultationOpeningDay,
  type DailyFacts,
  DEFAULT_REMINDER_SWITCHES,
  dailyReminders,
  decideDelivery,
  frenchDate,
  interviewDraftPending,
  interviewScheduledEvent,
  MESSAGE_KINDS,
  messagesForEvent,
  nextAttemptAt,
  plannedInterviewDay,
  staffDueFromAlerts,
} from './reminders.js';

const DAY = new Date('2027-03-10T10:00:00Z'); // 11:00 Paris
const NIGHT = new Date('2027-03-10T21:30:00Z'); // 22:30 Paris

describe('messagesForEvent', () => {
  it('tells the young person their entretien was scheduled, with its date', () => {
    expect(messagesForEvent({ type: 'interview.scheduled', youthId: 'y1', plannedOn: '2027-03-20' }, DAY)).toEqual([
      { kind: 'interview_scheduled', recipient: { type: 'jeune', youthId: 'y1' }, date: '2027-03-20', dueAt: DAY.toISOString() },
    ]);
  });

  it('tells the young person a plan waits for them, without a date', () => {
    expect(messagesForEvent({ type: 'plan.proposed', youthId: 'y1' }, DAY)).toMatchObject([{ kind: 'plan_to_agree', date: null }]);
  });

  it('tells the young person a decision was taken on their support', () => {
    expect(messagesForEvent({ type: 'support.decided', youthId: 'y1' }, DAY)).toMatchObject([
      { kind: 'support_decision', recipient: { type: 'jeune', youthId: 'y1' } },
    ]);
  });

  it('holds a young person’s message raised at night until 08:00', () => {
    expect(messagesForEvent({ type: 'plan.proposed', youthId: 'y1' }, NIGHT)[0]?.dueAt).toBe('2027-03-11T07:00:00.000Z');
  });

  it('sends a help alert to both members of the binôme at once, night included', () => {
    const messages = messagesForEvent({ type: 'help.raised', binome: ['ref', 'coord'] }, NIGHT);
    expect(messages).toEqual([
      { kind: 'help_alert', recipient: { type: 'staff', sub: 'ref' }, date: null, dueAt: NIGHT.toISOString() },
      { kind: 'help_alert', recipient: { type: 'staff', sub: 'coord' }, date: null, dueAt: NIGHT.toISOString() },
    ]);
  });
});

describe('interviewScheduledEvent', () => {
  const entretien = { kind: 'entretien17', scheduledOn: '2027-03-20', heldOn: null };
  it('is an event when an entretien gets its day, or a new one', () => {
    expect(interviewScheduledEvent('y1', null, entretien, '2027-03-10')).toEqual({
      type: 'interview.scheduled',
      youthId: 'y1',
      plannedOn: '2027-03-20',
    });
    expect(interviewScheduledEvent('y1', { scheduledOn: '2027-03-18' }, entretien, '2027-03-10')).not.toBeNull();
  });
  it('is none when the day does not change, is past, the interview was held, or it is a follow-up', () => {
    expect(interviewScheduledEvent('y1', { scheduledOn: '2027-03-20' }, entretien, '2027-03-10')).toBeNull();
    expect(interviewScheduledEvent('y1', null, entretien, '2027-03-21')).toBeNull();
    expect(interviewScheduledEvent('y1', null, { ...entretien, heldOn: '2027-03-20' }, '2027-03-10')).toBeNull();
    expect(interviewScheduledEvent('y1', null, { ...entretien, kind: 'suivi' }, '2027-03-10')).toBeNull();
    expect(interviewScheduledEvent('y1', null, { ...entretien, scheduledOn: null }, '2027-03-10')).toBeNull();
  });
});

describe('dailyReminders', () => {
  const today = '2027-03-10';
  it('reminds the day before the entretien, and a week before only while something is a draft', () => {
    const messages = dailyReminders(
      {
        interviews: [
          { youthId: 'tomorrow', plannedOn: '2027-03-11', draftPending: false },
          { youthId: 'week-draft', plannedOn: '2027-03-17', draftPending: true },
          { youthId: 'week-sent', plannedOn: '2027-03-17', draftPending: false },
          { youthId: 'later', plannedOn: '2027-03-25', draftPending: true },
        ],
        consultations: [],
        openings: [],
        staffDue: [],
      },
      today,
      DAY,
    );
    expect(messages.map((message) => [message.kind, message.recipient])).toEqual([
      ['interview_tomorrow', { type: 'jeune', youthId: 'tomorrow' }],
      ['draft_before_interview', { type: 'jeune', youthId: 'week-draft' }],
    ]);
  });

  it('reminds every member of a consultation that closes tomorrow, and no other', () => {
    const messages = dailyReminders(
      {
        interviews: [],
        consultations: [
          { closesOn: '2027-03-11', memberYouthIds: ['a', 'b'] },
          { closesOn: '2027-03-12', memberYouthIds: ['c'] },
        ],
        openings: [],
        staffDue: [],
      },
      today,
      DAY,
    );
    expect(messages.map((message) => [message.kind, message.recipient, message.date])).toEqual([
      ['consultation_closes_tomorrow', { type: 'jeune', youthId: 'a' }, '2027-03-11'],
      ['consultation_closes_tomorrow', { type: 'jeune', youthId: 'b' }, '2027-03-11'],
    ]);
  });

  it('sends the digest only to staff with something falling due', () => {
    const messages = dailyReminders(
      {
        interviews: [],
        consultations: [],
        openings: [],
        staffDue: [
          { sub: 'busy', items: 2 },
          { sub: 'quiet', items: 0 },
        ],
      },
      today,
      DAY,
    );
    expect(messages).toMatchObject([{ kind: 'staff_digest', recipient: { type: 'staff', sub: 'busy' } }]);
  });

  it('sends one reminder to a member of two consultations closing tomorrow', () => {
    const messages = dailyReminders(
      {
        interviews: [],
        consultations: [
          { closesOn: '2027-03-11', memberYouthIds: ['a'] },
          { closesOn: '2027-03-11', memberYouthIds: ['a', 'b'] },
        ],
        openings: [],
        staffDue: [],
      },
      today,
      DAY,
    );
    expect(messages.map((message) => message.recipient)).toEqual([
      { type: 'jeune', youthId: 'a' },
      { type: 'jeune', youthId: 'b' },
    ]);
  });

  it('holds what the job makes at 5 a.m. until 8 o’clock Paris time', () => {
    const early = new Date('2027-03-10T04:00:00Z'); // 05:00 in Paris (winter time)
    const [message] = dailyReminders(
      { interviews: [{ youthId: 'y', plannedOn: '2027-03-11', draftPending: false }], consultations: [], openings: [], staffDue: [] },
      today,
      early,
    );
    expect(message?.dueAt).toBe('2027-03-10T07:00:00.000Z');
  });

  describe('a consultation of their committee opens', () => {
    const early = new Date('2027-03-10T04:00:00Z'); // 05:00 in Paris, as the schedule runs it
    const opening = (over: Partial<DailyFacts['openings'][number]>) => ({
      consultationId: 'K1',
      opensOn: today,
      opensAt: '2027-03-10T09:00:00.000Z',
      closesAt: '2027-03-20T17:00:00.000Z',
      memberYouthIds: ['a', 'b'],
      ...over,
    });
    const openings = (list: DailyFacts['openings'], now = early) =>
      dailyReminders({ interviews: [], consultations: [], openings: list, staffDue: [] }, today, now);

    it('tells every member, when voting opens and with no date, once per consultation', () => {
      expect(openings([opening({})])).toEqual([
        {
          kind: 'consultation_opened',
          recipient: { type: 'jeune', youthId: 'a' },
          date: null,
          dueAt: '2027-03-10T09:00:00.000Z',
          once: { day: today, about: 'K1' },
        },
        {
          kind: 'consultation_opened',
          recipient: { type: 'jeune', youthId: 'b' },
          date: null,
          dueAt: '2027-03-10T09:00:00.000Z',
          once: { day: today, about: 'K1' },
        },
      ]);
    });

    it('waits for 08:00 when voting opened in the night, and the morning after when it opens in the evening', () => {
      expect(openings([opening({ opensAt: '2027-03-09T23:00:00.000Z' })])[0]?.dueAt).toBe('2027-03-10T07:00:00.000Z');
      expect(openings([opening({ opensAt: '2027-03-10T20:00:00.000Z' })])[0]?.dueAt).toBe('2027-03-11T07:00:00.000Z');
    });

    it('tells the morning after of one created open after yesterday’s run, keeping yesterday’s id', () => {
      const [message] = openings([opening({ opensOn: '2027-03-09', opensAt: '2027-03-09T14:00:00.000Z' })]);
      expect(message).toMatchObject({ dueAt: '2027-03-10T07:00:00.000Z', once: { day: '2027-03-09', about: 'K1' } });
    });

    it('tells nothing of an opening older than yesterday or to come, or of one over before it could leave', () => {
      expect(openings([opening({ opensOn: '2027-03-08' }), opening({ opensOn: '2027-03-11' })])).toEqual([]);
      expect(openings([opening({ opensAt: '2027-03-09T21:00:00.000Z', closesAt: '2027-03-10T06:30:00.000Z' })])).toEqual([]);
    });

    it('sends a member of two consultations opening the same day one message for each', () => {
      const messages = openings([opening({ memberYouthIds: ['a'] }), opening({ consultationId: 'K2', memberYouthIds: ['a'] })]);
      expect(messages.map((message) => message.once.about)).toEqual(['K1', 'K2']);
    });
  });
});

describe('consultationOpeningDay', () => {
  it('is the Paris day voting opens, or the day of creation for one created open', () => {
    const created = new Date('2027-03-10T10:00:00Z');
    expect(consultationOpeningDay(new Date('2027-03-14T23:30:00Z'), created)).toBe('2027-03-15');
    expect(consultationOpeningDay(new Date('2027-03-01T09:00:00Z'), created)).toBe('2027-03-10');
    expect(consultationOpeningDay(new Date('2027-03-10T09:00:00Z'), new Date('2027-03-09T23:30:00Z'))).toBe('2027-03-10');
  });
});

describe('plannedInterviewDay', () => {
  it('is the day of an entretien pour l’autonomie still to come, and nothing for a held one or a follow-up', () => {
    expect(plannedInterviewDay({ kind: 'entretien17', scheduledOn: '2027-03-11', heldOn: null })).toBe('2027-03-11');
    expect(plannedInterviewDay({ kind: 'entretien17', scheduledOn: '2027-03-11', heldOn: '2027-03-11' })).toBeNull();
    expect(plannedInterviewDay({ kind: 'entretien17', scheduledOn: null, heldOn: null })).toBeNull();
    expect(plannedInterviewDay({ kind: 'suivi', scheduledOn: '2027-03-11', heldOn: null })).toBeNull();
  });
});

describe('interviewDraftPending', () => {
  it('is pending while the preparation is not shared or a self-assessment is begun and not sent', () => {
    expect(interviewDraftPending({ preparationShared: false, selfAssessmentDraftAnswered: 0 })).toBe(true);
    expect(interviewDraftPending({ preparationShared: true, selfAssessmentDraftAnswered: 3 })).toBe(true);
    expect(interviewDraftPending({ preparationShared: true, selfAssessmentDraftAnswered: 0 })).toBe(false);
  });
});

describe('staffDueFromAlerts', () => {
  it('counts today’s alerts for each member of the binôme, once for a person holding both roles, nobody without one', () => {
    expect(
      staffDueFromAlerts([
        { referentId: 'ref', coordinateurId: 'coord', alertsRaisedToday: 2 },
        { referentId: 'ref', coordinateurId: 'ref', alertsRaisedToday: 1 },
        { referentId: 'other', coordinateurId: 'coord', alertsRaisedToday: 0 },
      ]),
    ).toEqual([
      { sub: 'coord', items: 2 },
      { sub: 'ref', items: 3 },
    ]);
  });
});

describe('decideDelivery', () => {
  const everyChannel = { channels: ['sms', 'email'] as const };
  it('sends on the chosen channels in the day', () => {
    expect(decideDelivery({ kind: 'plan_to_agree', switches: DEFAULT_REMINDER_SWITCHES, recipient: everyChannel, now: DAY })).toEqual({
      action: 'send',
      channels: ['sms', 'email'],
    });
  });

  it('drops a reminder the département switched off', () => {
    const switches = { ...DEFAULT_REMINDER_SWITCHES, plan_to_agree: false };
    expect(decideDelivery({ kind: 'plan_to_agree', switches, recipient: everyChannel, now: DAY })).toEqual({
      action: 'skip',
      reason: 'switched_off',
    });
  });

  it('never switches off a help alert', () => {
    const allOff = Object.fromEntries(
      Object.keys(DEFAULT_REMINDER_SWITCHES).map((kind) => [kind, false]),
    ) as typeof DEFAULT_REMINDER_SWITCHES;
    expect(decideDelivery({ kind: 'help_alert', switches: allOff, recipient: everyChannel, now: NIGHT })).toMatchObject({ action: 'send' });
  });

  it('drops a message to someone who chose no channel or stopped everything', () => {
    expect(decideDelivery({ kind: 'plan_to_agree', switches: DEFAULT_REMINDER_SWITCHES, recipient: { channels: [] }, now: DAY })).toEqual({
      action: 'skip',
      reason: 'no_channel',
    });
  });

  it('holds a reminder found due at night until 08:00', () => {
    expect(decideDelivery({ kind: 'staff_digest', switches: DEFAULT_REMINDER_SWITCHES, recipient: everyChannel, now: NIGHT })).toEqual({
      action: 'defer',
      until: '2027-03-11T07:00:00.000Z',
    });
  });
});

describe('nextAttemptAt', () => {
  it('backs off 1, 5, 15 then 60 minutes, then gives up', () => {
    expect(nextAttemptAt(1, DAY)).toBe('2027-03-10T10:01:00.000Z');
    expect(nextAttemptAt(2, DAY)).toBe('2027-03-10T10:05:00.000Z');
    expect(nextAttemptAt(4, DAY)).toBe('2027-03-10T11:00:00.000Z');
    expect(nextAttemptAt(5, DAY)).toBeNull();
  });
});

describe('composeMessage', () => {
  const base = { appOrigin: 'https://envol.example', stopUrl: 'https://envol.example/#/arret/abc.def' };

  it('says only that there is something new, with the link and the stop link', () => {
    expect(composeMessage({ ...base, kind: 'plan_to_agree', date: null, channel: 'sms' }).text).toBe(
      'Tu as du nouveau dans Envol : https://envol.example/#/entretien\nSTOP : réponds STOP ou https://envol.example/#/arret/abc.def',
    );
  });

  it('shows the date of the entretien in words', () => {
    expect(composeMessage({ ...base, kind: 'interview_tomorrow', date: '2027-03-01', channel: 'email' }).text).toContain(
      'Tu as du nouveau dans Envol (pour le 1er mars 2027) : https://envol.example/#/entretien',
    );
  });

  it('speaks to staff with « vous »', () => {
    expect(composeMessage({ ...base, kind: 'staff_digest', date: null, channel: 'email' }).text).toMatch(
      /^Vous avez du nouveau dans Envol/,
    );
  });

  it('never holds anything but its own words, a date, a six-digit code and Envol’s links, whatever it is given', () => {
    // Whatever reaches the parameters (a name, a text of the file, a choice slipped in as a
    // date or a code), each line is one of the fixed sentences: only a calendar date in
    // words and six digits may vary.
    const lines = [
      /^(Tu as|Vous avez) du nouveau dans Envol( \(pour le DATE\))?\u202f: https:\/\/envol\.example\/#\/[a-z]+$/,
      /^Alerte urgente dans Envol\u202f: un jeune que vous suivez demande de l’aide\. https:\/\/envol\.example\/#\/suivi$/,
      /^(STOP\u202f: (réponds|répondez) STOP ou|Pour ne plus recevoir de messages d’Envol\u202f:) https:\/\/envol\.example\/#\/arret\/abc\.def$/,
      /^Ton code Envol\u202f: (CODE)?\. Il expire dans 15 minutes\. Si tu ne l’as pas demandé, ignore ce message\.$/,
    ];
    const generalise = (text: string) =>
      text
        .replace(/(1er|[12]?\d|3[01]) (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}/, 'DATE')
        .replace(/\d{6}/, 'CODE');
    fc.assert(
      fc.property(
        fc.constantFrom(...MESSAGE_KINDS),
        fc.oneof(fc.string(), fc.constant('Lina Martin'), fc.constant('2027-02-30'), fc.constant('2027-03-12')),
        fc.oneof(fc.string(), fc.constant('pas_ou_dormir'), fc.constant('123456')),
        fc.constantFrom('sms' as const, 'email' as const),
        (kind, date, code, channel) => {
          const message = composeMessage({ ...base, kind, date, code, channel });
          for (const line of generalise(message.text).split('\n'))
            expect(
              lines.some((sentence) => sentence.test(line)),
              line,
            ).toBe(true);
          expect(['Ton code Envol', 'Alerte Envol', 'Du nouveau dans Envol']).toContain(message.subject);
          if (date.length > 3 && frenchDate(date) === null) expect(message.text).not.toContain(date);
        },
      ),
      { numRuns: 500 },
    );
  });
});
