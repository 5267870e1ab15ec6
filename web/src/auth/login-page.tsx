import { useState } from 'preact/hooks';
import type { AppConfig } from '../api/types';
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
        <Lazy load={loadDevAccounts} render={({ DevAccounts }) => <DevAccounts onToken={onToken} />} />
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
