import { acknowledgeHelpAlert, listHelpAlerts } from '../api/dashboard';
import type { HelpAlert } from '../api/types';
import { formatTimestamp } from '../lib/dates';
import { AlertsSection } from './alerts-section';
import { helpReasonLabel } from './caseload-words';

/** « J'ai besoin d'aide » on a file: the young person's alerts, newest first; the binôme takes one in hand. */
export function HelpAlertsSection({ youthId, canAcknowledge }: { youthId: string; canAcknowledge: boolean }) {
  return (
    <AlertsSection<HelpAlert>
      youthId={youthId}
      canAcknowledge={canAcknowledge}
      headingId="alertes-aide"
      heading="Alertes « J’ai besoin d’aide »"
      loadingText="Chargement des alertes…"
      emptyText="Aucune alerte."
      acknowledgedText="Alerte prise en compte."
      load={listHelpAlerts}
      acknowledge={acknowledgeHelpAlert}
      describe={(alert) => (
        <>
          <strong>{helpReasonLabel(alert.reason)}</strong> — {formatTimestamp(alert.raisedAt)}
        </>
      )}
    />
  );
}
