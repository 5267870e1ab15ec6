import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { getConsultation, listCommittees, listConsultations } from '../api/committees';
import type { Committee, Consultation } from '../api/types';
import { COMMITTEE_KIND_LABELS, countOf } from '../committees/labels';
import { COMMITTEES_PATH, consultationPath } from '../committees/paths';
import { closedVoteMessage } from '../committees/results';
import { formatTimestamp } from '../lib/dates';
import { findRoute, href, type RouteParams } from '../router/router';
import { NotFoundPage } from '../ui/not-found-page';
import { ErrorNotice, Loading } from '../ui/notices';
import { PageHeading } from '../ui/page-heading';
import { useAsync } from '../ui/use-async';
import { PublishedConsultation } from './committee-results';
import { hasPendingVote, ResumeVote, VotedNotice, VoteForm } from './committee-vote';

/** « Mes comités »: the young person's committees, their consultations, the vote and the results. A small chunk of its own. */
export function YouthCommitteePages({ path }: { path: string }) {
  const match = findRoute(ROUTES, path);
  return <>{match ? match.value(match.params) : <NotFoundPage home="/moi" />}</>;
}

const ROUTES: readonly (readonly [string, (params: RouteParams) => ComponentChildren])[] = [
  [COMMITTEES_PATH, () => <MyCommitteesPage />],
  [
    `${COMMITTEES_PATH}/:committeeId/consultations/:consultationId`,
    ({ committeeId = '', consultationId = '' }) => <MyConsultationPage committeeId={committeeId} consultationId={consultationId} />,
  ],
];

interface MyCommittee {
  committee: Committee;
  consultations: Consultation[];
}

const STATUS_ORDER: Record<Consultation['status'], number> = { ouverte: 0, publiee: 1, fermee: 2, a_venir: 3 };

async function loadMyCommittees(signal: AbortSignal): Promise<MyCommittee[]> {
  const { items } = await listCommittees(signal);
  return Promise.all(
    items.map(async (committee) => {
      const consultations = (await listConsultations(committee.id, signal)).items;
      // Open votes first, then results, newest first within each.
      consultations.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || b.opensAt.localeCompare(a.opensAt));
      return { committee, consultations };
    }),
  );
}

function MyCommitteesPage() {
  const data = useAsync(loadMyCommittees, []);
  return (
    <>
      <PageHeading text="Mes comités" />
      <p class="lead">
        Dans les comités des jeunes, tu donnes ton avis sur ce qui te concerne à l’ASE. Ici, tu votes aux consultations et tu vois ce qui a
        été fait de vos réponses.
      </p>
      {data.state.status === 'loading' && <Loading text="Chargement de tes comités…" />}
      {data.state.status === 'failed' && <ErrorNotice error={data.state.error} onRetry={data.reload} />}
      {data.state.status === 'ready' &&
        (data.state.data.length === 0 ? (
          <p class="empty">Tu ne fais partie d’aucun comité pour le moment. Si tu veux participer, parles-en à ton ou ta référent·e.</p>
        ) : (
          data.state.data.map((item) => <CommitteeSection key={item.committee.id} {...item} />)
        ))}
    </>
  );
}

