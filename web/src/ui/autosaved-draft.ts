import { useEffect, useMemo, useState } from 'preact/hooks';
import { AnswerAutosave } from '../lib/answer-autosave';
import type { DraftRequest } from '../lib/draft-box';
import { drafts, sendAsDraft, useDraftSent } from './drafts';
import { announce } from './status';

/**
 * A questionnaire saved as it is filled in (`AnswerAutosave`: one request at a time, each
 * with what changed) whose unsaved answers are kept on the phone as the draft `formId`:
 * they come back after a reload and go with an Idempotency-Key, now or when the connection
 * returns. The preparation and the grid self-assessment use it.
 *
 * `toRequest` turns changed answers into the request; `answersOf` reads them back from the
 * body of a request the phone sent by itself.
 */
export function useAutosavedDraft(
  formId: string,
  initial: Readonly<Record<string, string>>,
  toRequest: (answers: Record<string, string>) => DraftRequest,
  answersOf: (body: unknown) => Record<string, string>,
) {
  const [, rerender] = useState(0);
  const saver = useMemo(() => {
    const autosave: AnswerAutosave = new AnswerAutosave(
      initial,
      (answers) => sendAsDraft(formId, autosave.unsavedAnswers(), toRequest(answers)),
      () => rerender((count) => count + 1),
    );
    return autosave;
  }, [formId]);

  /** Sends what changed; true once everything typed is saved. */
  async function save(): Promise<boolean> {
    const { ok, sent } = await saver.flush();
    if (ok && sent) announce('Enregistré');
    return ok;
  }

  /** Shows and keeps an answer at once: a reload right after must still find it. */
  function keep(id: string, value: string) {
    saver.set(id, value);
    void drafts.keep(formId, saver.unsavedAnswers()).catch(() => undefined);
  }

  useEffect(() => {
    // After a reload: the answers the phone kept and the server does not have yet come back, and go.
    let live = true;
    void drafts.read<Record<string, unknown>>(formId).then((draft) => {
      if (!live || !draft || typeof draft.value !== 'object' || draft.value === null) return;
      for (const [id, value] of Object.entries(draft.value)) {
        const untouched = saver.value(id) === (initial[id] ?? '');
        if (typeof value === 'string' && untouched) saver.set(id, value);
      }
      if (saver.unsaved().length > 0) void save();
    });
    return () => {
      live = false;
      void saver.flush();
    };
  }, [saver]);

  // Sent by the phone itself when the connection came back.
  useDraftSent(formId, (outcome) => {
    if (outcome.status !== 'sent') return;
    saver.markSaved(answersOf(outcome.body));
    if (saver.unsaved().length > 0) void save();
    else announce('Enregistré');
  });

  return { saver, keep, save };
}
