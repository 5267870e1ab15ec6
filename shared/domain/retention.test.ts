import { describe, expect, it } from 'vitest';
import {
  activeSince,
  activeSinceAtLeast,
  activeUntil,
  canMoveFile,
  DECIDED_FILE_KIND,
  DEFAULT_RETENTION_SETTINGS,
  decideActiveFile,
  decisionReferenceNamesThePerson,
  dueSinceOnOrBefore,
  endOfIntermediateProblem,
  FILE_STATES,
  HELD_RECHECK_DAYS,
  intermediateUntil,
  isContactToRecord,
  isFinalState,
  isIntermediatePeriodOver,
  isPendingHousingApplication,
  isReadOnly,
  markersDeletedOn,
  markersDuePublishedOnOrBefore,
  type RetentionFacts,
  retentionSettingsProblem,
} from './retention.js';

const settings = DEFAULT_RETENTION_SETTINGS;
const nothingPending = { supportRequest: false, housingApplication: false, followUpInterview: false };

function facts(overrides: Partial<RetentionFacts> = {}): RetentionFacts {
  return {
    createdOn: '2020-01-10',
    lastContactOn: null,
    careEndDate: '2022-06-30',
    reopenedOn: null,
    pending: nothingPending,
    ...overrides,
  };
}

describe('activeSince', () => {
  it('runs from the end of care when the young person never came after it', () => {
    expect(activeSince(facts({ lastContactOn: '2022-05-01' }))).toBe('2022-06-30');
  });

  it('runs from the last contact when it is later than the end of care', () => {
    expect(activeSince(facts({ lastContactOn: '2023-02-14' }))).toBe('2023-02-14');
  });

  it('runs from the creation of a file made after care ended', () => {
    expect(activeSince(facts({ createdOn: '2023-03-01', careEndDate: '2022-06-30' }))).toBe('2023-03-01');
  });

  it('runs from a reopening of the file, later than any contact', () => {
    expect(activeSince(facts({ lastContactOn: '2023-02-14', reopenedOn: '2025-04-01' }))).toBe('2025-04-01');
  });

  it('has no start while care has not ended', () => {
    expect(activeSince(facts({ careEndDate: null, lastContactOn: '2021-01-01' }))).toBeNull();
  });

  it('runs from a care end still to come (a support granted to 21)', () => {
    expect(activeSince(facts({ careEndDate: '2031-04-02', lastContactOn: '2026-11-29' }))).toBe('2031-04-02');
  });
});

describe('activeSinceAtLeast', () => {
  it('never comes after activeSince, whatever the contact', () => {
    for (const lastContactOn of [null, '2019-12-31', '2022-06-30', '2025-01-01']) {
      const bound = activeSinceAtLeast('2020-01-10', '2022-06-30');
      const since = activeSince(facts({ lastContactOn }));
      expect(bound).not.toBeNull();
      expect(since).not.toBeNull();
      expect(String(bound) <= String(since)).toBe(true);
    }
  });

  it('is null while care has not ended, so the file is not indexed', () => {
    expect(activeSinceAtLeast('2020-01-10', null)).toBeNull();
  });
});

describe('the active period', () => {
  it('lasts the département’s years to the day before the anniversary', () => {
    expect(activeUntil('2022-06-30', settings)).toBe('2024-06-29');
    expect(activeUntil('2022-06-30', { ...settings, activeYears: 3 })).toBe('2025-06-29');
  });

  it('from 29 February ends on 28 February two years later', () => {
    expect(activeUntil('2024-02-29', settings)).toBe('2026-02-28');
  });

  it('is over for every index date on or before today minus the period', () => {
    expect(dueSinceOnOrBefore('2024-06-30', settings)).toBe('2022-06-30');
    expect(activeUntil(dueSinceOnOrBefore('2024-06-30', settings), settings) < '2024-06-30').toBe(true);
  });
});

