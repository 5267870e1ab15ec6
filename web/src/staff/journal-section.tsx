import { useRef, useState } from 'preact/hooks';
import { ApiError, NetworkError } from '../api/client';
import type { JournalEntry } from '../api/types';
import { addJournalEntry, listJournal } from '../api/youth';
import { IdempotencyKeys } from '../lib/idempotency';
import { maxLengthWords } from '../lib/text-rules';
import { JournalItem } from '../ui/entries';
import { ErrorNotice } from '../ui/notices';
import { PagedList, usePagedList } from '../ui/paged-list';
import { announce } from '../ui/status';
import { useSubmit } from '../ui/use-submit';
import { FormActions } from './form-fields';
import { fieldErrorsFromDetails } from './youth-form-rules';

const TEXT_MAX = 5000;

/** The binôme's journal: newest first, with a form for the members of the binôme. */
export function JournalSection({ youthId, canWrite }: { youthId: string; canWrite: boolean }) {
  const journal = usePagedList((cursor, signal) => listJournal(youthId, cursor, signal), [youthId]);
  return (
    <section aria-labelledby="journal">
      <h2 id="journal">Journal</h2>
      {canWrite && <JournalForm youthId={youthId} onAdded={journal.prepend} />}
      <PagedList
        list={journal}
        itemKey={(entry) => entry.id}
        renderItem={(entry) => <JournalItem entry={entry} showVisibility />}
        empty="Aucune entrée pour le moment."
        moreLabel="Voir plus d’entrées"
        loadingText="Chargement du journal…"
        class="entries"
      />
    </section>
  );
}

function JournalForm({ youthId, onAdded }: { youthId: string; onAdded: (entry: JournalEntry) => void }) {
  const [text, setText] = useState('');
  const [visibleToYouth, setVisibleToYouth] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { busy: sending, failure, submit: send } = useSubmit();
  const keys = useRef(new IdempotencyKeys());
  const textarea = useRef<HTMLTextAreaElement>(null);

  /** A refusal of the text by the server, shown at the field. */
  function showTextError(caught: unknown): boolean {
    const fieldError = caught instanceof ApiError ? fieldErrorsFromDetails(caught.details, ['text'] as const).text : undefined;
    if (!fieldError) return false;
    setError(fieldError);
    textarea.current?.focus();
    return true;
  }

  async function submit(event: Event) {
    event.preventDefault();
    await send(async () => {
      const trimmed = text.trim();
      if (!trimmed) {
        setError('Écrivez le texte de l’entrée.');
        textarea.current?.focus();
        return;
      }
      setError(null);
      const body = { text: trimmed, visibleToYouth };
      const entry = await addJournalEntry(youthId, body, keys.current.keyFor(body));
      keys.current.reset();
      onAdded(entry);
      setText('');
      setVisibleToYouth(false);
      announce(visibleToYouth ? 'Entrée ajoutée au journal, visible par le jeune.' : 'Entrée ajoutée au journal.');
      textarea.current?.focus();
    }, showTextError);
  }

  const describedBy = ['journal-text-hint', error ? 'journal-text-error' : null].filter(Boolean).join(' ');
  return (
    <form class="form" noValidate onSubmit={submit} aria-labelledby="ajouter-entree">
      <h3 id="ajouter-entree">Ajouter une entrée</h3>
      {failure !== null && (
        <ErrorNotice error={failure}>
          {failure instanceof NetworkError && (
            <p>Votre texte est conservé. Vous pouvez réessayer : l’entrée ne sera pas enregistrée deux fois.</p>
          )}
        </ErrorNotice>
      )}
      <div class={error ? 'field field--error' : 'field'}>
        <label for="journal-text">Nouvelle entrée</label>
        <p class="hint" id="journal-text-hint">
          {maxLengthWords(TEXT_MAX)}.
        </p>
        {error && (
          <p class="field-error" id="journal-text-error">
            Erreur : {error}
          </p>
        )}
        <textarea
          ref={textarea}
          id="journal-text"
          name="text"
          rows={5}
          maxLength={TEXT_MAX}
          required
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onInput={(event) => setText(event.currentTarget.value)}
        />
      </div>
      <div class="field field--checkbox">
        <input
          id="journal-visible"
          type="checkbox"
          checked={visibleToYouth}
          aria-describedby="journal-visible-hint"
          onChange={(event) => setVisibleToYouth(event.currentTarget.checked)}
        />
        <label for="journal-visible">Visible par le jeune</label>
        <p class="hint" id="journal-visible-hint">
          Cochée : le jeune lira cette entrée dans son espace « Mon dossier ». Sinon, elle reste entre professionnel·les.
        </p>
      </div>
      <FormActions busy={sending} label="Ajouter au journal" busyLabel="Envoi…" />
    </form>
  );
}
