import { logger } from '../shared/http/logger.js';

/** Départements run side by side; each one's work is sequential, so DynamoDB sees a steady, small load. */
const DEPARTEMENTS_AT_ONCE = 4;

/** How a daily job logs a département's run, and what it reports for one that failed. */
export interface DepartementJobWords<Run> {
  /** Logged with the run's counts and how long it took. */
  done: string;
  /** Logged with the département's code and the error's name. */
  failed: string;
  /** The run reported for a département that failed: its counts at zero, `ok: false`. */
  failedRun: (departement: string) => Run;
}

/**
 * A daily job over départements: `runOne` for each, a few at a time; one failing is
 * logged and reported and does not stop the others. The runs come back by département code.
 * Logs carry counts and département codes only.
 */
export async function runEachDepartement<Run extends { departement: string }>(
  departements: readonly string[],
  runOne: (departement: string) => Promise<Run>,
  words: DepartementJobWords<Run>,
): Promise<Run[]> {
  const results: Run[] = [];
  const queue = [...departements];
  const worker = async () => {
    for (let departement = queue.shift(); departement !== undefined; departement = queue.shift()) {
      const started = Date.now();
      try {
        const result = await runOne(departement);
        results.push(result);
        logger.info(words.done, { ...result, ms: Date.now() - started });
      } catch (error) {
        results.push(words.failedRun(departement));
        // The error's name only: SDK messages can quote keys, and keys hold ids.
        logger.error(words.failed, { departement, error: error instanceof Error ? error.name : 'unknown' });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(DEPARTEMENTS_AT_ONCE, departements.length) }, worker));
  return results.sort((a, b) => a.departement.localeCompare(b.departement));
}