describe('decideActiveFile', () => {
  it('keeps a file on the last day of its active period and archives it the next day', () => {
    const file = facts({ lastContactOn: '2022-09-15' });
    expect(decideActiveFile(file, settings, '2024-09-14')).toEqual({
      kind: 'keep',
      reviewOn: '2024-09-15',
      sinceOn: '2022-09-15',
      heldBy: null,
    });
    expect(decideActiveFile(file, settings, '2024-09-15')).toEqual({ kind: 'archive' });
  });

  it('keeps a file the young person came back to, until two years after that contact', () => {
    const decision = decideActiveFile(facts({ lastContactOn: '2024-01-20' }), settings, '2024-07-01');
    expect(decision).toEqual({ kind: 'keep', reviewOn: '2026-01-20', sinceOn: '2024-01-20', heldBy: null });
  });

  it('follows the département’s active period', () => {
    expect(decideActiveFile(facts(), { ...settings, activeYears: 3 }, '2024-07-01').kind).toBe('keep');
    expect(decideActiveFile(facts(), { ...settings, activeYears: 1 }, '2023-06-30').kind).toBe('archive');
  });

  it.each([
    ['supportRequest', { ...nothingPending, supportRequest: true }],
    ['housingApplication', { ...nothingPending, housingApplication: true }],
    ['followUpInterview', { ...nothingPending, followUpInterview: true }],
  ] as const)('keeps a due file while a %s is pending, looked at again a week later', (holder, pending) => {
    const today = '2025-03-03';
    const decision = decideActiveFile(facts({ pending }), settings, today);
    expect(decision).toEqual({ kind: 'keep', reviewOn: '2025-03-10', sinceOn: '2023-03-10', heldBy: holder });
    // The index date it gets makes the file due again exactly on its review day.
    if (decision.kind !== 'keep' || decision.sinceOn === null) throw new Error('kept with a date');
    expect(dueSinceOnOrBefore('2025-03-09', settings) < decision.sinceOn).toBe(true);
    expect(dueSinceOnOrBefore('2025-03-10', settings)).toBe(decision.sinceOn);
    expect(HELD_RECHECK_DAYS).toBe(7);
  });

  it('does not let a pending item keep a file whose period is not over: the dates decide first', () => {
    const decision = decideActiveFile(
      facts({ lastContactOn: '2024-01-20', pending: { ...nothingPending, supportRequest: true } }),
      settings,
      '2024-07-01',
    );
    expect(decision).toEqual({ kind: 'keep', reviewOn: '2026-01-20', sinceOn: '2024-01-20', heldBy: null });
  });

  it('keeps a file whose care has not ended out of the index, however old its last contact', () => {
    expect(decideActiveFile(facts({ careEndDate: null, lastContactOn: '2015-01-01' }), settings, '2026-11-29')).toEqual({
      kind: 'keep',
      reviewOn: null,
      sinceOn: null,
      heldBy: 'careNotEnded',
    });
  });

  it('archives once the pending item is settled', () => {
    expect(decideActiveFile(facts(), settings, '2025-03-10')).toEqual({ kind: 'archive' });
  });
});

describe('the intermediate archive', () => {
  it('lasts the département’s years, then the admins decide', () => {
    expect(intermediateUntil('2024-09-15', settings)).toBe('2034-09-14');
    expect(isIntermediatePeriodOver('2024-09-15', settings, '2034-09-14')).toBe(false);
    expect(isIntermediatePeriodOver('2024-09-15', settings, '2034-09-15')).toBe(true);
    expect(isIntermediatePeriodOver('2024-09-15', { ...settings, intermediateYears: 5 }, '2029-09-15')).toBe(true);
  });
});

describe('the end of the intermediate period', () => {
  const archived = { fileState: 'archive_intermediaire' as const, archivedOn: '2024-09-15' };

  it('lets the admins decide from the day after the last day of the intermediate archive, not before', () => {
    expect(endOfIntermediateProblem(archived, settings, '2034-09-14')).toBe('periodNotOver');
    expect(endOfIntermediateProblem(archived, settings, '2034-09-15')).toBeNull();
  });

  it('follows the département’s years (its archives’ retention schedule)', () => {
    expect(endOfIntermediateProblem(archived, { ...settings, intermediateYears: 1 }, '2025-09-14')).toBe('periodNotOver');
    expect(endOfIntermediateProblem(archived, { ...settings, intermediateYears: 1 }, '2025-09-15')).toBeNull();
  });

  it('ends a year from 29 February on 28 February of a common year, as birthdays move to 1 March', () => {
    const leap = { fileState: 'archive_intermediaire' as const, archivedOn: '2028-02-29' };
    expect(endOfIntermediateProblem(leap, { ...settings, intermediateYears: 1 }, '2029-02-28')).toBe('periodNotOver');
    expect(endOfIntermediateProblem(leap, { ...settings, intermediateYears: 1 }, '2029-03-01')).toBeNull();
  });

  it('refuses a file that is not in the intermediate archive, whatever its dates', () => {
    for (const fileState of ['actif', 'verse_aux_archives', 'detruit'] as const) {
      expect(endOfIntermediateProblem({ fileState, archivedOn: '2000-01-01' }, settings, '2040-01-01')).toBe('notArchived');
    }
    expect(endOfIntermediateProblem({ fileState: 'archive_intermediaire', archivedOn: null }, settings, '2040-01-01')).toBe('notArchived');
  });

  it('ends in one of two final states', () => {
    expect(FILE_STATES.filter(isFinalState)).toEqual(['verse_aux_archives', 'detruit']);
    expect(DECIDED_FILE_KIND).not.toMatch(/\s/);
  });
});

