import { ballotMarkerErasureRepo } from '../../shared/db/ballot-marker-erasure-repo.js';
import { committeeRepo } from '../../shared/db/committee-repo.js';
import { departementRegistryRepo } from '../../shared/db/departement-registry-repo.js';
import { markersIndexRepo } from '../../shared/db/markers-index-repo.js';
import { retentionRepo, retentionSettingsRepo } from '../../shared/db/retention-repo.js';
import type { Store } from '../../shared/db/store.js';
import { transactWrite } from '../../shared/db/transact.js';
import { youthRepo } from '../../shared/db/youth-repo.js';
import { parisDate } from '../../shared/domain/calendar-date.js';
import {
  decideActiveFile,
  dueSinceOnOrBefore,
  markersDuePublishedOnOrBefore,
  type RetentionSettings,
} from '../../shared/domain/retention.js';
import { runEachDepartement } from '../each-departement.js';

/** What one département's run did: counts only, never who. */
export interface RetentionDepartementRun {
  departement: string;
  ok: boolean;
  /** Active files the index gave as due today (a lower bound: some had a contact since). */
  due: number;
  /** Moved to the intermediate archive by this run. */
  archived: number;
  /** Still active: a contact since the index was written (filed again under it). */
  kept: number;
  /** Due but held by something under way (a request, an application, a follow-up), looked at again in a week. */
  held: number;
  /** Changed while the run read it (an edit, a contact): left for the next run. */
  skipped: number;
  /** Published consultations whose participation and follow-up markers this run deleted. */
  markersDeleted: number;
}

export interface RetentionRun {
  today: string;
  departements: RetentionDepartementRun[];
}

/**
 * One département: the retention index up to today minus the active period (the files
 * due, nothing else), then each of them read again and decided by the rule.
 */
export async function runRetentionForDepartement(store: Store, departement: string, now: Date): Promise<RetentionDepartementRun> {
  const today = parisDate(now);
  const settings = await retentionSettingsRepo.get(store, departement);
  const lines = await retentionRepo.dueOnOrBefore(store, departement, 'actif', dueSinceOnOrBefore(today, settings));
  const run: RetentionDepartementRun = {
    departement,
    ok: true,
    due: lines.length,
    archived: 0,
    kept: 0,
    held: 0,
    skipped: 0,
    markersDeleted: 0,
  };
  for (const line of lines) {
    const record = await youthRepo.get(store, departement, line.youthId);
    if (record?.fileState !== 'actif') {
      // An index left behind (a file archived by hand, or gone): the profile is what counts.
      run.skipped += 1;
      continue;
    }
    const decision = decideActiveFile(await retentionRepo.factsOf(store, record), settings, today);
    if (decision.kind === 'archive') {
      if (await retentionRepo.archive(store, record, today, now)) run.archived += 1;
      else run.skipped += 1;
      continue;
    }
    await transactWrite(store.db, [retentionRepo.indexItem(store, departement, record.id, 'actif', decision.sinceOn)]);
    if (decision.heldBy === null) run.kept += 1;
    else run.held += 1;
  }
  run.markersDeleted = await deleteDueMarkers(store, departement, settings, today);
  return run;
}

/**
 * The consultations published `markersYears` ago or more (the publications' day index):
 * each member's participation, feedback-count and follow-up markers deleted by key (the
 * committee's members and the consultation's questions give the keys: nothing of the ballot
 * box is read), then the consultation taken out of the index. Ballots, answers, tallies and
 * feedback texts hold no member and stay.
 */
async function deleteDueMarkers(store: Store, departement: string, settings: RetentionSettings, today: string): Promise<number> {
  const lines = await markersIndexRepo.dueOnOrBefore(store, departement, markersDuePublishedOnOrBefore(today, settings));
  for (const line of lines) {
    const consultation = await committeeRepo.getConsultation(store, departement, line.committeeId, line.consultationId);
    if (consultation) {
      const box = {
        departement,
        committeeId: line.committeeId,
        consultationId: line.consultationId,
        questionIds: consultation.questions.map((question) => question.id),
      };
      // A member erased since took their markers with them; no member ever leaves otherwise.
      for (const member of await committeeRepo.listMembers(store, departement, line.committeeId)) {
        await ballotMarkerErasureRepo.deleteMemberMarkers(store, box, member.youthId);
      }
    }
    await markersIndexRepo.markDeleted(store, departement, line, today);
  }
  return lines.length;
}

/**
 * The daily retention job: every registered département (or those given), a few at a
 * time; one failing is logged and reported and does not stop the others. Run twice, it
 * archives nothing twice: an archived file is no longer among the active index's.
 */
export async function runRetentionJob(
  store: Store,
  now: Date,
  options: { departements?: readonly string[]; runDepartement?: typeof runRetentionForDepartement } = {},
): Promise<RetentionRun> {
  const departements = options.departements ?? (await departementRegistryRepo.list(store));
  const runOne = options.runDepartement ?? runRetentionForDepartement;
  const results = await runEachDepartement(departements, (departement) => runOne(store, departement, now), {
    done: 'Retention run',
    failed: 'Retention failed for a département',
    failedRun: (departement) => ({ departement, ok: false, due: 0, archived: 0, kept: 0, held: 0, skipped: 0, markersDeleted: 0 }),
  });
  return { today: parisDate(now), departements: results };
}
