import { useEffect, useRef, useState } from 'preact/hooks';
import { HELP_REASONS, type HelpReason, helpNumbers } from '../../../shared/domain/help.js';
import { getDashboardSettings, raiseHelp } from '../api/dashboard';
import { getMyFile } from '../api/my-file';
import { todayInParis } from '../lib/dates';
import { IdempotencyKeys } from '../lib/idempotency';
import { ErrorNotice } from '../ui/notices';
import { PageHeading } from '../ui/page-heading';
import { useAsync } from '../ui/use-async';
import { HELP_REASON_LABELS } from './help-words';

type Sending =
  | { status: 'idle' }
  | { status: 'sending' }
  | { status: 'sent'; binomeHours: string | null }
  | { status: 'failed'; error: unknown };

/**
 * « J'ai besoin d'aide »: one tap warns the binôme, and the numbers that answer now show at
 * once, before the network answers (or when it never does). A retry after a failure sends
 * the same Idempotency-Key: one alert, however many tries.
 */
export function HelpPage() {
  // Loaded ahead, so that the tap shows everything at once; without them, 119 is shown to all.
  const context = useAsync(async (signal) => {
    const [me, settings] = await Promise.all([getMyFile(signal).catch(() => null), getDashboardSettings(signal).catch(() => null)]);
    return { me, settings };
  }, []);
  const [reason, setReason] = useState<HelpReason | null>(null);
  const [sending, setSending] = useState<Sending>({ status: 'idle' });
  const keys = useRef(new IdempotencyKeys());
  const loaded = context.state.status === 'ready' ? context.state.data : null;
  const today = todayInParis();

  // An alert that could not leave goes again by itself once the phone is back online (same
  // Idempotency-Key: still one alert): she may have put the phone away, or be calling 115.
  useEffect(() => {
    if (sending.status !== 'failed' || !reason) return;
    const resend = () => send(reason);
    window.addEventListener('online', resend);
    return () => window.removeEventListener('online', resend);
  }, [sending.status, reason]);

  async function send(chosen: HelpReason) {
    setReason(chosen);
    setSending({ status: 'sending' });
    const body = { reason: chosen };
    try {
      const answer = await raiseHelp(body, keys.current.keyFor(body));
      keys.current.reset();
      setSending({ status: 'sent', binomeHours: answer.binomeHours });
    } catch (error) {
      setSending({ status: 'failed', error });
    }
  }

  const numbers = reason
    ? helpNumbers({
        reason,
        birthDate: loaded?.me?.birthDate ?? today,
        today,
        outOfHoursNumber: loaded?.settings?.outOfHoursNumber ?? null,
      })
    : [];

  return (
    <>
      <PageHeading text="J’ai besoin d’aide" />
      <p class="lead">Choisis ce qui se passe : ton binôme est prévenu tout de suite, et tu vois qui appeler maintenant.</p>
      <div class="help-choices">
        {HELP_REASONS.map((choice) => (
          <button
            key={choice}
            type="button"
            class={reason === choice ? 'button' : 'button button--secondary'}
            aria-pressed={reason === choice}
            onClick={() => send(choice)}
          >
            {HELP_REASON_LABELS[choice]}
          </button>
        ))}
      </div>
      {reason && (
        <section aria-labelledby="appeler-maintenant">
          <h2 id="appeler-maintenant">Appelle maintenant</h2>
          <ul class="plain-list help-numbers">
            {numbers.map((item) => (
              <li key={item.number}>
                <a class="button" href={`tel:${item.number.replace(/[ .-]/g, '')}`}>
                  {item.number}
                </a>{' '}
                {item.label}
              </li>
            ))}
          </ul>
          <div role="status">
            {sending.status === 'sending' && <p>Envoi de l’alerte à ton binôme…</p>}
            {sending.status === 'sent' && (
              <p class="notice notice--info">
                Ton binôme a reçu ton alerte.
                {sending.binomeHours ? ` Il ou elle répond ${sending.binomeHours} ; en dehors, appelle un des numéros ci-dessus.` : ''}
              </p>
            )}
          </div>
          {sending.status === 'failed' && (
            <ErrorNotice error={sending.error} onRetry={() => send(reason)} retryLabel="Renvoyer l’alerte">
              <p>
                <strong>Ton alerte n’est pas partie : ton binôme n’est pas encore prévenu.</strong> Elle repart toute seule dès que la
                connexion revient, ou touche « Renvoyer l’alerte ».
              </p>
              <p>Les numéros ci-dessus répondent même sans connexion internet.</p>
            </ErrorNotice>
          )}
        </section>
      )}
    </>
  );
}
