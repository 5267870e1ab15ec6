import { useState } from 'preact/hooks';
import { getCommittee, listConsultations } from '../api/committees';
import type { Committee, Consultation } from '../api/types';
import { COMMITTEE_KIND_LABELS, closingTime, countOf, participationText } from '../committees/labels';
import { COMMITTEES_PATH, consultationPath, newConsultationPath } from '../committees/paths';
import { formatTimestamp } from '../lib/dates';
import { href } from '../router/router';
import { ErrorNotice, Loading } from '../ui/notices';
import { PageHeading } from '../ui/page-heading';
import { announce } from '../ui/status';
import { useAsync } from '../ui/use-async';
import { useInterval } from '../ui/use-interval';
import { groupConsultations } from './committee-rules';
import { MembersSection } from './members-section';

/** While a vote is open, the participation count is refreshed this often. */
export const PARTICIPATION_REFRESH_MS = 20_000;

interface CommitteeData {
  committee: Committee;
  consultations: Consultation[];
}

async function loadCommittee(committeeId: string, signal?: AbortSignal): Promise<CommitteeData> {
  const [committee, consultations] = await Promise.all([getCommittee(committeeId, signal), listConsultations(committeeId, signal)]);
  return { committee, consultations: consultations.items };
}

/** One committee for its organisers: members, and consultations by status with their live participation. */
export function CommitteePage({ committeeId }: { committeeId: string }) {
  const data = useAsync((signal) => loadCommittee(committeeId, signal), [committeeId]);
  const [refreshing, setRefreshing] = useState(false);
  const [refreshedAt, setRefreshedAt] = useState(() => new Date());
  const [refreshError, setRefreshError] = useState<unknown>(null);
  const ready = data.state.status === 'ready' ? data.state.data : null;
  const anyOpen = ready?.consultations.some((item) => item.status === 'ouverte') ?? false;

  /** Reloads without a loading state, so that nothing moves under the reader; `announceIt` for the button. */
  async function refresh(announceIt: boolean) {
    if (refreshing) return;
    setRefreshing(true);
    try {
      const latest = await loadCommittee(committeeId);
      data.setData(latest);
      setRefreshedAt(new Date());
      setRefreshError(null);
      if (announceIt) announce('Participation mise à jour.');
    } catch (error) {
      setRefreshError(error);
    } finally {
      setRefreshing(false);
    }
  }

  useInterval(() => refresh(false), PARTICIPATION_REFRESH_MS, anyOpen);

  return (
    <>
      <PageHeading text={ready?.committee.name ?? 'Comité'} />
      <p>
        <a href={href(COMMITTEES_PATH)}>Retour aux comités</a>
      </p>
      {data.state.status === 'loading' && <Loading text="Chargement du comité…" />}
      {data.state.status === 'failed' && <ErrorNotice error={data.state.error} onRetry={data.reload} />}
      {ready && (
        <>
          <p class="muted">
            {COMMITTEE_KIND_LABELS[ready.committee.kind]}
            {ready.committee.territory ? ` – ${ready.committee.territory}` : ''}
          </p>
          <MembersSection
            committee={ready.committee}
            onAdded={() => data.setData({ ...ready, committee: { ...ready.committee, memberCount: ready.committee.memberCount + 1 } })}
          />
          <section aria-labelledby="consultations">
            <h2 id="consultations">Consultations</h2>
            <p>
              <a class="button" href={href(newConsultationPath(ready.committee.id))}>
                Créer une consultation
              </a>
            </p>
            {anyOpen && (
              <div class="refresh-bar">
                <p class="hint">
                  Participation à <time dateTime={refreshedAt.toISOString()}>{refreshedAt.toLocaleTimeString('fr-FR')}</time>, mise à jour
                  toutes les 20 secondes pendant le vote. Seul le nombre de participations est visible avant la clôture.
                </p>
                <button type="button" class="button button--secondary" aria-busy={refreshing} onClick={() => refresh(true)}>
                  {refreshing ? 'Mise à jour…' : 'Actualiser la participation'}
                </button>
              </div>
            )}
            {refreshError !== null && <ErrorNotice error={refreshError} />}
            {ready.consultations.length === 0 ? (
              <p class="empty">Aucune consultation pour le moment.</p>
            ) : (
              groupConsultations(ready.consultations).map((group) => (
                <div key={group.status} class="consultation-group">
                  <h3>
                    {group.title} ({group.items.length})
                  </h3>
                  <ul class="plain-list">
                    {group.items.map((consultation) => (
                      <li key={consultation.id}>
                        <ConsultationCard consultation={consultation} memberCount={ready.committee.memberCount} />
                      </li>
                    ))}
                  </ul>
                </div>
              ))
            )}
          </section>
        </>
      )}
    </>
  );
}

function ConsultationCard({ consultation, memberCount }: { consultation: Consultation; memberCount: number }) {
  const at = (iso: string) => <time dateTime={iso}>{formatTimestamp(iso)}</time>;
  return (
    <article class="card">
      <h4 class="card-title">
        <a href={href(consultationPath(consultation.committeeId, consultation.id))}>{consultation.title}</a>
      </h4>
      {consultation.status === 'a_venir' && <p>Ouvrira le {at(consultation.opensAt)}.</p>}
      {consultation.status === 'ouverte' && (
        <>
          <p class="participation">
            <strong>{participationText(consultation.ballots, memberCount)}</strong>
          </p>
          <p>Clôture le {at(consultation.closesAt)}.</p>
        </>
      )}
      {consultation.status === 'fermee' && (
        <p>
          Close le {at(closingTime(consultation))} : {countOf(consultation.ballots, 'participation')}.
        </p>
      )}
      {consultation.status === 'publiee' && consultation.publishedAt && (
        <p>
          Résultats publiés le {at(consultation.publishedAt)} : {countOf(consultation.ballots, 'participation')}.
        </p>
      )}
    </article>
  );
}
