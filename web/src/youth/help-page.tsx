import { useEffect, useState } from 'preact/hooks';
import { HELP_REASONS, type HelpReason, helpNumbers } from '../../../shared/domain/help.js';
import { getDashboardSettings, raiseHelpRequest } from '../api/dashboard';
import { getMyFile } from '../api/my-file';
import type { HelpAnswer } from '../api/types';
import { todayInParis } from '../lib/dates';
import { drafts, KeptOnPhone, sendAsDraft, useDraftSent } from '../ui/drafts';
import { ErrorNotice } from '../ui/notices';
import { PageHeading } from '../ui/page-heading';
import { useAsync } from '../ui/use-async';
import { HELP_REASON_LABELS } from './help-words';

type Sending =
  | { status: 'idle' }
  | { status: 'sending' }
  | { status: 'sent'; binomeHours: string | null }
  | { status: 'failed'; error: unknown };

/** The alert as it waits on the phone (the drafts, wiped at sign-out) until the server has it. */
const HELP_FORM = 'help-alert';

function asReason(stored: unknown): HelpReason | null {
  const reason = typeof stored === 'object' && stored !== null ? (stored as { reason?: unknown }).reason : null;
  return HELP_REASONS.find((known) => known === reason) ?? null;
}

/**
 * « J'ai besoin d'aide »: one tap warns the binôme, and the numbers that answer now show at
 * once, before the network answers (or when it never does). An alert that cannot leave waits
 * on the phone with its Idempotency-Key (the drafts): it leaves by itself once the connection
 * is back, even after she left the page or the phone reloaded it, and a retry sends the same
 * key: one alert, however many tries.
 */
export function HelpPage() {
  // Loaded ahead, so that the tap shows everything at once; without them, 119 is shown to all.
  const context = useAsync(async (signal) => {
    const [me, settings] = await Promise.all([getMyFile(signal).catch(() => null), getDashboardSettings(signal).catch(() => null)]);
    return { me, settings };
  }, []);
  const [reason, setReason] = useState<HelpReason | null>(null);
  const [sending, setSending] = useState<Sending>({ status: 'idle' });
  const loaded = context.state.status === 'ready' ? context.state.data : null;
  const today = todayInParis();

  // An alert still waiting on the phone (tapped before a reload, or on another visit): shown as waiting.
  useEffect(() => {
    let live = true;
    void drafts.read(HELP_FORM).then((kept) => {
      const waiting = kept?.send ? asReason(kept.value) : null;
      if (!live || !waiting) return;
      setReason((shown) => shown ?? waiting);
      setSending((shown) => (shown.status === 'idle' ? { status: 'failed', error: new KeptOnPhone() } : shown));
    });
    return () => {
      live = false;
    };
  }, []);

  // Every alert that leaves: the tap's, or the phone's own once the connection is back.
  useDraftSent(HELP_FORM, (outcome) => {
    if (outcome.status === 'sent') setSending({ status: 'sent', binomeHours: (outcome.data as HelpAnswer).binomeHours });
  });

  async function send(chosen: HelpReason) {
    setReason(chosen);
    setSending({ status: 'sending' });
    const body = { reason: chosen };
    try {
      // Once the server has it, useDraftSent says so.
      await sendAsDraft<HelpAnswer>(HELP_FORM, body, raiseHelpRequest(body));
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
                <strong>Ton alerte n’est pas partie : ton binôme n’est pas encore prévenu.</strong>{' '}
                {sending.error instanceof KeptOnPhone
                  ? 'Elle partira toute seule dès que la connexion revient, même si tu quittes cette page, ou touche « Renvoyer l’alerte ».'
                  : 'Touche « Renvoyer l’alerte » pour essayer encore.'}
              </p>
              <p>Les numéros ci-dessus répondent même sans connexion internet.</p>
            </ErrorNotice>
          )}
        </section>
      )}
    </>
  );
}
