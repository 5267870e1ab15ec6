import { describe, expect, it } from 'vitest';
import { type ToDoFacts, toDoList, votesWaiting, withVotes } from './to-do.js';

const today = '2026-11-29';
const now = new Date('2026-11-29T18:41:00.000Z'); // 19 h 41 in Paris, on `today`

/** A file where nothing waits: plan signed, entretien held, grid sent last month, housing shared. */
function quiet(overrides: Partial<ToDoFacts> = {}): ToDoFacts {
  return {
    planStatus: 'signe',
    entretien17: { scheduledOn: '2025-04-30', heldOn: '2025-04-30' },
    entretien17Owed: true,
    preparation: { answered: 0, shared: false },
    grid: { draftAnswered: 0, lastSentOn: '2026-11-01' },
    housing: { projectStarted: true, projectShared: true, proposals: 0, alert: null },
    supportDecisions: [],
    // 17 years old: no check-in of 19 or 21 anywhere near.
    checkIns: { birthDate: '2009-05-01', done: {} },
    ...overrides,
  };
}

const consultation = (id: string, closesAt: string, hasVoted = false) => ({
  committeeId: 'c1',
  consultationId: id,
  title: `Consultation ${id}`,
  opensAt: '2026-11-01T08:00:00.000Z',
  closesAt,
  closedAt: null,
  publishedAt: null,
  hasVoted,
});

