import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { formatTimestamp } from '../lib/dates';
import { ErrorNotice, Loading } from '../ui/notices';
import { announce } from '../ui/status';
import { useAsync } from '../ui/use-async';

/** What every kind of alert on a file carries, whatever raised it. */
interface Alert {
  id: string;
  acknowledgedAt: string | null;
  acknowledgedByName?: string | null;
}

interface AlertsSectionProps<A extends Alert> {
  headingId: string;
  heading: string;
  loadingText: string;
  emptyText: string;
  acknowledgedText: string;
  youthId: string;
  load: (youthId: string, signal: AbortSignal) => Promise<{ items: A[] }>;
  /** Takes the alert in hand; answers it as it now is. */
  acknowledge: (youthId: string, alertId: string) => Promise<A>;
  /** The alert's line: what it is about and when it was raised. */
  describe: (alert: A) => ComponentChildren;
  /** Said after « Prendre en compte » to a screen reader, when the line alone does not tell which alert. */
  buttonSuffix?: (alert: A) => string;
  canAcknowledge: boolean;
}

/** A file's alerts of one kind, newest first; the binôme takes one in hand. */
export function AlertsSection<A extends Alert>(props: AlertsSectionProps<A>) {
  const alerts = useAsync((signal) => props.load(props.youthId, signal), [props.youthId]);
  const [error, setError] = useState<unknown>(null);

  async function acknowledge(alert: A) {
    setError(null);
    try {
      const acknowledged = await props.acknowledge(props.youthId, alert.id);
      announce(props.acknowledgedText);
      // The answer is the one alert changed: it takes its place, the others stay as they were.
      alerts.updateData(({ items }) => ({ items: items.map((item) => (item.id === acknowledged.id ? acknowledged : item)) }));
    } catch (failure) {
      setError(failure);
    }
  }

  return (
    <section aria-labelledby={props.headingId}>
      <h2 id={props.headingId}>{props.heading}</h2>
      {alerts.state.status === 'loading' && <Loading text={props.loadingText} />}
      {alerts.state.status === 'failed' && <ErrorNotice error={alerts.state.error} onRetry={alerts.reload} />}
      {error !== null && <ErrorNotice error={error} />}
      {alerts.state.status === 'ready' &&
        (alerts.state.data.items.length === 0 ? (
          <p class="empty">{props.emptyText}</p>
        ) : (
          <ul class="plain-list">
            {alerts.state.data.items.map((alert) => (
              <li key={alert.id} class={alert.acknowledgedAt ? 'entry' : 'entry card--alert'}>
                <p>{props.describe(alert)}</p>
                {alert.acknowledgedAt ? (
                  <p>
                    Prise en compte le {formatTimestamp(alert.acknowledgedAt)}
                    {alert.acknowledgedByName ? ` par ${alert.acknowledgedByName}` : ''}.
                  </p>
                ) : (
                  props.canAcknowledge && (
                    <button type="button" class="button" onClick={() => acknowledge(alert)}>
                      Prendre en compte
                      {props.buttonSuffix && <span class="visually-hidden"> : {props.buttonSuffix(alert)}</span>}
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
