import { useEffect, useRef, useState } from 'preact/hooks';
import { closeConsultation, getCommittee, getConsultation, getResults, publishResults } from '../api/committees';
import type { Committee, Consultation, ConsultationResults } from '../api/types';
import { CONSULTATION_STATUS_LABELS, closingTime, countOf, participationText } from '../committees/labels';
import { committeePath } from '../committees/paths';
import { FeedbackList, ResultsByQuestion } from '../committees/results-view';
import { formatTimestamp } from '../lib/dates';
import { href } from '../router/router';
import { Fact } from '../ui/fact';
import { ErrorNotice, Loading } from '../ui/notices';
import { PageHeading } from '../ui/page-heading';
import { announce } from '../ui/status';
import { useAsync } from '../ui/use-async';
import { useInterval } from '../ui/use-interval';
import { useSubmit } from '../ui/use-submit';
import { PARTICIPATION_REFRESH_MS } from './committee-page';
import { creationWarnings } from './creation-warnings';
import { FollowUpEditor } from './follow-up-editor';

interface PageData {
  committee: Committee;
  consultation: Consultation;
}

async function loadPage(committeeId: string, consultationId: string, signal?: AbortSignal): Promise<PageData> {
  const [committee, consultation] = await Promise.all([
    getCommittee(committeeId, signal),
    getConsultation(committeeId, consultationId, signal),
  ]);
  return { committee, consultation };
}

/** One consultation for its organisers: live participation, closing, results, publication, follow-ups. */
export function OrganiserConsultationPage({ committeeId, consultationId }: { committeeId: string; consultationId: string }) {
  const data = useAsync((signal) => loadPage(committeeId, consultationId, signal), [committeeId, consultationId]);
  const ready = data.state.status === 'ready' ? data.state.data : null;
  const setConsultation = (consultation: Consultation) => {
    if (ready) data.setData({ ...ready, consultation });
  };

  return (
    <>
      <PageHeading text={ready?.consultation.title ?? 'Consultation'} />
      <p>
        <a href={href(committeePath(committeeId))}>Retour au comité{ready ? ` ${ready.committee.name}` : ''}</a>
      </p>
      {data.state.status === 'loading' && <Loading text="Chargement de la consultation…" />}
      {data.state.status === 'failed' && <ErrorNotice error={data.state.error} onRetry={data.reload} />}
      {ready && <ConsultationDetails committee={ready.committee} consultation={ready.consultation} onChange={setConsultation} />}
    </>
  );
}

function ConsultationDetails({
  committee,
  consultation,
  onChange,
}: {
  committee: Committee;
  consultation: Consultation;
  onChange: (consultation: Consultation) => void;
}) {
  const at = (iso: string) => <time dateTime={iso}>{formatTimestamp(iso)}</time>;
  const sealed = consultation.status === 'a_venir' || consultation.status === 'ouverte';
  // Told at creation; gone once members have been added up to the threshold.
  const warnings = sealed && committee.memberCount < consultation.minBallots ? creationWarnings(consultation.id) : [];
  return (
    <>
      {warnings.length > 0 && (
        <div class="notice notice--warning" role="note" aria-label="Avertissement">
          {warnings.map((warning) => (
            <p key={warning.code}>{warning.message}</p>
          ))}
        </div>
      )}
      <dl class="details">
        <Fact term="Statut">
          <span class={`tag tag--status tag--${consultation.status}`}>{CONSULTATION_STATUS_LABELS[consultation.status]}</span>
        </Fact>
        <Fact term="Ouverture">{at(consultation.opensAt)}</Fact>
        <Fact term="Clôture">{at(closingTime(consultation))}</Fact>
        {consultation.publishedAt && <Fact term="Résultats publiés">{at(consultation.publishedAt)}</Fact>}
        <Fact term="Seuil d’anonymat">{countOf(consultation.minBallots, 'vote')} minimum pour montrer les résultats</Fact>
        {consultation.status !== 'ouverte' && (
          <Fact term="Participation">{participationText(consultation.ballots, committee.memberCount)}</Fact>
        )}
      </dl>
      {consultation.description && <p class="entry-text">{consultation.description}</p>}
      {consultation.status === 'a_venir' && (
        <p class="notice notice--info">Les membres verront cette consultation à son ouverture, le {at(consultation.opensAt)}.</p>
      )}
      {consultation.status === 'ouverte' && <LiveParticipation committee={committee} consultation={consultation} onChange={onChange} />}
      {sealed ? <QuestionsList consultation={consultation} /> : <ResultsSection consultation={consultation} onChange={onChange} />}
    </>
  );
}

