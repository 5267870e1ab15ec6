import { describe, expect, it } from 'vitest';
import type { IndicatorRow, IndicatorTable } from '../api/types';
import { cellSpoken, cellText, overviewRates, shareText, yearOptions } from './indicators-words';

const row = (
  id: string,
  count: number | null,
  suppressed: IndicatorRow['suppressed'] = null,
  share: number | null = null,
): IndicatorRow => ({
  id,
  label: id,
  group: null,
  count,
  suppressed,
  share,
});

describe('indicator cells', () => {
  it('shows a count, « < 5 » for a small cell and « s » for a cell hidden to protect it', () => {
    expect(cellText(row('a', 1234))).toBe('1\u202f234');
    expect(cellText(row('a', null, 'small'))).toBe('< 5');
    expect(cellText(row('a', null, 'complementary'))).toBe('s');
  });

  it('says each in words for a screen reader', () => {
    expect(cellSpoken(row('a', 1))).toBe('1 jeune');
    expect(cellSpoken(row('a', 12))).toBe('12 jeunes');
    expect(cellSpoken(row('a', null, 'small'))).toBe('moins de 5 jeunes, nombre masqué');
    expect(cellSpoken(row('a', null, 'complementary'))).toBe('masqué par secret statistique');
  });

  it('writes a share with a decimal comma and a narrow no-break space before %', () => {
    expect(shareText(62.5)).toBe('62,5\u202f%');
    expect(shareText(100)).toBe('100\u202f%');
    expect(shareText(null)).toBe('');
  });
});

describe('the overview chart', () => {
  it('pairs each rubric’s cohort with the part reached, leaving out rubrics without one', () => {
    const table: IndicatorTable = {
      year: 2026,
      territory: null,
      territories: [],
      computedOn: '2026-11-29',
      sections: [
        { id: 'sorties', title: 'Sorties', rows: [row('sorties.cohorte', 12), row('sorties.renseigne', 9, null, 75)] },
        { id: 'bilan19', title: '19 ans', rows: [row('bilan19.cohorte', null, 'small'), row('bilan19.repondu', null, 'small')] },
        { id: 'cej', title: 'CEJ', rows: [row('cej.propose', 7)] },
      ],
    };
    const rates = overviewRates(table);
    expect(rates.map((rate) => [rate.id, rate.cohort.count, rate.reached.count, rate.reached.share])).toEqual([
      ['sorties.renseigne', 12, 9, 75],
      ['bilan19.repondu', null, null, null],
    ]);
  });

  it('offers this year and the five before, newest first', () => {
    expect(yearOptions(2026)).toEqual([2026, 2025, 2024, 2023, 2022, 2021]);
  });
});
