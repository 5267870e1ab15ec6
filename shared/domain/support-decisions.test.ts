import { describe, expect, it } from 'vitest';
import {
  canDecide,
  careEndDateAfter,
  checkSupportDecision,
  checkSupportRequest,
  firstAugust31OnOrAfter,
  latestPossibleEnd,
  supportLimits,
} from './support-decisions.js';

// Born 10 March 2006: 18 on 2024-03-10, 21 on 2027-03-10, school year ends 2027-08-31.
const birthDate = '2006-03-10';

function breachPaths(result: ReturnType<typeof checkSupportDecision>) {
  return result.ok ? [] : result.breaches.map((breach) => breach.path);
}

describe('support limits', () => {
  it('places the end of the school year on the first 31 August on or after the 21st birthday', () => {
    expect(supportLimits(birthDate)).toEqual({ age18: '2024-03-10', age21: '2027-03-10', latestSchoolYearEnd: '2027-08-31' });
  });

  it('leaves no extension to someone whose 21st birthday is on 31 August', () => {
    expect(firstAugust31OnOrAfter('2027-08-31')).toBe('2027-08-31');
  });

  it('runs to the next 31 August for a 21st birthday on 1 September', () => {
    expect(firstAugust31OnOrAfter('2027-09-01')).toBe('2028-08-31');
  });

  it('counts a 29 February birth as reaching 21 on 1 March', () => {
    expect(supportLimits('2004-02-29').age21).toBe('2025-03-01');
  });

  it('gives the latest end with and without the extension', () => {
    expect(latestPossibleEnd(birthDate, false)).toBe('2027-03-10');
    expect(latestPossibleEnd(birthDate, true)).toBe('2027-08-31');
  });
});

describe('requests', () => {
  const facts = { birthDate, careEndDate: '2024-03-10', hasGrantedSupport: false, today: '2024-01-15' };

  it('takes a first request before majority', () => {
    expect(checkSupportRequest('premiere', facts)).toBeNull();
  });

  it('takes a request the day before the 21st birthday and refuses it on the birthday', () => {
    expect(checkSupportRequest('retour', { ...facts, today: '2027-03-09' })).toBeNull();
    expect(checkSupportRequest('retour', { ...facts, today: '2027-03-10' })).toBe('supportRequest.after21');
    expect(checkSupportRequest('renouvellement', { ...facts, hasGrantedSupport: true, today: '2027-04-01' })).toBe(
      'supportRequest.after21',
    );
  });

  it('takes a return only once care has ended, after majority', () => {
    expect(checkSupportRequest('retour', { ...facts, today: '2024-03-09' })).toBe('supportRequest.returnNotOpen');
    expect(checkSupportRequest('retour', { ...facts, today: '2024-03-10' })).toBeNull();
    expect(checkSupportRequest('retour', { ...facts, careEndDate: null, today: '2025-01-01' })).toBe('supportRequest.returnNotOpen');
    expect(checkSupportRequest('retour', { ...facts, careEndDate: '2025-06-30', today: '2025-01-01' })).toBe(
      'supportRequest.returnNotOpen',
    );
  });

  it('renews only a support that was granted, and calls a first request a first request', () => {
    expect(checkSupportRequest('renouvellement', facts)).toBe('supportRequest.nothingToRenew');
    expect(checkSupportRequest('renouvellement', { ...facts, hasGrantedSupport: true })).toBeNull();
    expect(checkSupportRequest('premiere', { ...facts, hasGrantedSupport: true })).toBe('supportRequest.grantedBefore');
  });
});

