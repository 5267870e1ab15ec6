import { describe, expect, it } from 'vitest';
import { parisDate } from './calendar-date.js';
import {
  checkRgpdAnswer,
  checkRgpdExtension,
  compareRgpdRequestsByDue,
  isLateRgpdRequest,
  isOpenRgpdRequest,
  nextRgpdStatuses,
  rgpdAnswerDueOn,
  rgpdExtendedDueOn,
  rgpdRequestDates,
} from './rgpd-requests.js';

describe('rgpdAnswerDueOn (one calendar month, art. 12.3)', () => {
  it('is the same day of the next month', () => {
    expect(rgpdAnswerDueOn('2026-03-15')).toBe('2026-04-15');
    expect(rgpdAnswerDueOn('2026-12-20')).toBe('2027-01-20');
  });

  it('is the last day of a shorter month when the next month has no such day', () => {
    expect(rgpdAnswerDueOn('2026-01-31')).toBe('2026-02-28');
    expect(rgpdAnswerDueOn('2028-01-31')).toBe('2028-02-29');
    expect(rgpdAnswerDueOn('2028-01-30')).toBe('2028-02-29');
    expect(rgpdAnswerDueOn('2026-03-31')).toBe('2026-04-30');
    expect(rgpdAnswerDueOn('2026-08-31')).toBe('2026-09-30');
  });

  it('keeps the day from the end of a short month', () => {
    expect(rgpdAnswerDueOn('2026-02-28')).toBe('2026-03-28');
    expect(rgpdAnswerDueOn('2028-02-29')).toBe('2028-03-29');
    expect(rgpdAnswerDueOn('2026-04-30')).toBe('2026-05-30');
  });
});

describe('rgpdRequestDates', () => {
  it('counts from the Paris day the request arrives, not the UTC one', () => {
    // 23:30 UTC on 31 January is already 1 February in Paris.
    expect(rgpdRequestDates(new Date('2026-01-31T23:30:00Z'))).toEqual({ receivedOn: '2026-02-01', dueOn: '2026-03-01' });
    expect(rgpdRequestDates(new Date('2026-01-31T10:00:00Z'))).toEqual({ receivedOn: '2026-01-31', dueOn: '2026-02-28' });
  });

  it('crosses the summer time change on Paris days', () => {
    // 22:30 UTC on 30 June is 00:30 on 1 July in Paris (UTC+2).
    expect(rgpdRequestDates(new Date('2026-06-30T22:30:00Z'))).toEqual({ receivedOn: '2026-07-01', dueOn: '2026-08-01' });
  });
});

describe('open and late requests', () => {
  it('keeps a request open until it is refused or done', () => {
    expect(isOpenRgpdRequest('en_attente')).toBe(true);
    expect(isOpenRgpdRequest('acceptee')).toBe(true);
    expect(isOpenRgpdRequest('refusee')).toBe(false);
    expect(isOpenRgpdRequest('traitee')).toBe(false);
  });

  it('is late the day after its due day, not on it, and never once closed', () => {
    const request = { status: 'en_attente' as const, dueOn: '2026-02-28' };
    expect(isLateRgpdRequest(request, '2026-02-28')).toBe(false);
    expect(isLateRgpdRequest(request, '2026-03-01')).toBe(true);
    expect(isLateRgpdRequest({ ...request, status: 'acceptee' }, '2026-03-01')).toBe(true);
    expect(isLateRgpdRequest({ ...request, status: 'traitee' }, '2026-03-01')).toBe(false);
    expect(isLateRgpdRequest({ ...request, status: 'refusee' }, '2026-03-01')).toBe(false);
  });

  it('orders by due day, so late ones come first', () => {
    const requests = [
      { id: 'B', dueOn: '2026-05-02' },
      { id: 'C', dueOn: '2026-04-01' },
      { id: 'A', dueOn: '2026-05-02' },
    ];
    expect([...requests].sort(compareRgpdRequestsByDue).map((request) => request.id)).toEqual(['C', 'A', 'B']);
  });
});