function CommitteeSection({ committee, consultations }: MyCommittee) {
  const headingId = `comite-${committee.id}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{committee.name}</h2>
      <p class="muted">
        {COMMITTEE_KIND_LABELS[committee.kind]}
        {committee.territory ? ` – ${committee.territory}` : ''}
      </p>
      {consultations.length === 0 ? (
        <p class="empty">Pas de consultation pour le moment.</p>
      ) : (
        <ul class="plain-list">
          {consultations.map((consultation) => (
            <li key={consultation.id}>
              <ConsultationCard consultation={consultation} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ConsultationCard({ consultation }: { consultation: Consultation }) {
  const path = href(consultationPath(consultation.committeeId, consultation.id));
  return (
    <article class="card">
      <h3 class="card-title">{consultation.title}</h3>
      {consultation.status === 'ouverte' && !consultation.hasVoted && (
        <>
          <p>
            Vote ouvert jusqu’au <time dateTime={consultation.closesAt}>{formatTimestamp(consultation.closesAt)}</time>.
          </p>
          <a class="button" href={path}>
            Voter<span class="visually-hidden"> : {consultation.title}</span>
          </a>
        </>
      )}
      {consultation.status === 'ouverte' && consultation.hasVoted && (
        <>
          <p>
            <strong>Tu as voté.</strong> Les résultats seront publiés après la clôture, le{' '}
            <time dateTime={consultation.closesAt}>{formatTimestamp(consultation.closesAt)}</time> au plus tard.
          </p>
          <a href={path}>
            Voir la consultation<span class="visually-hidden"> : {consultation.title}</span>
          </a>
        </>
      )}
      {consultation.status === 'fermee' && (
        <p>
          Le vote est terminé{consultation.hasVoted ? ' et tu as voté' : ''}. {closedVoteMessage(consultation)}
        </p>
      )}
      {consultation.status === 'publiee' && (
        <a href={path}>
          Voir les résultats et ce qui a été fait<span class="visually-hidden"> : {consultation.title}</span>
        </a>
      )}
    </article>
  );
}

function MyConsultationPage({ committeeId, consultationId }: { committeeId: string; consultationId: string }) {
  const data = useAsync((signal) => getConsultation(committeeId, consultationId, signal), [committeeId, consultationId]);
  const consultation = data.state.status === 'ready' ? data.state.data : null;
  const [justVoted, setJustVoted] = useState(false);
  // A vote this phone still holds (sent, not yet counted): it is sent again first, whatever the page says.
  const [resumed, setResumed] = useState(false);
  // Read when the consultation is loaded, not at every render: a vote being sent from the form stays the form's.
  const held = useMemo(() => consultation !== null && hasPendingVote(consultation), [data.state]);
  const pending = held && !resumed;

  function markVoted() {
    if (!consultation) return;
    setResumed(true);
    setJustVoted(true);
    data.setData({ ...consultation, hasVoted: true });
    // The participation count now includes this vote; a failed refresh changes nothing shown.
    getConsultation(committeeId, consultationId).then(
      (latest) => data.setData({ ...latest, hasVoted: true }),
      () => {},
    );
  }

  return (
    <>
      <PageHeading text={consultation?.title ?? 'Consultation'} />
      <p>
        <a class="alone-link" href={href(COMMITTEES_PATH)}>
          Retour à mes comités
        </a>
      </p>
      {data.state.status === 'loading' && <Loading text="Chargement de la consultation…" />}
      {data.state.status === 'failed' && <ErrorNotice error={data.state.error} onRetry={data.reload} />}
      {consultation && (
        <>
          {consultation.description && <p class="entry-text">{consultation.description}</p>}
          {pending && consultation.status !== 'publiee' && (
            <ResumeVote consultation={consultation} onVoted={markVoted} onClosed={data.reload} />
          )}
          {consultation.status === 'ouverte' && !consultation.hasVoted && !pending && (
            <VoteForm consultation={consultation} onVoted={markVoted} onClosed={data.reload} />
          )}
          {consultation.status === 'ouverte' && consultation.hasVoted && !pending && (
            <>
              <VotedNotice takeFocus={justVoted} />
              <p>
                {countOf(consultation.ballots, 'membre')} {consultation.ballots <= 1 ? 'a' : 'ont'} voté pour l’instant. Le vote se termine
                le <time dateTime={consultation.closesAt}>{formatTimestamp(consultation.closesAt)}</time> ; les résultats seront publiés
                ensuite.
              </p>
            </>
          )}
          {consultation.status === 'fermee' && (
            <>
              {consultation.hasVoted && !pending && <VotedNotice takeFocus={justVoted} />}
              <p class="notice notice--info">Le vote est terminé. {closedVoteMessage(consultation)}</p>
            </>
          )}
          {consultation.status === 'publiee' && <PublishedConsultation consultation={consultation} />}
        </>
      )}
    </>
  );
}
