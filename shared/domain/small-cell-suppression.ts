/**
 * Statistical disclosure control for tables of counts of young people: a cell counted
 * from fewer than `SMALL_CELL_THRESHOLD` young people is hidden (« < 5 », primary
 * suppression), and further cells are hidden (« s », complementary suppression) until no
 * hidden cell can be worked out from the totals and the cells still shown.
 *
 * The table is a list of counts and a list of equations `total = sum of parts` between
 * them (a row total, a column total, a cohort split into who answered and who did not).
 * A reader knows every equation, the shown values, that « < 5 » means 0 to 4 and that
 * « s » means 5 or more. From this, the bounds every hidden cell can take are narrowed
 * equation by equation until nothing moves; a hidden cell whose bounds meet is
 * disclosed, and the smallest cell still shown in one of its equations is hidden too.
 */

/** Counts below this are never shown. */
export const SMALL_CELL_THRESHOLD = 5;

export type Suppression = 'small' | 'complementary' | null;

/** `values[total] = sum of values[parts]`, by index into the table's cells. */
export interface SumEquation {
  total: number;
  parts: readonly number[];
}

interface Bounds {
  lo: number[];
  hi: number[];
}

/** The values a reader can still attribute to each cell, given what is shown. */
export function readerBounds(
  values: readonly number[],
  marks: readonly Suppression[],
  equations: readonly SumEquation[],
  threshold = SMALL_CELL_THRESHOLD,
): Bounds {
  const lo = values.map((value, i) => (marks[i] === 'small' ? 0 : marks[i] === 'complementary' ? threshold : value));
  const hi = values.map((value, i) =>
    marks[i] === 'small' ? threshold - 1 : marks[i] === 'complementary' ? Number.POSITIVE_INFINITY : value,
  );
  const sum = (cells: readonly number[], of: number[]) => cells.reduce((total, cell) => total + (of[cell] ?? 0), 0);
  // Each pass can only narrow bounds, and they are whole numbers: it ends.
  for (let changed = true, passes = 0; changed && passes < 1000; passes++) {
    changed = false;
    const narrow = (cell: number, low: number, high: number) => {
      if (low > (lo[cell] ?? 0)) {
        lo[cell] = low;
        changed = true;
      }
      if (high < (hi[cell] ?? 0)) {
        hi[cell] = high;
        changed = true;
      }
    };
    for (const { total, parts } of equations) {
      narrow(total, sum(parts, lo), sum(parts, hi));
      for (const part of parts) {
        const others = parts.filter((other) => other !== part);
        narrow(part, (lo[total] ?? 0) - sum(others, hi), (hi[total] ?? 0) - sum(others, lo));
      }
    }
  }
  return { lo, hi };
}

/**
 * Which cells to hide, and why: `small` for a count under the threshold, `complementary`
 * for a count hidden so that no small one can be recalculated; null for a shown cell.
 * Complementary cells are chosen by the least `cost` (by default the count itself, parts
 * before totals), so that the headline numbers stay visible as long as they can.
 */
export function suppressSmallCells(
  values: readonly number[],
  equations: readonly SumEquation[],
  threshold = SMALL_CELL_THRESHOLD,
  cost: (cell: number, isTotal: boolean) => number = (cell, isTotal) => (values[cell] ?? 0) * 2 + (isTotal ? 1 : 0),
): Suppression[] {
  const marks: Suppression[] = values.map((value) => (value < threshold ? 'small' : null));
  const equationsOf = new Map<number, SumEquation[]>();
  for (const equation of equations) {
    for (const cell of [equation.total, ...equation.parts]) equationsOf.set(cell, [...(equationsOf.get(cell) ?? []), equation]);
  }
  const disclosedCells = (from: Suppression[]) => {
    const { lo, hi } = readerBounds(values, from, equations, threshold);
    return from.flatMap((mark, cell) => (mark !== null && lo[cell] === hi[cell] ? [cell] : []));
  };
  for (let disclosed = disclosedCells(marks); disclosed.length > 0; disclosed = disclosedCells(marks)) {
    const first = disclosed[0] ?? -1;
    const candidates = nearestShownCells(first, marks, equationsOf)
      .map((candidate) => ({ ...candidate, cost: cost(candidate.cell, candidate.isTotal) }))
      .sort((a, b) => a.cost - b.cost);
    // Every cell linked to it is hidden and it is still disclosed: publish none of them.
    if (candidates.length === 0) return marks.map((mark) => mark ?? 'complementary');
    // The cheapest of the nearest cells whose hiding frees this one; else the cheapest, and look again.
    const frees = candidates.slice(0, 12).find(({ cell }) => {
      const trial = [...marks];
      trial[cell] = 'complementary';
      return !disclosedCells(trial).includes(first);
    });
    const best = frees ?? candidates[0] ?? { cell: first };
    marks[best.cell] = 'complementary';
  }
  return marks;
}

/** The shown cells nearest to `start` through its equations and the hidden cells they link to. */
function nearestShownCells(start: number, marks: readonly Suppression[], equationsOf: Map<number, SumEquation[]>) {
  const visited = new Set([start]);
  for (let frontier = [start]; frontier.length > 0; ) {
    const found = new Map<number, boolean>();
    const next: number[] = [];
    for (const cell of frontier) {
      for (const { total, parts } of equationsOf.get(cell) ?? []) {
        for (const member of [total, ...parts]) {
          if (marks[member] === null) found.set(member, (found.get(member) ?? false) || member === total);
          else if (!visited.has(member)) {
            visited.add(member);
            next.push(member);
          }
        }
      }
    }
    if (found.size > 0) return [...found].map(([cell, isTotal]) => ({ cell, isTotal }));
    frontier = next;
  }
  return [];
}
