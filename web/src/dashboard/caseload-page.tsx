import { useState } from 'preact/hooks';
import { acknowledgeDeadlineAlert, getCaseload } from '../api/dashboard';
import type { CaseloadItem, OpenDeadlineAlert } from '../api/types';
import { describeDistance, formatDate, formatTimestamp, todayInParis } from '../lib/dates';
import { caseloadRgpdSentence } from '../rgpd/rgpd-words';
import { href } from '../router/router';
import { youthPath } from '../staff/paths';
import { Fact } from '../ui/fact';
import { ErrorNotice, Loading } from '../ui/notices';
import { PageHeading } from '../ui/page-heading';
import { announce } from '../ui/status';
import { useAsync } from '../ui/use-async';
import { actionsSentence, caseloadCountSentence, deadlineAlertSentence, deadlineLabel, openHelpSentence } from './caseload-words';

/** « Mon suivi » (référent·e, coordinateur·rice): my young people, the most urgent first, and my count against the cap. */
export function MyCaseloadPage() {
  const caseload = useAsync((signal) => getCaseload(signal), []);
  const today = todayInParis();
  return (
    <>
      <PageHeading text="Mon suivi" />
      {caseload.state.status === 'loading' && <Loading text="Chargement de votre suivi…" />}
      {caseload.state.status === 'failed' && <ErrorNotice error={caseload.state.error} onRetry={caseload.reload} />}
      {caseload.state.status === 'ready' && (
        <>
          <p class={caseload.state.data.count.overCap ? 'notice notice--warning' : 'lead'}>
            {caseloadCountSentence(caseload.state.data.count)}
          </p>
          {caseload.state.data.items.length === 0 ? (
            <p class="empty">Aucun jeune dans votre suivi pour le moment.</p>
          ) : (
            <>
              <p>Les jeunes sont classés par urgence : d’abord ce qui est en retard, puis l’échéance la plus proche.</p>
              <ol class="cards plain-list">
                {caseload.state.data.items.map((item) => (
                  <li key={item.youthId}>
                    <CaseloadCard item={item} today={today} onAcknowledged={caseload.reload} />
                  </li>
                ))}
              </ol>
            </>
          )}
        </>
      )}
    </>
  );
}

/** The daily job's open alerts of one young person, each taken in hand with one button. */
function CaseloadAlerts({ youthId, alerts, onAcknowledged }: { youthId: string; alerts: OpenDeadlineAlert[]; onAcknowledged: () => void }) {
  const [error, setError] = useState<unknown>(null);
  async function acknowledge(alert: OpenDeadlineAlert) {
    setError(null);
    try {
      await acknowledgeDeadlineAlert(youthId, alert.id);
      announce('Alerte d’échéance prise en compte.');
      onAcknowledged();
    } catch (failure) {
      setError(failure);
    }
  }
  return (
    <>
      {error !== null && <ErrorNotice error={error} />}
      <ul class="plain-list" aria-label="Alertes d’échéance">
        {alerts.map((alert) => (
          <li key={alert.id} class={alert.stage === 'en_retard' ? 'notice notice--warning' : 'notice'}>
            {deadlineAlertSentence(alert)}{' '}
            <button type="button" class="button button--quiet" onClick={() => acknowledge(alert)}>
              Prendre en compte<span class="visually-hidden"> : {deadlineAlertSentence(alert)}</span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

function CaseloadCard({ item, today, onAcknowledged }: { item: CaseloadItem; today: string; onAcknowledged: () => void }) {
  const late = actionsSentence(item.lateActions, 'late');
  const soon = actionsSentence(item.soonActions, 'soon');
  const help = openHelpSentence(item.openHelpAlerts);
  const rgpd = caseloadRgpdSentence(item.rgpdRequests);
  return (
    <div class={item.late || help ? 'card card--alert' : 'card'}>
      <h2 class="card-title">
        <a href={href(youthPath(item.youthId))}>
          {item.firstName} {item.lastName}
        </a>
        {item.late && <span class="badge badge--alert"> En retard</span>}
      </h2>
      {help && (
        <p class="notice notice--error">
          <strong>{help}</strong> : ouvrez le dossier pour la prendre en compte.
        </p>
      )}
      {item.alerts.length > 0 && <CaseloadAlerts youthId={item.youthId} alerts={item.alerts} onAcknowledged={onAcknowledged} />}
      <dl class="facts">
        <Fact term="Prochaine échéance">
          {item.nextDeadline
            ? `${deadlineLabel(item.nextDeadline.kind)} : ${formatDate(item.nextDeadline.dueOn)} (${
                item.nextDeadline.late ? 'en retard' : describeDistance(today, item.nextDeadline.dueOn)
              })`
            : 'Aucune'}
        </Fact>
        {(late || soon) && <Fact term="Projet d’autonomie">{[late, soon].filter(Boolean).join(' ; ')}</Fact>}
        {item.housingAlert && (
          <Fact term="Logement">
            Sans solution logement : fin le {formatDate(item.housingAlert.endsOn)}, dans {item.housingAlert.daysLeft} jours
          </Fact>
        )}
        {rgpd && (
          <Fact term="Demandes RGPD">
            {rgpd} : <a href={href(youthPath(item.youthId))}>ouvrir le dossier pour y répondre</a>
          </Fact>
        )}
        <Fact term="Dernière note au journal">{item.lastJournalAt ? formatTimestamp(item.lastJournalAt) : 'Aucune'}</Fact>
      </dl>
    </div>
  );
}
