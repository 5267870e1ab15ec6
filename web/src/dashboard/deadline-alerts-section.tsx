import { acknowledgeDeadlineAlert, listDeadlineAlerts } from '../api/dashboard';
import type { DeadlineAlert } from '../api/types';
import { formatDate } from '../lib/dates';
import { AlertsSection } from './alerts-section';
import { deadlineAlertSentence } from './caseload-words';

/** The daily job's deadline alerts on a file, newest first; the binôme takes one in hand. */
export function DeadlineAlertsSection({ youthId, canAcknowledge }: { youthId: string; canAcknowledge: boolean }) {
  return (
    <AlertsSection<DeadlineAlert>
      youthId={youthId}
      canAcknowledge={canAcknowledge}
      headingId="alertes-echeances"
      heading="Alertes d’échéance"
      loadingText="Chargement des alertes d’échéance…"
      emptyText="Aucune alerte d’échéance."
      acknowledgedText="Alerte d’échéance prise en compte."
      load={listDeadlineAlerts}
      acknowledge={acknowledgeDeadlineAlert}
      describe={(alert) => (
        <>
          <strong>{deadlineAlertSentence(alert)}</strong> — alerte du {formatDate(alert.raisedOn)}
        </>
      )}
      buttonSuffix={deadlineAlertSentence}
    />
  );
}
