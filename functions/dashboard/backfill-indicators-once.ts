/**
 * `npm run indicators:backfill -- <département>...`: writes the indicator facts of every file
 * of these départements from their records (interviews, signatures, support requests and
 * decisions from before the facts existed). Where it writes: `runForDepartements`.
 */
import { runForDepartements } from '../local/departement-script.js';
import { backfillIndicatorFacts } from './indicator-facts-backfill.js';

await runForDepartements(
  'indicators:backfill',
  async (store, departement) => `${await backfillIndicatorFacts(store, departement)} files with their indicator facts`,
);
