import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type SumEquation, type Suppression, suppressSmallCells } from './small-cell-suppression.js';

/**
 * The attacker: every table of whole numbers, built from free counts by `build`, that
 * agrees with what was published (shown values, « < 5 » as 0–4, « s » as 5 or more).
 * Returns, for each hidden cell, the set of values it can still take.
 */
function attack(build: (free: number[]) => number[], freeCount: number, maxFree: number, published: (number | Suppression)[]) {
  const seen = published.map(() => new Set<number>());
  const free = new Array<number>(freeCount).fill(0);
  const visit = (index: number) => {
    if (index === freeCount) {
      const cells = build(free);
      const agrees = cells.every((value, i) => {
        const shown = published[i];
        if (shown === 'small') return value < 5;
        if (shown === 'complementary') return value >= 5;
        return value === shown;
      });
      if (agrees) {
        for (const [i, value] of cells.entries()) seen[i]?.add(value);
      }
      return;
    }
    for (let value = 0; value <= maxFree; value++) {
      free[index] = value;
      visit(index + 1);
    }
  };
  visit(0);
  return seen;
}

function publish(values: number[], marks: Suppression[]) {
  return values.map((value, i) => marks[i] ?? value);
}

function expectNoHiddenCellDisclosed(values: number[], marks: Suppression[], seen: Set<number>[]) {
  marks.forEach((mark, i) => {
    if (mark !== null) expect(seen[i]?.size, `cell ${i} (${values[i]}) can be worked out`).toBeGreaterThan(1);
  });
}

/** A cohort split into respondents and others; respondents split two ways (three and two categories). */
function cohortBlock([a1 = 0, a2 = 0, a3 = 0, b1 = 0, others = 0]: number[]) {
  const respondents = a1 + a2 + a3;
  const b2 = Math.max(respondents - b1, 0);
  // Cells: 0 cohort, 1 respondents, 2 others, 3-5 a, 6-7 b.
  return [respondents + others, respondents, others, a1, a2, a3, Math.min(b1, respondents), b2];
}
const cohortEquations: SumEquation[] = [
  { total: 0, parts: [1, 2] },
  { total: 1, parts: [3, 4, 5] },
  { total: 1, parts: [6, 7] },
];

describe('suppressSmallCells', () => {
  it('shows every cell when none is under 5', () => {
    expect(suppressSmallCells([12, 7, 5], [{ total: 0, parts: [1, 2] }])).toEqual([null, null, null]);
  });

  it('hides a cell under 5 as small, and the other part of its total so that the total cannot give it away', () => {
    expect(suppressSmallCells([12, 3, 9], [{ total: 0, parts: [1, 2] }])).toEqual([null, 'small', 'complementary']);
  });

  it('counts zero as under 5', () => {
    expect(suppressSmallCells([9, 0, 9], [{ total: 0, parts: [1, 2] }])).toEqual([null, 'small', 'complementary']);
  });

  it('hides more when two small cells can only be 4 and 4 (their sum, 8, is known)', () => {
    const values = [18, 4, 4, 10];
    const marks = suppressSmallCells(values, [{ total: 0, parts: [1, 2, 3] }]);
    expect(marks).toEqual([null, 'small', 'small', 'complementary']);
  });

  it('hides more when two small cells can only be 0 and 0', () => {
    expect(suppressSmallCells([7, 0, 0, 7], [{ total: 0, parts: [1, 2, 3] }])).toEqual([null, 'small', 'small', 'complementary']);
  });

  it('leaves two small cells hidden alone when their sum could be split several ways', () => {
    expect(suppressSmallCells([15, 2, 3, 10], [{ total: 0, parts: [1, 2, 3] }])).toEqual([null, 'small', 'small', null]);
  });

  it('hides a small total, and so its parts (every part is then small too)', () => {
    expect(suppressSmallCells([3, 1, 2], [{ total: 0, parts: [1, 2] }])).toEqual(['small', 'small', 'small']);
  });

  it('protects a cell shared by two equations: respondents hidden in one split stay hidden in the other', () => {
    // Respondents (6) are shown; one category of each split is small.
    const values = cohortBlock([2, 2, 2, 1, 9]);
    const marks = suppressSmallCells(values, cohortEquations);
    expectNoHiddenCellDisclosed(values, marks, attack(cohortBlock, 5, 12, publish(values, marks)));
  });

  it('protects the cells of a two-way table with its margins (territories × categories), as a differencing reader sees it', () => {
    // Rows: territory A, territory B, département; columns: category x, y, total.
    const build = ([ax = 0, ay = 0, bx = 0, by = 0]: number[]) => [ax, ay, ax + ay, bx, by, bx + by, ax + bx, ay + by, ax + ay + bx + by];
    const equations: SumEquation[] = [
      { total: 2, parts: [0, 1] },
      { total: 5, parts: [3, 4] },
      { total: 8, parts: [6, 7] },
      { total: 6, parts: [0, 3] },
      { total: 7, parts: [1, 4] },
      { total: 8, parts: [2, 5] },
    ];
    for (const free of [
      [1, 9, 8, 7],
      [4, 6, 6, 4],
      [0, 9, 9, 0],
      [2, 2, 9, 9],
      [5, 5, 5, 1],
    ]) {
      const values = build(free);
      const marks = suppressSmallCells(values, equations);
      expect(marks.some((mark) => mark !== null)).toBe(true);
      expectNoHiddenCellDisclosed(values, marks, attack(build, 4, 20, publish(values, marks)));
    }
  });

  it('never lets a hidden cell of a cohort block be worked out (random blocks, exhaustive reader)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 7 }), { minLength: 5, maxLength: 5 }), (free) => {
        const values = cohortBlock(free);
        const marks = suppressSmallCells(values, cohortEquations);
        values.forEach((value, i) => {
          if (value < 5) expect(marks[i]).toBe('small');
          if (marks[i] === 'complementary') expect(value).toBeGreaterThanOrEqual(5);
        });
        expectNoHiddenCellDisclosed(values, marks, attack(cohortBlock, 5, 9, publish(values, marks)));
      }),
      { numRuns: 40, seed: 14 },
    );
  });
});
