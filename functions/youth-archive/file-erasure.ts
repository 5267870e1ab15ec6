import type { Principal } from '../../shared/auth/principal.js';
import { ulid } from '../../shared/crypto/ulid.js';
import { ballotMarkerErasureRepo } from '../../shared/db/ballot-marker-erasure-repo.js';
import { committeeRepo } from '../../shared/db/committee-repo.js';
import { fileErasureRepo, type RetentionDecision } from '../../shared/db/file-erasure-repo.js';
import { retentionSettingsRepo } from '../../shared/db/retention-repo.js';
import type { Store } from '../../shared/db/store.js';
import type { YouthRecord } from '../../shared/db/youth-repo.js';
import { parisDate } from '../../shared/domain/calendar-date.js';
import { InvalidInput, RuleViolation } from '../../shared/domain/errors.js';
import {
  DECIDED_FILE_KIND,
  decisionReferenceNamesThePerson,
  endOfIntermediateProblem,
  type FinalState,
  isFinalState,
} from '../../shared/domain/retention.js';

/**
 * Deletes every item of the young person in every table, the profile last: their
 * committee memberships and the ballot box's markers that name them (found through the
 * memberships, so those go first), their partition, their login's items. Each step can run
 * again: an interrupted erasure is finished by the next call.
 */
async function eraseEverywhere(store: Store, record: YouthRecord, outcome: FinalState): Promise<void> {
  for (const { committeeId } of await fileErasureRepo.membershipsOf(store, record)) {
    const consultations = await committeeRepo.listConsultations(store, record.departement, committeeId);
    for (const consultation of consultations) {
      await ballotMarkerErasureRepo.deleteMemberMarkers(
        store,
        {
          departement: record.departement,
          committeeId,
          consultationId: consultation.id,
          questionIds: consultation.questions.map((question) => question.id),
        },
        record.id,
      );
    }
    await fileErasureRepo.deleteMembership(store, record, committeeId);
  }
  await fileErasureRepo.deletePartitionButProfile(store, record);
  await fileErasureRepo.deleteLoginItems(store, record);
  await fileErasureRepo.deleteProfile(store, record, outcome);
}

/**
 * Throws unless the file may be handed over or destroyed today under this reference: in the
 * intermediate archive, its period there over, and a reference that does not name the
 * young person (it outlives the file). Returns the département's retention settings.
 */
export async function checkEndOfIntermediatePeriod(store: Store, record: YouthRecord, decisionReference: string, today: string) {
  const settings = await retentionSettingsRepo.get(store, record.departement);
  const problem = endOfIntermediateProblem(record, settings, today);
  if (problem === 'notArchived') throw new RuleViolation('youthFile.notArchivedForDecision');
  if (problem === 'periodNotOver') throw new RuleViolation('youthFile.intermediatePeriodNotOver');
  if (decisionReferenceNamesThePerson(decisionReference, record)) {
    throw new InvalidInput('input.invalid', [
      {
        path: 'json.decisionReference',
        message: 'La référence ne doit pas contenir le nom du jeune : elle reste après le dossier, qui ne doit plus rien dire de lui.',
      },
    ]);
  }
  return settings;
}

/**
 * Carries out the end of a file's intermediate period: checks that it may end today, writes
 * the decision record (no personal data) as the file takes its final state, then erases the
 * file everywhere. An erasure begun with the same decision and interrupted is finished and
 * its record returned; another decision on it is refused.
 */
export async function endIntermediatePeriod(
  deps: { store: Store; now: () => Date },
  principal: Principal,
  record: YouthRecord,
  outcome: FinalState,
  decisionReference: string,
  packageSha256: string | null,
): Promise<RetentionDecision> {
  const { store } = deps;
  if (isFinalState(record.fileState)) {
    const begun = await fileErasureRepo.decisionOf(store, record);
    if (!begun || begun.outcome !== outcome || begun.decisionReference !== decisionReference) {
      throw new RuleViolation('youthFile.decisionDiffers');
    }
    await eraseEverywhere(store, record, outcome);
    return begun;
  }
  const now = deps.now();
  const today = parisDate(now);
  await checkEndOfIntermediatePeriod(store, record, decisionReference, today);
  const decision: RetentionDecision = {
    id: ulid(now.getTime()),
    outcome,
    fileKind: DECIDED_FILE_KIND,
    decisionReference,
    decidedBy: principal.sub,
    decidedAt: now.toISOString(),
    on: today,
    packageSha256,
  };
  // The file changed since it was read (reopened, another admin's decision): nothing written.
  if (!(await fileErasureRepo.begin(store, record, decision))) throw new RuleViolation('youthFile.notArchivedForDecision');
  await eraseEverywhere(store, record, outcome);
  return decision;
}
