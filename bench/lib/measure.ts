/** Throughput and latency of `operation`, run `total` times with `concurrency` in flight. */
export interface Measure {
  perSecond: number;
  p50: number;
  p99: number;
}

export async function measure(total: number, concurrency: number, operation: (index: number) => Promise<void>): Promise<Measure> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const index = next;
        next += 1;
        const begin = performance.now();
        await operation(index);
        latencies.push(performance.now() - begin);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { perSecond: latencies.length / elapsed, p50: at(0.5), p99: at(0.99) };
}

/** A Markdown table, columns padded for reading in a terminal. */
export function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((row) => row.map(String))];
  const widths = headers.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)));
  const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  return [line(cells[0] ?? []), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...cells.slice(1).map(line)].join('\n');
}

export const fixed = (value: number, digits = 1) => value.toFixed(digits);

/**
 * Several operations measured in turns (`rounds` turns of `total / rounds` each, after one
 * untimed warm-up turn), their latencies pooled per operation: on a shared machine whose
 * load comes and goes, each operation meets the same moments, so their ratios hold better
 * than those of one operation measured after the other.
 */
export async function measureInTurns<Name extends string>(
  operations: Record<Name, () => Promise<void>>,
  total: number,
  concurrency: number,
  rounds: number,
): Promise<Record<Name, Measure>> {
  const entries = Object.entries(operations) as [Name, () => Promise<void>][];
  const perTurn = Math.max(1, Math.floor(total / rounds));
  const pooled: Record<string, { latencies: number[]; seconds: number }> = {};
  for (const [name, operation] of entries) {
    await measure(Math.min(perTurn, 100), concurrency, operation);
    pooled[name] = { latencies: [], seconds: 0 };
  }
  for (let round = 0; round < rounds; round += 1) {
    for (const [name, operation] of entries) {
      const into = pooled[name] as { latencies: number[]; seconds: number };
      const started = performance.now();
      await measure(perTurn, concurrency, async () => {
        const begin = performance.now();
        await operation();
        into.latencies.push(performance.now() - begin);
      });
      into.seconds += (performance.now() - started) / 1000;
    }
  }
  return Object.fromEntries(
    Object.entries(pooled).map(([name, { latencies, seconds }]) => {
      latencies.sort((a, b) => a - b);
      const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
      return [name, { perSecond: latencies.length / seconds, p50: at(0.5), p99: at(0.99) }];
    }),
  ) as Record<Name, Measure>;
}