function QuestionsList({ consultation }: { consultation: Consultation }) {
  return (
    <section aria-labelledby="questions">
      <h2 id="questions">Questions</h2>
      <p class="hint">Les résultats restent scellés pendant le vote, même pour vous : seul le nombre de participations est visible.</p>
      <ol class="question-list">
        {consultation.questions.map((question) => (
          <li key={question.id}>
            <p>
              <strong>{question.label}</strong>{' '}
              <span class="muted">({question.kind === 'single' ? 'un seul choix' : 'plusieurs choix'})</span>
            </p>
            <ul>
              {question.options.map((option) => (
                <li key={option.id}>{option.label}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The participation count, refreshed every 20 s, and « Clore maintenant » with a confirmation. */
function LiveParticipation({
  committee,
  consultation,
  onChange,
}: {
  committee: Committee;
  consultation: Consultation;
  onChange: (consultation: Consultation) => void;
}) {
  const [refreshing, setRefreshing] = useState(false);
  const [refreshedAt, setRefreshedAt] = useState(() => new Date());
  const [refreshError, setRefreshError] = useState<unknown>(null);
  const [confirming, setConfirming] = useState(false);
  const closing = useSubmit();
  const closeButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  async function refresh(announceIt: boolean) {
    if (refreshing) return;
    setRefreshing(true);
    try {
      const latest = await getConsultation(consultation.committeeId, consultation.id);
      onChange(latest);
      setRefreshedAt(new Date());
      setRefreshError(null);
      if (announceIt) announce(`Participation mise à jour : ${countOf(latest.ballots, 'participation')}.`);
    } catch (error) {
      setRefreshError(error);
    } finally {
      setRefreshing(false);
    }
  }

  useInterval(() => refresh(false), PARTICIPATION_REFRESH_MS, true);

  const close = () =>
    closing.submit(async () => {
      const closed = await closeConsultation(consultation.committeeId, consultation.id);
      announce('La consultation est close : les membres ne peuvent plus voter.');
      onChange(closed);
      // The results section replaces this one: its heading takes the focus.
      setTimeout(() => document.getElementById('resultats')?.focus());
    });

  return (
    <section aria-labelledby="participation">
      <h2 id="participation">Participation</h2>
      <p class="participation-count">
        <strong>{participationText(consultation.ballots, committee.memberCount)}</strong>
      </p>
      <p class="hint">
        Mise à jour à <time dateTime={refreshedAt.toISOString()}>{refreshedAt.toLocaleTimeString('fr-FR')}</time>, puis toutes les 20
        secondes pendant le vote. Qui a voté et ce qui a été choisi ne sont jamais affichés.
      </p>
      {refreshError !== null && <ErrorNotice error={refreshError} />}
      <div class="form-actions">
        <button type="button" class="button button--secondary" aria-busy={refreshing} onClick={() => refresh(true)}>
          {refreshing ? 'Mise à jour…' : 'Actualiser la participation'}
        </button>
        {!confirming && (
          <button type="button" class="button" ref={closeButton} onClick={() => setConfirming(true)}>
            Clore maintenant
          </button>
        )}
      </div>
      {confirming && (
        <div class="notice notice--warning confirm">
          <p id="close-question">
            <strong>Clore la consultation maintenant ?</strong> Les membres ne pourront plus voter ni donner d’avis. On ne peut pas la
            rouvrir.
          </p>
          {closing.failure !== null && <ErrorNotice error={closing.failure} />}
          <div class="form-actions">
            <button
              type="button"
              class="button"
              ref={confirmButton}
              aria-busy={closing.busy}
              aria-describedby="close-question"
              onClick={close}
            >
              {closing.busy ? 'Clôture…' : 'Oui, clore maintenant'}
            </button>
            <button
              type="button"
              class="button button--secondary"
              onClick={() => {
                setConfirming(false);
                closing.clearFailure();
                setTimeout(() => closeButton.current?.focus());
              }}
            >
              Annuler
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

/** After the closing: the results (or why they stay withheld), the feedback, publication, follow-ups. */
function ResultsSection({ consultation, onChange }: { consultation: Consultation; onChange: (consultation: Consultation) => void }) {
  const results = useAsync((signal) => getResults(consultation.committeeId, consultation.id, signal), [consultation.id]);
  return (
    <>
      <section aria-labelledby="resultats">
        <h2 id="resultats" tabIndex={-1}>
          Résultats
        </h2>
        {results.state.status === 'loading' && <Loading text="Chargement des résultats…" />}
        {results.state.status === 'failed' && <ErrorNotice error={results.state.error} onRetry={results.reload} />}
        {results.state.status === 'ready' && <Results consultation={consultation} results={results.state.data} />}
      </section>
      {results.state.status === 'ready' && !results.state.data.withheld && (
        <>
          <section aria-labelledby="avis-libres">
            <h2 id="avis-libres">Avis libres</h2>
            <FeedbackList feedback={results.state.data.feedback ?? []} empty="Aucun avis libre n’a été donné." />
          </section>
          {consultation.status === 'fermee' && <PublishSection consultation={consultation} onChange={onChange} />}
        </>
      )}
      {consultation.status === 'publiee' && (
        <section aria-labelledby="suites">
          <h2 id="suites" tabIndex={-1}>
            Ce qui a été fait
          </h2>
          <p class="hint">
            Pour chaque question, dites aux membres ce qui a été décidé ou fait. Ils peuvent répondre, anonymement, si cela répond à leur
            question.
          </p>
          {consultation.questions.map((question) => (
            <FollowUpEditor
              key={question.id}
              consultation={consultation}
              question={question}
              followUp={consultation.followUps.find((item) => item.questionId === question.id) ?? null}
              onSaved={onChange}
            />
          ))}
        </section>
      )}
    </>
  );
}

function Results({ consultation, results }: { consultation: Consultation; results: ConsultationResults }) {
  if (!results.withheld) return <ResultsByQuestion consultation={consultation} results={results} />;
  if (results.reason === 'consultation_ouverte') {
    return <p class="notice notice--info">Les résultats restent scellés tant que la consultation est ouverte.</p>;
  }
  return (
    <div class="notice notice--warning">
      <p>
        <strong>Moins de {consultation.minBallots} votes : les résultats restent masqués pour protéger l’anonymat.</strong>
      </p>
      <p>
        Avec {countOf(results.ballots, 'participation')}, un total permettrait de deviner ce que certains membres ont choisi. Ces résultats
        ne seront ni affichés ni publiés, et les avis libres restent masqués aussi.
      </p>
    </div>
  );
}

function PublishSection({ consultation, onChange }: { consultation: Consultation; onChange: (consultation: Consultation) => void }) {
  const { busy: publishing, failure, submit } = useSubmit();
  const publish = () =>
    submit(async () => {
      const published = await publishResults(consultation.committeeId, consultation.id);
      announce('Résultats publiés : les membres peuvent les voir.');
      onChange(published);
      // The follow-ups section appears in its place: its heading takes the focus.
      setTimeout(() => document.getElementById('suites')?.focus());
    });

  return (
    <section aria-labelledby="publier">
      <h2 id="publier">Publier</h2>
      <p>
        Une fois publiés, les résultats et les avis libres sont visibles par les membres du comité. Vous indiquerez ensuite ce qui a été
        fait.
      </p>
      {failure !== null && <ErrorNotice error={failure} />}
      <button type="button" class="button" aria-busy={publishing} onClick={publish}>
        {publishing ? 'Publication…' : 'Publier les résultats'}
      </button>
    </section>
  );
}
