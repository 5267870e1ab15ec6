import { useState } from 'preact/hooks';
import { userMessage } from '../api/client';
import { chooseChannels, getMyChannels, startEmailVerification, startPhoneVerification, verifyChannel } from '../api/reminders';
import type { ReminderChannel, ReminderContact } from '../api/types';
import { ErrorNotice, Loading } from '../ui/notices';
import { announce } from '../ui/status';
import { useAsync } from '../ui/use-async';

/**
 * « Mes rappels par SMS et e-mail » in « Mon dossier »: the young person chooses how Envol
 * reminds them, verifies a number or an address with the code sent to it, sees it masked,
 * and can stop everything. In the chunk of « Mon dossier »'s sections (my-file-sections.tsx).
 */
export function RemindersSection() {
  const contact = useAsync((signal) => getMyChannels(signal), []);
  return (
    <section aria-labelledby="mes-rappels">
      <h2 id="mes-rappels">Mes rappels par SMS et e-mail</h2>
      <p class="hint">
        Envol peut te prévenir quand quelque chose t’attend : un entretien, un projet à lire, un vote. Le message dit seulement « Tu as du
        nouveau dans Envol », avec un lien et parfois une date, jamais ce qu’il y a dans ton dossier. Rien ne part entre 20 h et 8 h.
      </p>
      {contact.state.status === 'loading' && <Loading text="Chargement de tes rappels…" />}
      {contact.state.status === 'failed' && <ErrorNotice error={contact.state.error} onRetry={contact.reload} />}
      {contact.state.status === 'ready' && <Channels contact={contact.state.data} onChange={contact.setData} />}
    </section>
  );
}

function Channels({ contact, onChange }: { contact: ReminderContact; onChange: (contact: ReminderContact) => void }) {
  return (
    <>
      {contact.stopped && (
        <div class="notice notice--info">
          <p>Tu as tout arrêté depuis un message. Coche un moyen ci-dessous pour recevoir à nouveau les rappels.</p>
        </div>
      )}
      {/* Keyed by what it shows: a channel verified below starts the form again from the saved choices. */}
      <ChoiceForm
        key={`${contact.version}:${contact.sms}:${contact.emailChosen}:${contact.phone}:${contact.email}`}
        contact={contact}
        onChange={onChange}
      />
      <AddressBlock channel="sms" contact={contact} onChange={onChange} />
      <AddressBlock channel="email" contact={contact} onChange={onChange} />
    </>
  );
}

function ChoiceForm({ contact, onChange }: { contact: ReminderContact; onChange: (contact: ReminderContact) => void }) {
  const [sms, setSms] = useState(contact.sms);
  const [email, setEmail] = useState(contact.emailChosen);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const chosen = contact.sms || contact.emailChosen;

  async function save(choice: { sms: boolean; email: boolean }, done: string) {
    setError(null);
    setSaving(true);
    try {
      const saved = await chooseChannels({ version: contact.version, ...choice });
      setSms(saved.sms);
      setEmail(saved.emailChosen);
      onChange(saved);
      announce(done);
    } catch (failure) {
      setError(userMessage(failure));
    } finally {
      setSaving(false);
    }
  }

  if (!contact.phone && !contact.email) {
    return <p>Tu ne reçois pas de rappel. Ajoute d’abord ton numéro de mobile ou ton adresse e-mail, ci-dessous.</p>;
  }
  return (
    <form
      class="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save({ sms, email }, sms || email ? 'Tes choix sont enregistrés.' : 'Tu ne recevras plus de rappel.');
      }}
    >
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
      <fieldset class="field">
        <legend class="question-legend">Je reçois les rappels</legend>
        {contact.phone && (
          <div class="field--checkbox">
            <input id="rappel-sms" type="checkbox" checked={sms} onChange={(event) => setSms(event.currentTarget.checked)} />
            <label for="rappel-sms">Par SMS, au {contact.phone}</label>
          </div>
        )}
        {contact.email && (
          <div class="field--checkbox">
            <input id="rappel-email" type="checkbox" checked={email} onChange={(event) => setEmail(event.currentTarget.checked)} />
            <label for="rappel-email">Par e-mail, à {contact.email}</label>
          </div>
        )}
      </fieldset>
      <div class="form-actions">
        <button type="submit" class="button" aria-busy={saving}>
          {saving ? 'Enregistrement…' : 'Enregistrer mes choix'}
        </button>
        {chosen && (
          <button
            type="button"
            class="button button--quiet"
            onClick={() => void save({ sms: false, email: false }, 'Tu ne recevras plus de rappel.')}
          >
            Tout arrêter
          </button>
        )}
      </div>
    </form>
  );
}