describe('decisionReferenceNamesThePerson', () => {
  const names = { firstName: 'Inès', lastName: 'Le Gall-Durand' };

  it('finds a first or last name in the reference, accents and case aside', () => {
    expect(decisionReferenceNamesThePerson('Visa AD62 2038-114 ines', names)).toBe(true);
    expect(decisionReferenceNamesThePerson('Bordereau DURAND n° 12', names)).toBe(true);
  });

  it('accepts a reference that names no one', () => {
    expect(decisionReferenceNamesThePerson('Visa AD62 n° 2038-114', names)).toBe(false);
    // A word that merely contains the name is not the name.
    expect(decisionReferenceNamesThePerson('Visa 2038 inesperé', names)).toBe(false);
  });
});

describe('file states', () => {
  it('moves only forward, save a reopening from the intermediate archive', () => {
    const allowed = FILE_STATES.flatMap((from) => FILE_STATES.filter((to) => canMoveFile(from, to)).map((to) => `${from}→${to}`));
    expect(allowed).toEqual([
      'actif→archive_intermediaire',
      'archive_intermediaire→actif',
      'archive_intermediaire→verse_aux_archives',
      'archive_intermediaire→detruit',
    ]);
  });

  it('leaves only an active file writable', () => {
    expect(FILE_STATES.filter((state) => !isReadOnly(state))).toEqual(['actif']);
  });
});

describe('pending housing applications', () => {
  it('counts an application sent and not settled, never a draft or a settled one', () => {
    expect(isPendingHousingApplication('deposee')).toBe(true);
    expect(isPendingHousingApplication('en_instruction')).toBe(true);
    expect(isPendingHousingApplication('proposition')).toBe(true);
    expect(isPendingHousingApplication('acceptee')).toBe(true);
    expect(isPendingHousingApplication('brouillon')).toBe(false);
    expect(isPendingHousingApplication('entree_dans_les_lieux')).toBe(false);
    expect(isPendingHousingApplication('annulee')).toBe(false);
    expect(isPendingHousingApplication('refusee_par_le_partenaire')).toBe(false);
  });
});

describe('recording a contact', () => {
  it('writes at most once a day', () => {
    expect(isContactToRecord(null, '2026-11-29')).toBe(true);
    expect(isContactToRecord('2026-11-28', '2026-11-29')).toBe(true);
    expect(isContactToRecord('2026-11-29', '2026-11-29')).toBe(false);
  });
});

describe('retentionSettingsProblem', () => {
  it('takes whole years within the limits', () => {
    expect(retentionSettingsProblem({ activeYears: 2, intermediateYears: 10, markersYears: 1 })).toBeNull();
    expect(retentionSettingsProblem({ activeYears: 0, intermediateYears: 10, markersYears: 1 })?.path).toBe('activeYears');
    expect(retentionSettingsProblem({ activeYears: 1.5, intermediateYears: 10, markersYears: 1 })?.path).toBe('activeYears');
    expect(retentionSettingsProblem({ activeYears: 2, intermediateYears: 101, markersYears: 1 })?.path).toBe('intermediateYears');
    expect(retentionSettingsProblem({ activeYears: 2, intermediateYears: 10, markersYears: 0 })?.path).toBe('markersYears');
    expect(retentionSettingsProblem({ activeYears: 2, intermediateYears: 10, markersYears: 6 })?.path).toBe('markersYears');
  });
});

describe('markers of a published consultation', () => {
  const settings = { activeYears: 2, intermediateYears: 10, markersYears: 1 };
  it('are deleted a year after the publication day, not the day before', () => {
    expect(markersDeletedOn('2026-03-15', settings)).toBe('2027-03-15');
    expect(markersDuePublishedOnOrBefore('2027-03-14', settings) < '2026-03-15').toBe(true);
    expect(markersDuePublishedOnOrBefore('2027-03-15', settings)).toBe('2026-03-15');
  });
  it('follow the département setting', () => {
    expect(markersDeletedOn('2026-03-15', { ...settings, markersYears: 3 })).toBe('2029-03-15');
    expect(markersDuePublishedOnOrBefore('2029-03-15', { ...settings, markersYears: 3 })).toBe('2026-03-15');
  });
});