describe('checkRgpdAnswer', () => {
  it('lets a waiting request be accepted, refused with reasons or done', () => {
    expect(checkRgpdAnswer('en_attente', { status: 'acceptee' })).toBeNull();
    expect(checkRgpdAnswer('en_attente', { status: 'traitee', text: 'Corrigé' })).toBeNull();
    expect(checkRgpdAnswer('en_attente', { status: 'refusee', text: 'Mission de service public' })).toBeNull();
  });

  it('refuses a refusal without reasons, blank text included', () => {
    expect(checkRgpdAnswer('en_attente', { status: 'refusee' })).toBe('rgpdAnswer.refusalWithoutReasons');
    expect(checkRgpdAnswer('acceptee', { status: 'refusee', text: '   ' })).toBe('rgpdAnswer.refusalWithoutReasons');
  });

  it('lets an accepted request be done, and nothing follow a final answer', () => {
    expect(nextRgpdStatuses('acceptee')).toEqual(['traitee', 'refusee']);
    expect(checkRgpdAnswer('acceptee', { status: 'traitee' })).toBeNull();
    expect(checkRgpdAnswer('acceptee', { status: 'acceptee' })).toBe('rgpdRequest.invalidTransition');
    for (const final of ['refusee', 'traitee'] as const) {
      for (const status of ['acceptee', 'refusee', 'traitee'] as const) {
        expect(checkRgpdAnswer(final, { status, text: 'x' })).toBe('rgpdRequest.invalidTransition');
      }
    }
  });
});

describe('the extension of art. 12.3 (two more months, told within the first)', () => {
  it('makes a request due three calendar months after it was received, month ends counted as for one month', () => {
    expect(rgpdExtendedDueOn('2026-03-15')).toBe('2026-06-15');
    expect(rgpdExtendedDueOn('2026-11-30')).toBe('2027-02-28');
    expect(rgpdExtendedDueOn('2027-11-30')).toBe('2028-02-29');
  });

  const open = { status: 'en_attente' as const, receivedOn: '2026-03-15', extension: null };

  it('is allowed on an open request until the last day of its first month, that day included', () => {
    expect(checkRgpdExtension(open, '2026-03-15')).toBeNull();
    expect(checkRgpdExtension(open, '2026-04-15')).toBeNull();
    expect(checkRgpdExtension({ ...open, status: 'acceptee' }, '2026-04-01')).toBeNull();
  });

  it('counts the first month to the end of February for a request of 31 January, leap year or not, and three months to 30 April', () => {
    for (const [receivedOn, lastDay, dayAfter, extendedDue] of [
      ['2027-01-31', '2027-02-28', '2027-03-01', '2027-04-30'],
      ['2028-01-31', '2028-02-29', '2028-03-01', '2028-04-30'],
    ] as const) {
      const request = { status: 'en_attente' as const, receivedOn, extension: null };
      expect(checkRgpdExtension(request, lastDay)).toBeNull();
      expect(checkRgpdExtension(request, dayAfter)).toBe('rgpdRequest.extensionTooLate');
      expect(rgpdExtendedDueOn(receivedOn)).toBe(extendedDue);
    }
  });

  it('ends the first month at midnight in Paris, on either side of a change of time', () => {
    // Due 28 March 2026, the eve of the change to summer time: 23:30 in Paris is 22:30 UTC.
    const march = { status: 'en_attente' as const, receivedOn: '2026-02-28', extension: null };
    expect(checkRgpdExtension(march, parisDate(new Date('2026-03-28T22:30:00Z')))).toBeNull();
    expect(checkRgpdExtension(march, parisDate(new Date('2026-03-28T23:30:00Z')))).toBe('rgpdRequest.extensionTooLate');
    // Due 25 October 2026, the day back to winter time: 23:30 in Paris is 22:30 UTC again.
    const october = { status: 'en_attente' as const, receivedOn: '2026-09-25', extension: null };
    expect(checkRgpdExtension(october, parisDate(new Date('2026-10-25T22:30:00Z')))).toBeNull();
    expect(checkRgpdExtension(october, parisDate(new Date('2026-10-25T23:30:00Z')))).toBe('rgpdRequest.extensionTooLate');
  });

  it('is refused once the first month has run out, on a request already extended, and on one refused or done', () => {
    expect(checkRgpdExtension(open, '2026-04-16')).toBe('rgpdRequest.extensionTooLate');
    expect(checkRgpdExtension({ ...open, extension: { reasons: 'x' } }, '2026-03-20')).toBe('rgpdRequest.alreadyExtended');
    expect(checkRgpdExtension({ ...open, status: 'refusee' }, '2026-03-20')).toBe('rgpdRequest.invalidTransition');
    expect(checkRgpdExtension({ ...open, status: 'traitee' }, '2026-03-20')).toBe('rgpdRequest.invalidTransition');
  });
});
