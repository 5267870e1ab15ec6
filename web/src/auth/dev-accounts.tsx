import { useState } from 'preact/hooks';
import { request } from '../api/client';
import type { DemoAccount } from '../api/types';
import { ErrorNotice, Loading } from '../ui/notices';
import { useAsync } from '../ui/use-async';

/** Local development only: sign in as a demo account, no password. In its own chunk. */
export function DevAccounts({ onToken }: { onToken: (token: string) => void }) {
  const accounts = useAsync((signal) => request<DemoAccount[]>('/dev/auth/accounts', { signal, authenticated: false }), []);
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [lastChoice, setLastChoice] = useState<DemoAccount | null>(null);

  async function signIn(account: DemoAccount) {
    if (pending) return;
    setPending(account.sub);
    setError(null);
    setLastChoice(account);
    try {
      const { sub, role, departement, name } = account;
      const { token } = await request<{ token: string }>('/dev/auth/token', {
        method: 'POST',
        body: { sub, role, departement, name },
        authenticated: false,
      });
      onToken(token);
    } catch (failure) {
      setError(failure);
    } finally {
      setPending(null);
    }
  }

  return (
    <>
      <p class="lead">
        Cette page n’existe qu’en développement local : choisissez un compte de démonstration pour vous connecter sans mot de passe.
      </p>
      {error !== null && <ErrorNotice error={error} onRetry={lastChoice ? () => signIn(lastChoice) : undefined} />}
      {accounts.state.status === 'loading' && <Loading text="Chargement des comptes…" />}
      {accounts.state.status === 'failed' && <ErrorNotice error={accounts.state.error} onRetry={accounts.reload} />}
      {accounts.state.status === 'ready' && (
        <ul class="plain-list accounts">
          {accounts.state.data.map((account) => (
            <li key={account.sub}>
              <button type="button" class="account-button" aria-busy={pending === account.sub} onClick={() => signIn(account)}>
                <span class="account-name">{account.name}</span>
                <span class="account-label">{account.label}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
