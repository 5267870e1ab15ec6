import { useEffect, useRef, useState } from 'preact/hooks';
import { reopenFile } from '../api/archive';
import { userMessage } from '../api/client';
import type { Youth } from '../api/types';
import { formatDate } from '../lib/dates';
import { announce } from '../ui/status';

/**
 * On « Mon dossier » while the file is in the intermediate archive: what that means, in
 * plain words, and « Rouvrir mon dossier » (their own choice: no reason asked, asked to confirm).
 */
export function ArchivedFileBanner({ youth, onReopened }: { youth: Pick<Youth, 'id' | 'archivedOn'>; onReopened: (youth: Youth) => void }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const question = useRef<HTMLParagraphElement>(null);
  const reopenButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);

  function cancel() {
    setConfirming(false);
    setTimeout(() => reopenButton.current?.focus());
  }

  async function reopen() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const reopened = await reopenFile(youth.id);
      announce('Ton dossier est rouvert : ton binôme le retrouve dans ses listes.');
      onReopened(reopened);
    } catch (failure) {
      setError(userMessage(failure));
      setBusy(false);
    }
  }

  return (
    <section class="notice notice--info" aria-labelledby="dossier-archive">
      <h2 id="dossier-archive">Ton dossier est archivé</h2>
      <p>
        {youth.archivedOn ? `Depuis le ${formatDate(youth.archivedOn)}, ` : 'Pour l’instant, '}
        ton dossier est rangé dans les archives : ton binôme ne le voit plus dans ses listes. Tu peux toujours tout lire ici et télécharger
        tes données.
      </p>
      <p>Pour écrire à ton binôme ou changer quelque chose, rouvre ton dossier. « J’ai besoin d’aide » marche toujours.</p>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
      {confirming ? (
        <div class="confirm">
          <p ref={question} tabIndex={-1}>
            <strong>Rouvrir ton dossier ?</strong> Ton binôme le retrouvera dans ses listes et pourra de nouveau le lire et y écrire.
          </p>
          <div class="form-actions">
            <button type="button" class="button" aria-busy={busy} onClick={reopen}>
              {busy ? 'Réouverture…' : 'Oui, rouvrir mon dossier'}
            </button>
            <button type="button" class="button button--quiet" onClick={cancel}>
              Annuler
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="button" ref={reopenButton} onClick={() => setConfirming(true)}>
          Rouvrir mon dossier
        </button>
      )}
    </section>
  );
}
