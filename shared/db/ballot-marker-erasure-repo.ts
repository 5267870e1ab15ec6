import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from './keys.js';
import type { Store } from './store.js';

/**
 * The one thing done to the ballot box outside the committees area: deleting the markers
 * that name a member (their credential marker, their feedback count, their follow-up
 * answer-credential markers), by key, without reading anything. Ballots, answers, feedback
 * texts and counters hold no member and stay. Used by the erasure of a file and by the
 * daily retention job, a year after a consultation's publication.
 */
export const ballotMarkerErasureRepo = {
  /** Deletes a member's markers of one consultation; absent markers are fine (a second run deletes nothing). */
  async deleteMemberMarkers(
    store: Store,
    box: { departement: string; committeeId: string; consultationId: string; questionIds: readonly string[] },
    youthId: string,
  ): Promise<void> {
    const pk = keys.ballotBox(box.departement, box.committeeId, box.consultationId);
    const sks = [
      keys.participationSk(youthId),
      keys.feedbackCountSk(youthId),
      ...box.questionIds.map((questionId) => keys.followUpParticipationSk(questionId, youthId)),
    ];
    await Promise.all(sks.map((sk) => store.db.send(new DeleteCommand({ TableName: store.ballotTableName, Key: { pk, sk } }))));
  },

  /** Deletes markers already read by their keys (the retention job's day index gives them). */
  async deleteKeys(store: Store, itemKeys: readonly { pk: string; sk: string }[]): Promise<void> {
    await Promise.all(itemKeys.map((Key) => store.db.send(new DeleteCommand({ TableName: store.ballotTableName, Key }))));
  },
};
