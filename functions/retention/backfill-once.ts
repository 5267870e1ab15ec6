/**
 * `npm run retention:backfill -- <département>...`: files every active file of these
 * départements in the retention index (files created before it). Where it writes:
 * `runForDepartements`.
 */
import { runForDepartements } from '../local/departement-script.js';
import { backfillRetentionIndex } from './index-backfill.js';

await runForDepartements(
  'retention:backfill',
  async (store, departement) => `${await backfillRetentionIndex(store, departement)} files filed in the retention index`,
);