describe('toDoList', () => {
  it('is empty when nothing waits', () => {
    expect(toDoList(quiet(), today)).toEqual([]);
  });

  it('asks to sign a proposed plan, first, and never a draft, a signed plan or a change asked', () => {
    expect(toDoList(quiet({ planStatus: 'propose', grid: { draftAnswered: 3, lastSentOn: null } }), today)[0]).toEqual({
      kind: 'plan_to_sign',
    });
    for (const planStatus of ['brouillon', 'signe', 'modification_demandee', null] as const) {
      expect(toDoList(quiet({ planStatus }), today)).toEqual([]);
    }
  });

  it('lists open votes not cast yet, soonest to close first; never one cast, closed, published or not open yet', () => {
    const votes = votesWaiting(
      [
        consultation('late', '2026-12-20T18:00:00.000Z'),
        consultation('soon', '2026-12-01T18:00:00.000Z'),
        consultation('voted', '2026-12-02T18:00:00.000Z', true),
        consultation('over', '2026-11-29T18:41:00.000Z'),
        { ...consultation('published', '2026-12-02T18:00:00.000Z'), publishedAt: '2026-11-20T08:00:00.000Z' },
        { ...consultation('closed', '2026-12-02T18:00:00.000Z'), closedAt: '2026-11-20T08:00:00.000Z' },
        { ...consultation('future', '2026-12-30T18:00:00.000Z'), opensAt: '2026-12-01T08:00:00.000Z' },
      ],
      now,
    );
    expect(votes.map((vote) => vote.consultationId)).toEqual(['soon', 'late']);
    expect(votes[0]).toEqual({
      kind: 'vote',
      committeeId: 'c1',
      consultationId: 'soon',
      title: 'Consultation soon',
      closesAt: '2026-12-01T18:00:00.000Z',
    });
  });

  it('puts votes after a plan to sign and before everything else', () => {
    const [vote] = votesWaiting([consultation('k', '2026-12-01T18:00:00.000Z')], now);
    if (!vote) throw new Error('a vote was expected');
    const rest = toDoList(quiet({ planStatus: 'propose', grid: { draftAnswered: 2, lastSentOn: null } }), today);
    expect(withVotes(rest, [vote]).map((item) => item.kind)).toEqual(['plan_to_sign', 'vote', 'self_assessment_send']);
    expect(withVotes(rest.slice(1), [vote]).map((item) => item.kind)).toEqual(['vote', 'self_assessment_send']);
    expect(withVotes([], [vote])).toEqual([vote]);
  });

  it('shows the entretien to come with its preparation, from today on, until it is held', () => {
    const facts = quiet({ entretien17: { scheduledOn: '2026-12-20', heldOn: null }, preparation: { answered: 4, shared: false } });
    expect(toDoList(facts, today)).toEqual([{ kind: 'entretien', scheduledOn: '2026-12-20', answered: 4, preparationShared: false }]);
    expect(toDoList({ ...facts, entretien17: { scheduledOn: today, heldOn: null } }, today)[0]).toMatchObject({ scheduledOn: today });
    // Shared already: the date still waits for them.
    expect(toDoList({ ...facts, preparation: { answered: 4, shared: true } }, today)).toHaveLength(1);
    expect(toDoList({ ...facts, entretien17: { scheduledOn: '2026-12-20', heldOn: '2026-11-28' } }, today)).toEqual([]);
  });

  it('asks to prepare when no date is set or the date has passed unheld, until the preparation is shared', () => {
    const noDate = quiet({ entretien17: null, preparation: { answered: 0, shared: false } });
    expect(toDoList(noDate, today)).toEqual([{ kind: 'entretien', scheduledOn: null, answered: 0, preparationShared: false }]);
    const passed = quiet({ entretien17: { scheduledOn: '2026-11-28', heldOn: null } });
    expect(toDoList(passed, today)[0]).toMatchObject({ kind: 'entretien', scheduledOn: null });
    expect(toDoList({ ...noDate, preparation: { answered: 12, shared: true } }, today)).toEqual([]);
  });

  it('never mentions an entretien that is no longer owed', () => {
    expect(toDoList(quiet({ entretien17: null, entretien17Owed: false }), today)).toEqual([]);
  });

  it('asks to send a self-assessment with answers, else to fill one when none was sent or the last is over six months old', () => {
    expect(toDoList(quiet({ grid: { draftAnswered: 5, lastSentOn: '2026-11-01' } }), today)).toEqual([
      { kind: 'self_assessment_send', answered: 5 },
    ]);
    expect(toDoList(quiet({ grid: { draftAnswered: 0, lastSentOn: null } }), today)).toEqual([
      { kind: 'self_assessment_fill', lastSentOn: null },
    ]);
    // 182 days ago: a new one is due; 181 days ago: not yet.
    expect(toDoList(quiet({ grid: { draftAnswered: 0, lastSentOn: '2026-05-31' } }), today)).toHaveLength(1);
    expect(toDoList(quiet({ grid: { draftAnswered: 0, lastSentOn: '2026-06-01' } }), today)).toEqual([]);
  });

  it('names the housing step: a proposal, a project to share, or one to start while the alert runs', () => {
    const alert = { endsOn: '2027-01-29', basis: 'careEnd' as const, daysLeft: 61 };
    expect(toDoList(quiet({ housing: { projectStarted: true, projectShared: true, proposals: 2, alert: null } }), today)).toEqual([
      { kind: 'housing_proposal', count: 2 },
    ]);
    expect(toDoList(quiet({ housing: { projectStarted: true, projectShared: false, proposals: 0, alert: null } }), today)).toEqual([
      { kind: 'housing_share' },
    ]);
    expect(toDoList(quiet({ housing: { projectStarted: false, projectShared: false, proposals: 0, alert } }), today)).toEqual([
      { kind: 'housing_start', endsOn: '2027-01-29' },
    ]);
    expect(toDoList(quiet({ housing: { projectStarted: false, projectShared: false, proposals: 0, alert: null } }), today)).toEqual([]);
  });

  it('shows a support decision for 30 days after it was taken', () => {
    const decided = (decidedOn: string) => quiet({ supportDecisions: [{ requestId: 'r1', outcome: 'refusee', decidedOn }] });
    expect(toDoList(decided(today), today)).toEqual([{ kind: 'support_decision', requestId: 'r1', outcome: 'refusee', decidedOn: today }]);
    expect(toDoList(decided('2026-10-31'), today)).toHaveLength(1);
    expect(toDoList(decided('2026-10-30'), today)).toEqual([]);
  });

  it('asks for the check-in of 19 from the birthday to three months after it, until answered or declined', () => {
    const at19 = (birthDate: string, done: ToDoFacts['checkIns']['done'] = {}) =>
      toDoList(quiet({ checkIns: { birthDate, done } }), today).filter((item) => item.kind === 'check_in');
    // 19 today (its window ends the day before 29 February, clamped to the 28th), and 19 three months ago less a day: open.
    expect(at19('2007-11-29')).toEqual([{ kind: 'check_in', age: 19, closesOn: '2027-02-27' }]);
    expect(at19('2007-08-30')).toEqual([{ kind: 'check_in', age: 19, closesOn: '2026-11-29' }]);
    // 19 tomorrow; 19 three months ago to the day: not open.
    expect(at19('2007-11-30')).toEqual([]);
    expect(at19('2007-08-29')).toEqual([]);
    // Answered or declined: not asked again.
    expect(at19('2007-11-20', { 19: { status: 'declined', on: '2026-11-21' } })).toEqual([]);
    expect(
      at19('2007-11-20', {
        19: {
          status: 'answered',
          on: '2026-11-21',
          answers: { housing: 'inconnu', resources: 'inconnu', activity: 'inconnu', healthCover: 'inconnu', someoneToCountOn: 'oui' },
        },
      }),
    ).toEqual([]);
    // 21, with the check-in of 19 never answered: the one of 21 is asked.
    expect(at19('2005-11-01')).toEqual([{ kind: 'check_in', age: 21, closesOn: '2027-01-31' }]);
  });

  it('orders the list: plan, entretien, housing proposal, decision, check-in, grid, housing project', () => {
    const items = toDoList(
      {
        planStatus: 'propose',
        entretien17: null,
        entretien17Owed: true,
        preparation: { answered: 0, shared: false },
        grid: { draftAnswered: 1, lastSentOn: null },
        housing: {
          projectStarted: false,
          projectShared: false,
          proposals: 1,
          alert: { endsOn: '2027-01-01', basis: 'careEnd', daysLeft: 33 },
        },
        supportDecisions: [{ requestId: 'r', outcome: 'accordee', decidedOn: today }],
        checkIns: { birthDate: '2007-11-20', done: {} },
      },
      today,
    );
    expect(items.map((item) => item.kind)).toEqual([
      'plan_to_sign',
      'entretien',
      'housing_proposal',
      'support_decision',
      'check_in',
      'self_assessment_send',
      'housing_start',
    ]);
  });
});
