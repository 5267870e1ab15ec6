import { useState } from 'preact/hooks';
import type { AppConfig, DevMessages } from '../api/types';
import { Lazy, lazyModule } from '../ui/lazy';
import { ErrorNotice } from '../ui/notices';
import { PageHeading } from '../ui/page-heading';

export const loadCognito = lazyModule(() => import('./cognito'));
const loadDevAccounts = lazyModule(() => import('./dev-accounts'));

/** `#/connexion`: the demo account list locally, the Cognito hosted UI in AWS. */
export function LoginPage({ config, notice, onToken }: { config: AppConfig; notice: string | null; onToken: (token: string) => void }) {
  return (
    <>
      <PageHeading text={config.auth === 'dev' ? 'Connexion de démonstration' : 'Connexion'} />
      {notice && (
        <div class="notice notice--info">
          <p>{notice}</p>
        </div>
      )}
      {config.auth === 'dev' ? (
        <>
          <Lazy load={loadDevAccounts} render={({ DevAccounts }) => <DevAccounts onToken={onToken} />} />
          {config.devMessages && <DevMessagesLinks messages={config.devMessages} />}
        </>
      ) : (
        <CognitoSignIn config={config} />
      )}
    </>
  );
}

function CognitoSignIn({ config }: { config: Extract<AppConfig, { auth: 'cognito' }> }) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function signIn() {
    setBusy(true);
    setError(null);
    try {
      await (await loadCognito()).startCognitoLogin(config);
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  }

  return (
    <>
      <p class="lead">Envol accompagne les jeunes de l’ASE vers l’autonomie. Identifiez-vous pour continuer.</p>
      {error !== null && <ErrorNotice error={error} />}
      <button type="button" class="button" aria-busy={busy} onClick={signIn}>
        Se connecter
      </button>
    </>
  );
}

/** Locally: where the reminders that would have left are (no real message leaves the machine). */
function DevMessagesLinks({ messages }: { messages: DevMessages }) {
  return (
    <section aria-labelledby="messages-locaux">
      <h2 id="messages-locaux">Messages envoyés en local</h2>
      <p>Aucun SMS ni e-mail ne quitte cette machine : les rappels et les codes arrivent ici.</p>
      <ul>
        <li>
          <a href={messages.emails} target="_blank" rel="noreferrer">
            Les e-mails, dans MailDev (nouvel onglet)
          </a>
        </li>
        <li>
          <a href={messages.sms} target="_blank" rel="noreferrer">
            Les SMS, dans la boîte d’envoi locale (nouvel onglet)
          </a>
        </li>
      </ul>
    </section>
  );
}