const WORDS = {
  sms: {
    title: 'Mon numéro de mobile',
    none: 'Aucun numéro vérifié.',
    verified: 'Numéro vérifié :',
    add: 'Ajouter mon numéro',
    change: 'Changer de numéro',
    label: 'Numéro de mobile',
    hint: 'Par exemple 06 12 34 56 78 (outre-mer compris). Tu reçois un code par SMS.',
    codeLabel: 'Code reçu par SMS',
    done: 'Ton numéro est vérifié : tu recevras les rappels par SMS.',
  },
  email: {
    title: 'Mon adresse e-mail',
    none: 'Aucune adresse vérifiée.',
    verified: 'Adresse vérifiée :',
    add: 'Ajouter mon adresse',
    change: 'Changer d’adresse',
    label: 'Adresse e-mail',
    hint: 'Tu reçois un code par e-mail.',
    codeLabel: 'Code reçu par e-mail',
    done: 'Ton adresse est vérifiée : tu recevras les rappels par e-mail.',
  },
} as const;

/** One channel: its verified address (masked), a form to give a new one, and the code form while a code waits. */
function AddressBlock({
  channel,
  contact,
  onChange,
}: {
  channel: ReminderChannel;
  contact: ReminderContact;
  onChange: (contact: ReminderContact) => void;
}) {
  const words = WORDS[channel];
  const current = channel === 'sms' ? contact.phone : contact.email;
  const [editing, setEditing] = useState(false);
  const [address, setAddress] = useState('');
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `rappel-${channel}`;

  async function run(action: () => Promise<ReminderContact>, after: (saved: ReminderContact) => void) {
    setError(null);
    setBusy(true);
    try {
      const saved = await action();
      onChange(saved);
      after(saved);
    } catch (failure) {
      setError(userMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  const sendCode = () =>
    run(
      () => (channel === 'sms' ? startPhoneVerification({ phone: address.trim() }) : startEmailVerification({ email: address.trim() })),
      () => {
        setEditing(false);
        setCode('');
        announce('Code envoyé : saisis-le ci-dessous. Il expire dans 15 minutes.');
      },
    );

  const verify = () =>
    run(
      () => verifyChannel(channel, code.trim()),
      () => {
        setCode('');
        announce(words.done);
      },
    );

  const errorId = `${id}-erreur`;
  return (
    <div>
      <h3>{words.title}</h3>
      <p>
        {current ? (
          <>
            {words.verified} <strong>{current}</strong>
          </>
        ) : (
          words.none
        )}
      </p>
      {error && (
        <p class="field-error" id={errorId} role="alert">
          {error}
        </p>
      )}
      {contact.pending[channel] && !editing && (
        <form
          class="form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void verify();
          }}
        >
          <div class="field">
            <label for={`${id}-code`}>{words.codeLabel}</label>
            <p class="hint" id={`${id}-code-aide`}>
              6 chiffres. Le code expire au bout de 15 minutes ; après 5 essais, il faut en demander un autre.
            </p>
            <input
              id={`${id}-code`}
              value={code}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              aria-describedby={error ? `${id}-code-aide ${errorId}` : `${id}-code-aide`}
              onInput={(event) => setCode(event.currentTarget.value)}
            />
          </div>
          <div class="form-actions">
            <button type="submit" class="button" aria-busy={busy}>
              Vérifier
            </button>
          </div>
        </form>
      )}
      {editing ? (
        <form
          class="form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void sendCode();
          }}
        >
          <div class="field">
            <label for={id}>{words.label}</label>
            <p class="hint" id={`${id}-aide`}>
              {words.hint}
            </p>
            <input
              id={id}
              type={channel === 'sms' ? 'tel' : 'email'}
              value={address}
              autoComplete={channel === 'sms' ? 'tel' : 'email'}
              maxLength={channel === 'sms' ? 40 : 254}
              aria-describedby={error ? `${id}-aide ${errorId}` : `${id}-aide`}
              onInput={(event) => setAddress(event.currentTarget.value)}
            />
          </div>
          <div class="form-actions">
            <button type="submit" class="button" aria-busy={busy}>
              Recevoir un code
            </button>
            <button type="button" class="button button--quiet" onClick={() => setEditing(false)}>
              Annuler
            </button>
          </div>
        </form>
      ) : (
        <button type="button" class="button button--secondary" onClick={() => setEditing(true)}>
          {current ? words.change : words.add}
        </button>
      )}
    </div>
  );
}