describe('decisions', () => {
  const facts = { birthDate, today: '2024-02-01' };

  it('grants support from the 18th birthday to the 21st birthday', () => {
    const result = checkSupportDecision(
      { outcome: 'accordee', startsOn: '2024-03-10', endsOn: '2027-03-10', conditions: '  Suivre la formation  ' },
      facts,
    );
    expect(result).toEqual({
      ok: true,
      decision: {
        outcome: 'accordee',
        startsOn: '2024-03-10',
        endsOn: '2027-03-10',
        conditions: 'Suivre la formation',
        reasons: null,
        schoolYearExtension: false,
        decidedOn: '2024-02-01',
        contestBy: null,
      },
    });
  });

  it('refuses an end the day after the 21st birthday without the school-year extension', () => {
    const result = checkSupportDecision({ outcome: 'accordee', startsOn: '2024-03-10', endsOn: '2027-03-11' }, facts);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.breaches.map((breach) => breach.code)).toEqual(['supportDecision.after21']);
  });

  it('accepts the extension up to the first 31 August on or after the 21st birthday, not a day more', () => {
    const extended = { outcome: 'accordee' as const, startsOn: '2024-03-10', schoolYearExtension: true };
    expect(checkSupportDecision({ ...extended, endsOn: '2027-08-31' }, facts).ok).toBe(true);
    const late = checkSupportDecision({ ...extended, endsOn: '2027-09-01' }, facts);
    expect(late.ok ? [] : late.breaches.map((breach) => breach.code)).toEqual(['supportDecision.afterSchoolYear']);
  });

  it('gives no extension to a 21st birthday on 31 August', () => {
    const result = checkSupportDecision(
      { outcome: 'accordee', startsOn: '2024-08-31', endsOn: '2027-09-01', schoolYearExtension: true },
      { birthDate: '2006-08-31', today: '2024-08-01' },
    );
    expect(breachPaths(result)).toEqual(['endsOn']);
  });

  it('refuses an extension flag on an end before 21', () => {
    const result = checkSupportDecision(
      { outcome: 'accordee', startsOn: '2024-03-10', endsOn: '2025-03-09', schoolYearExtension: true },
      facts,
    );
    expect(breachPaths(result)).toEqual(['schoolYearExtension']);
  });

  it('refuses a start before majority or at 21, an end before the start or already past', () => {
    expect(breachPaths(checkSupportDecision({ outcome: 'accordee', startsOn: '2024-03-09', endsOn: '2025-03-09' }, facts))).toEqual([
      'startsOn',
    ]);
    expect(breachPaths(checkSupportDecision({ outcome: 'accordee', startsOn: '2027-03-10', endsOn: '2027-03-10' }, facts))).toEqual([
      'startsOn',
      'endsOn',
    ]);
    expect(
      breachPaths(
        checkSupportDecision({ outcome: 'accordee', startsOn: '2024-03-10', endsOn: '2024-06-30' }, { birthDate, today: '2024-07-01' }),
      ),
    ).toEqual(['endsOn']);
    expect(breachPaths(checkSupportDecision({ outcome: 'accordee' }, facts))).toEqual(['startsOn', 'endsOn']);
  });

  it('rejects a refusal without reasons, even blank ones', () => {
    for (const reasons of [undefined, '', '   ']) {
      const result = checkSupportDecision({ outcome: 'refusee', reasons }, facts);
      expect(result.ok ? [] : result.breaches.map((breach) => breach.code)).toEqual(['supportDecision.refusalWithoutReasons']);
    }
  });

  it('dates a refusal and gives two months to contest it', () => {
    const result = checkSupportDecision({ outcome: 'refusee', reasons: ' Ressources suffisantes ' }, { birthDate, today: '2024-12-31' });
    expect(result).toMatchObject({
      ok: true,
      decision: { reasons: 'Ressources suffisantes', decidedOn: '2024-12-31', contestBy: '2025-02-28' },
    });
  });

  it('keeps dates and conditions out of a refusal and reasons out of a grant', () => {
    expect(breachPaths(checkSupportDecision({ outcome: 'refusee', reasons: 'Motif', endsOn: '2025-01-01' }, facts))).toEqual(['endsOn']);
    expect(
      breachPaths(checkSupportDecision({ outcome: 'accordee', startsOn: '2024-03-10', endsOn: '2025-03-09', reasons: 'x' }, facts)),
    ).toEqual(['reasons']);
  });

  it('decides a pending or refused request again, never a granted one', () => {
    expect(canDecide('en_attente')).toBe(true);
    expect(canDecide('refusee')).toBe(true);
    expect(canDecide('accordee')).toBe(false);
  });

  it('moves the care end date to the end of a grant and leaves it on a refusal', () => {
    const grant = checkSupportDecision({ outcome: 'accordee', startsOn: '2024-03-10', endsOn: '2025-03-09' }, facts);
    const refusal = checkSupportDecision({ outcome: 'refusee', reasons: 'Motif' }, facts);
    if (!grant.ok || !refusal.ok) throw new Error('setup');
    expect(careEndDateAfter(grant.decision, '2024-03-10')).toBe('2025-03-09');
    expect(careEndDateAfter(refusal.decision, '2024-03-10')).toBe('2024-03-10');
  });
});
