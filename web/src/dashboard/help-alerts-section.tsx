import { useState } from 'preact/hooks';
import { acknowledgeHelpAlert, listHelpAlerts } from '../api/dashboard';
import type { HelpAlert } from '../api/types';
import { formatTimestamp } from '../lib/dates';
import { ErrorNotice, Loading } from '../ui/notices';
import { announce } from '../ui/status';
import { useAsync } from '../ui/use-async';
import { helpReasonLabel } from './caseload-words';

/** « J'ai besoin d'aide » on a file: the young person's alerts, newest first; the binôme takes one in hand. */
export function HelpAlertsSection({ youthId, canAcknowledge }: { youthId: string; canAcknowledge: boolean }) {
  const alerts = useAsync((signal) => listHelpAlerts(youthId, signal), [youthId]);
  const [error, setError] = useState<unknown>(null);

  async function acknowledge(alert: HelpAlert) {
    setError(null);
    try {
      await acknowledgeHelpAlert(youthId, alert.id);
      announce('Alerte prise en compte.');
      alerts.reload();
    } catch (failure) {
      setError(failure);
    }
  }

  return (
    <section aria-labelledby="alertes-aide">
      <h2 id="alertes-aide">Alertes « J’ai besoin d’aide »</h2>
      {alerts.state.status === 'loading' && <Loading text="Chargement des alertes…" />}
      {alerts.state.status === 'failed' && <ErrorNotice error={alerts.state.error} onRetry={alerts.reload} />}
      {error !== null && <ErrorNotice error={error} />}
      {alerts.state.status === 'ready' &&
        (alerts.state.data.items.length === 0 ? (
          <p class="empty">Aucune alerte.</p>
        ) : (
          <ul class="plain-list">
            {alerts.state.data.items.map((alert) => (
              <li key={alert.id} class={alert.acknowledgedAt ? 'entry' : 'entry card--alert'}>
                <p>
                  <strong>{helpReasonLabel(alert.reason)}</strong> — {formatTimestamp(alert.raisedAt)}
                </p>
                {alert.acknowledgedAt ? (
                  <p>
                    Prise en compte le {formatTimestamp(alert.acknowledgedAt)}
                    {alert.acknowledgedByName ? ` par ${alert.acknowledgedByName}` : ''}.
                  </p>
                ) : (
                  canAcknowledge && (
                    <button type="button" class="button" onClick={() => acknowledge(alert)}>
                      Prendre en compte
                    </button>
                  )
                )}
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
