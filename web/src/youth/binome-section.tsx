import { useEffect, useRef, useState } from 'preact/hooks';
import { binomeTitle } from '../../../shared/domain/binome-titles.js';
import type { BinomeContact, JournalEntry } from '../api/types';
import { journalEntryRequest } from '../api/youth';
import { sendAsDraft, useDraft, useDraftSent } from '../ui/drafts';
import { SendFailureNotice } from '../ui/kept-notice';
import { FieldError } from '../ui/notices';
import { announce } from '../ui/status';

const NARROW_NBSP = '\u202f';

const telHref = (number: string) => `tel:${number.replace(/[ .-]/g, '')}`;

/**
 * « Mon binôme »: who follows the young person (names and roles only) and how to reach
 * them, from the département's settings. A message goes through the journal, below.
 */
export function BinomeSection({
  youthId,
  binome,
  archived,
  onSent,
}: {
  youthId: string;
  binome: BinomeContact;
  /** An archived file is read-only: writing waits until the young person reopens it. */
  archived: boolean;
  onSent: (entry: JournalEntry) => void;
}) {
  return (
    <section aria-labelledby="mon-binome">
      <h2 id="mon-binome">Mon binôme</h2>
      {binome.members.length === 0 ? (
        <p>Ton binôme n’est pas encore connu dans Envol. Demande à l’ASE qui te suit.</p>
      ) : (
        <>
          <p>Les deux personnes qui t’accompagnent vers ta vie d’adulte{NARROW_NBSP}:</p>
          <ul class="binome-people">
            {binome.members.map((person) => (
              <li key={person.role}>
                <strong class="person-name">
                  {person.firstName} {person.lastName}
                </strong>
                , {binomeTitle(person, binome.secondMemberLabel)}
              </li>
            ))}
          </ul>
        </>
      )}
      {binome.phoneNumber && (
        <p>
          Pour les joindre{NARROW_NBSP}:{' '}
          <a class="tel-link" href={telHref(binome.phoneNumber)}>
            {binome.phoneNumber}
          </a>
          {binome.hours ? ` (${binome.hours}).` : '.'}
        </p>
      )}
      {!binome.phoneNumber && binome.hours && <p>Ton binôme répond {binome.hours}.</p>}
      {binome.outOfHoursNumber && (
        <p>
          En cas d’urgence, le soir ou le week-end{NARROW_NBSP}:{' '}
          <a class="tel-link" href={telHref(binome.outOfHoursNumber)}>
            {binome.outOfHoursNumber}
          </a>{' '}
          (astreinte du département).
        </p>
      )}
      {archived ? (
        <p class="hint">Pour leur écrire un message ici, rouvre d’abord ton dossier (en haut de la page).</p>
      ) : (
        <MessageForm youthId={youthId} onSent={onSent} />
      )}
    </section>
  );
}

const MESSAGE_MAX = 5000;

/** « Écrire un message »: an entry of the journal, which the binôme reads in the file and the young person below. */
function MessageForm({ youthId, onSent }: { youthId: string; onSent: (entry: JournalEntry) => void }) {
  const [open, setOpen] = useState(false);
  // The message is kept on the phone as it is typed, and sent with an Idempotency-Key, now or
  // when the connection returns: a reload or a lost connection loses nothing.
  const formId = `binome-message:${youthId}`;
  const draft = useDraft(formId, '', (stored) => (typeof stored === 'string' && stored.trim() ? stored : null));
  const text = draft.value;
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);

  // A message kept from before a reload: the form opens with it.
  useEffect(() => {
    if (draft.restored && text.trim()) setOpen(true);
  }, [draft.restored]);

  // Every send that leaves, the tap's or the phone's own once the connection came back. What was
  // typed after the send was asked for is not in it: that text stays in the open form (and on the phone).
  useDraftSent(formId, (outcome) => {
    if (outcome.status !== 'sent') return;
    onSent(outcome.data as JournalEntry);
    setFailure(null);
    announce('Ton message est envoyé à ton binôme.');
    if (outcome.typedSince) return;
    draft.reset('');
    setOpen(false);
    setTimeout(() => opener.current?.focus());
  });

  async function send(event: Event) {
    event.preventDefault();
    if (busy) return;
    const trimmed = text.trim();
    if (!trimmed) {
      setProblem('Écris ton message avant de l’envoyer.');
      document.getElementById('message-binome')?.focus();
      return;
    }
    setProblem(null);
    setFailure(null);
    setBusy(true);
    const body = { text: trimmed, visibleToYouth: true };
    try {
      // Once the server has it, useDraftSent shows it (as for the phone's own resend).
      await sendAsDraft<JournalEntry>(formId, text, journalEntryRequest(youthId, body));
    } catch (caught) {
      setFailure(caught);
    } finally {
      setBusy(false);
    }
  }

  if (!open) {
    return (
      <p>
        <button
          type="button"
          class="button"
          ref={opener}
          onClick={() => {
            setOpen(true);
            setTimeout(() => document.getElementById('message-binome')?.focus());
          }}
        >
          Écrire un message à mon binôme
        </button>
      </p>
    );
  }
  return (
    <form class="form" noValidate onSubmit={send}>
      <div class={problem ? 'field field--error' : 'field'}>
        <label for="message-binome">Mon message à mon binôme</label>
        <p class="hint" id="message-binome-hint">
          Ton ou ta référent·e et ton ou ta coordinateur·rice le lisent dans ton dossier. Tu le retrouves dans « Messages avec mon binôme ».
        </p>
        {problem && <FieldError id="message-binome-error" message={problem} />}
        <textarea
          id="message-binome"
          rows={4}
          maxLength={MESSAGE_MAX}
          value={text}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'message-binome-hint message-binome-error' : 'message-binome-hint'}
          onInput={(event) => draft.set(event.currentTarget.value)}
        />
      </div>
      {failure !== null && (
        <SendFailureNotice error={failure} retryLabel="Réessayer d’envoyer" onRetry={() => void send(new Event('submit'))} />
      )}
      <div class="form-actions">
        <button type="submit" class="button" aria-busy={busy}>
          {busy ? 'Envoi…' : 'Envoyer mon message'}
        </button>
        <button type="button" class="button button--quiet" onClick={() => setOpen(false)}>
          Fermer
        </button>
      </div>
    </form>
  );
}
