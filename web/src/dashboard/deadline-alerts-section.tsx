import { useState } from 'preact/hooks';
import { acknowledgeDeadlineAlert, listDeadlineAlerts } from '../api/dashboard';
import type { DeadlineAlert } from '../api/types';
import { formatDate, formatTimestamp } from '../lib/dates';
import { ErrorNotice, Loading } from '../ui/notices';
import { announce } from '../ui/status';
import { useAsync } from '../ui/use-async';
import { deadlineAlertSentence } from './caseload-words';

/** The daily job's deadline alerts on a file, newest first; the binôme takes one in hand. */
export function DeadlineAlertsSection({ youthId, canAcknowledge }: { youthId: string; canAcknowledge: boolean }) {
  const alerts = useAsync((signal) => listDeadlineAlerts(youthId, signal), [youthId]);
  const [error, setError] = useState<unknown>(null);

  async function acknowledge(alert: DeadlineAlert) {
    setError(null);
    try {
      await acknowledgeDeadlineAlert(youthId, alert.id);
      announce('Alerte d’échéance prise en compte.');
      alerts.reload();
    } catch (failure) {
      setError(failure);
    }
  }

  return (
    <section aria-labelledby="alertes-echeances">
      <h2 id="alertes-echeances">Alertes d’échéance</h2>
      {alerts.state.status === 'loading' && <Loading text="Chargement des alertes d’échéance…" />}
      {alerts.state.status === 'failed' && <ErrorNotice error={alerts.state.error} onRetry={alerts.reload} />}
      {error !== null && <ErrorNotice error={error} />}
      {alerts.state.status === 'ready' &&
        (alerts.state.data.items.length === 0 ? (
          <p class="empty">Aucune alerte d’échéance.</p>
        ) : (
          <ul class="plain-list">
            {alerts.state.data.items.map((alert) => (
              <li key={alert.id} class={alert.acknowledgedAt ? 'entry' : 'entry card--alert'}>
                <p>
                  <strong>{deadlineAlertSentence(alert)}</strong> — alerte du {formatDate(alert.raisedOn)}
                </p>
                {alert.acknowledgedAt ? (
                  <p>
                    Prise en compte le {formatTimestamp(alert.acknowledgedAt)}
                    {alert.acknowledgedByName ? ` par ${alert.acknowledgedByName}` : ''}.
                  </p>
                ) : (
                  canAcknowledge && (
                    <button type="button" class="button" onClick={() => acknowledge(alert)}>
                      Prendre en compte<span class="visually-hidden"> : {deadlineAlertSentence(alert)}</span>
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
