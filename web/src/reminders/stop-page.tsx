import { useState } from 'preact/hooks';
import { userMessage } from '../api/client';
import { stopReminders } from '../api/reminders';
import { PageHeading } from '../ui/page-heading';

/**
 * `#/arret/<token>`: the STOP link of every message. No sign-in: whoever holds the message may
 * stop the messages. It asks for one tap rather than stopping on load, so that a mail
 * scanner opening links stops nothing. Its words fit a young person and staff alike.
 */
export function StopPage({ token }: { token: string }) {
  const [state, setState] = useState<'asking' | 'sending' | 'stopped'>('asking');
  const [error, setError] = useState<string | null>(null);

  async function stop() {
    setError(null);
    setState('sending');
    try {
      await stopReminders(token);
      setState('stopped');
    } catch (failure) {
      setError(userMessage(failure));
      setState('asking');
    }
  }

  return (
    <>
      <PageHeading text="Ne plus recevoir de messages d’Envol" />
      {state === 'stopped' ? (
        <div class="notice notice--success" role="status">
          <p>C’est fait : plus aucun rappel d’Envol ne partira, ni par SMS ni par e-mail.</p>
          <p>
            Pour en recevoir à nouveau, il suffit de choisir un moyen dans Envol, une fois connecté·e (« Mon dossier » pour un·e jeune).
          </p>
        </div>
      ) : (
        <>
          <p class="lead">Ce lien arrête tous les rappels d’Envol, par SMS et par e-mail, vers la personne qui a reçu ce message.</p>
          {error && (
            <div class="notice notice--error" role="alert">
              <p>{error}</p>
            </div>
          )}
          <button type="button" class="button" aria-busy={state === 'sending'} onClick={() => void stop()}>
            Arrêter tous les messages
          </button>
        </>
      )}
    </>
  );
}
