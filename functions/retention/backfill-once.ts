/**
 * `npm run retention:backfill -- <département>...`: files every active file of these
 * départements in the retention index (files created before it), and every published
 * consultation in the publications' day index (published before it). Where it writes:
 * `runForDepartements`.
 */
import { runForDepartements } from '../local/departement-script.js';
import { backfillPublicationsIndex, backfillRetentionIndex } from './index-backfill.js';

await runForDepartements(
  'retention:backfill',
  async (store, departement) =>
    `${await backfillRetentionIndex(store, departement)} files filed in the retention index, ` +
    `${await backfillPublicationsIndex(store, departement)} published consultations in the publications' index`,
);
