import { listOpenRgpdRequests } from '../api/rgpd-requests';
import type { OpenRgpdRequestList } from '../api/types';
import { formatDate } from '../lib/dates';
import { dueSentence, KIND_LABELS_STAFF, STATUS_LABELS } from '../rgpd/rgpd-words';
import { href } from '../router/router';
import { RgpdRequestsSection } from '../staff/rgpd-requests-section';
import { Fact } from '../ui/fact';
import { ErrorNotice, Loading } from '../ui/notices';
import { PageHeading } from '../ui/page-heading';
import { useAsync } from '../ui/use-async';

/** « Demandes RGPD »: the département's list, and one young person's requests. */
export const RGPD_REQUESTS_PATH = '/demandes-rgpd';
export const rgpdRequestsOfPath = (youthId: string) => `${RGPD_REQUESTS_PATH}/${encodeURIComponent(youthId)}`;

/**
 * « Demandes RGPD » (administrateur·rice): every request of the département waiting for an
 * answer, late ones first, then by due day. Names, kind and dates only; each young person
 * listed reads it in « Qui a consulté mon dossier ».
 */
export function OpenRgpdRequestsPage() {
  const list = useAsync((signal) => listOpenRgpdRequests(signal), []);
  return (
    <>
      <PageHeading text="Demandes RGPD" />
      <p class="lead">
        Les demandes des jeunes sur leurs données (accès, rectification, effacement, limitation, opposition) qui attendent une réponse : en
        retard d’abord, puis par échéance. La réponse est due dans le mois (RGPD art. 12.3).
      </p>
      {list.state.status === 'loading' && <Loading text="Chargement des demandes…" />}
      {list.state.status === 'failed' && <ErrorNotice error={list.state.error} onRetry={list.reload} />}
      {list.state.status === 'ready' && <OpenRequests items={list.state.data.items} />}
    </>
  );
}

function OpenRequests({ items }: { items: OpenRgpdRequestList['items'] }) {
  if (items.length === 0) return <p class="empty">Aucune demande en attente dans votre département.</p>;
  return (
    <ol class="cards plain-list">
      {items.map((item) => (
        <li key={item.requestId}>
          <div class={item.late ? 'card card--alert' : 'card'}>
            <h2 class="card-title">
              <a href={href(rgpdRequestsOfPath(item.youthId))}>
                {item.firstName} {item.lastName}
              </a>
              {item.late && <span class="badge badge--alert"> En retard</span>}
            </h2>
            <dl class="facts">
              <Fact term="Demande">{KIND_LABELS_STAFF[item.kind]}</Fact>
              <Fact term="Statut">{STATUS_LABELS.staff[item.status]}</Fact>
              <Fact term="Reçue le">{formatDate(item.receivedOn)}</Fact>
              <Fact term="Échéance">{dueSentence(item, 'staff')}</Fact>
              {item.archived && <Fact term="Dossier">En archive intermédiaire : seul un administrateur y répond.</Fact>}
            </dl>
          </div>
        </li>
      ))}
    </ol>
  );
}

/** One young person's requests, to read and answer: the page the list links to (the file may be archived). */
export function YouthRgpdRequestsPage({ youthId }: { youthId: string }) {
  return (
    <>
      <PageHeading text="Demandes RGPD d’un jeune" />
      <p>
        <a href={href(RGPD_REQUESTS_PATH)}>Retour aux demandes RGPD</a>
      </p>
      <RgpdRequestsSection youthId={youthId} canAnswer />
    </>
  );
}
