import type { RefObject } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { decideOnYouthFile, type YouthAction } from '../../../shared/auth/policy.js';
import { RIGHT_WORDS } from '../../../shared/domain/rights.js';
import { getInterviewDeadlines, getPlanHistory, getPlanOrNull, getPreparation, listInterviews } from '../api/interviews';
import type { DeadlineStatus, Interview, Plan, PlanHistoryItem, Youth } from '../api/types';
import { getYouth } from '../api/youth';
import type { Session } from '../auth/token';
import {
  DEADLINE_STATUS_LABELS,
  domainLabel,
  EXIT_INDICATOR_LABELS,
  EXIT_INDICATORS,
  exitCategoryLabel,
  groupByDomain,
  INTERVIEW_KIND_LABELS,
  LEGACY_EXIT_LABELS,
  participantLabel,
  planHistoryEventText,
  planStatusSentence,
  planVersionLine,
  RIGHT_ANSWER_LABELS,
} from '../interviews/labels';
import { PlanByNeed } from '../interviews/plan-goals';
import { PlanPrintPage } from '../interviews/plan-print-page';
import { formatDate, formatTimestamp } from '../lib/dates';
import { href } from '../router/router';
import { Fact } from '../ui/fact';
import { ErrorNotice, Loading } from '../ui/notices';
import { PageHeading } from '../ui/page-heading';
import { announce } from '../ui/status';
import { useAsync } from '../ui/use-async';
import { InterviewForm } from './interview-form';
import { LatestGridPairSection } from './latest-grid-pair-section';
import { interviewPath, planPrintPath, youthPath } from './paths';
import { PlanEditor } from './plan-editor';

/** The projet d'autonomie to print, for staff. */
export function StaffPlanPrintPage({ id, session }: { id: string; session: Session }) {
  return (
    <PlanPrintPage
      load={async (signal) => {
        const [youth, plan] = await Promise.all([getYouth(id, signal), getPlanOrNull(id, signal)]);
        // The member of the binôme printing it is named; the other's name is not loaded here.
        const own = session.sub === youth.referentId ? 'referent' : session.sub === youth.coordinateurId ? 'coordinateur' : null;
        return { youth, plan, names: own && session.name ? { [own]: session.name } : {} };
      }}
      backPath={interviewPath(id)}
      backLabel="Retour à l’entretien pour l’autonomie"
    />
  );
}

/** « Entretien pour l'autonomie (entretien des 17 ans) »: deadlines, the shared preparation, interview records and the projet d'autonomie. */
export function StaffInterviewPage({ id, session }: { id: string; session: Session }) {
  const file = useAsync((signal) => getYouth(id, signal), [id]);
  const youth = file.state.status === 'ready' ? file.state.data : null;
  return (
    <>
      <PageHeading
        text={
          youth
            ? `Entretien pour l’autonomie (entretien des 17 ans) – ${youth.firstName} ${youth.lastName}`
            : 'Entretien pour l’autonomie (entretien des 17 ans)'
        }
      />
      <p>
        <a href={href(youthPath(id))}>Retour au dossier</a>
      </p>
      {file.state.status === 'loading' && <Loading text="Chargement du dossier…" />}
      {file.state.status === 'failed' && <ErrorNotice error={file.state.error} onRetry={file.reload} />}
      {youth && <InterviewWorkspace youth={youth} session={session} />}
    </>
  );
}

function InterviewWorkspace({ youth, session }: { youth: Youth; session: Session }) {
  // The same policy as the API, so that nobody is offered an action the API would refuse.
  const can = (action: YouthAction) => decideOnYouthFile(session, action, youth) === 'allow';
  // Saving an interview or the plan moves the deadlines: they are read again then.
  const [deadlinesRound, setDeadlinesRound] = useState(0);
  const refreshDeadlines = () => setDeadlinesRound((round) => round + 1);
  // A grid proposal accepted here adds an action to the plan: the plan is read again then.
  const [planRound, setPlanRound] = useState(0);
  return (
    <>
      <DeadlinesSection youthId={youth.id} round={deadlinesRound} />
      <SharedPreparationSection youthId={youth.id} />
      {can('grid.read') && (
        <LatestGridPairSection
          youthId={youth.id}
          canDecide={can('grid.decide')}
          onPlanChanged={() => {
            setPlanRound((round) => round + 1);
            refreshDeadlines();
          }}
        />
      )}
      <InterviewsSection
        youthId={youth.id}
        trustedPerson={youth.trustedPerson}
        canWrite={can('interview.write')}
        onSaved={refreshDeadlines}
      />
      <PlanSection youthId={youth.id} canWrite={can('plan.write')} round={planRound} onSaved={refreshDeadlines} />
    </>
  );
}

function StatusTag({ status }: { status: DeadlineStatus }) {
  return <span class={`tag tag--${status}`}>{DEADLINE_STATUS_LABELS[status]}</span>;
}

function DeadlinesSection({ youthId, round }: { youthId: string; round: number }) {
  const deadlines = useAsync((signal) => getInterviewDeadlines(youthId, signal), [youthId, round]);
  const state = deadlines.state;
  return (
    <section aria-labelledby="echeances-entretiens">
      <h2 id="echeances-entretiens">Échéances</h2>
      {state.status === 'loading' && <Loading text="Chargement des échéances…" />}
      {state.status === 'failed' && <ErrorNotice error={state.error} onRetry={deadlines.reload} />}
      {state.status === 'ready' && (
        <dl class="details deadlines">
          <Fact term="Entretien pour l’autonomie (entretien des 17 ans)">
            <StatusTag status={state.data.entretien17.status} /> Entre le {formatDate(state.data.entretien17.opensOn)} et le{' '}
            {formatDate(state.data.entretien17.dueBy)}
            {state.data.entretien17.target !== state.data.entretien17.dueBy &&
              ` ; objectif du département : au plus tard le ${formatDate(state.data.entretien17.target)}`}
            .
            {state.data.entretien17.status === 'sans_objet' &&
              ' La prise en charge a pris fin avant l’échéance : l’entretien n’est plus dû.'}
          </Fact>
          <DueFact
            term="Entretien de suivi"
            deadline={state.data.followUp}
            none="Pas encore dû : il a lieu six mois après la fin de la prise en charge."
          />
          <DueFact term="Révision du projet d’autonomie" deadline={state.data.planReview} none="Pas encore de projet d’autonomie." />
        </dl>
      )}
    </section>
  );
}

function SharedPreparationSection({ youthId }: { youthId: string }) {
  const preparation = useAsync((signal) => getPreparation(youthId, signal), [youthId]);
  const state = preparation.state;
  return (
    <section aria-labelledby="preparation-jeune">
      <h2 id="preparation-jeune">Préparation du jeune</h2>
      {state.status === 'loading' && <Loading text="Chargement de la préparation…" />}
      {state.status === 'failed' && <ErrorNotice error={state.error} onRetry={preparation.reload} />}
      {state.status === 'ready' &&
        (state.data.answers === null || state.data.sharedAt === null ? (
          <p class="empty">Préparation pas encore partagée par le jeune.</p>
        ) : (
          <>
            <p>
              Partagée par le jeune le {formatTimestamp(state.data.sharedAt)}
              {state.data.updatedAt && state.data.updatedAt > state.data.sharedAt
                ? `, complétée depuis (dernière modification le ${formatTimestamp(state.data.updatedAt)})`
                : ''}
              .
            </p>
            {groupByDomain(state.data.template.questions).map(([domain, questions]) => (
              <div key={domain} class="answers">
                <h3>{domainLabel(domain, 'staff')}</h3>
                <dl class="details">
                  {questions.map((question) => {
                    const answer = state.data.answers?.[question.id]?.trim();
                    return (
                      <div key={question.id}>
                        <dt>{question.label}</dt>
                        <dd class="entry-text">{answer || <span class="muted">Pas de réponse</span>}</dd>
                      </div>
                    );
                  })}
                </dl>
              </div>
            ))}
          </>
        ))}
    </section>
  );
}

type Editing = { mode: 'create' } | { mode: 'edit'; interview: Interview } | null;

function InterviewsSection({
  youthId,
  trustedPerson,
  canWrite,
  onSaved,
}: {
  youthId: string;
  trustedPerson: Youth['trustedPerson'];
  canWrite: boolean;
  onSaved: () => void;
}) {
  const list = useAsync((signal) => listInterviews(youthId, signal).then((page) => page.items), [youthId]);
  const [editing, setEditing] = useState<Editing>(null);
  const newButton = useRef<HTMLButtonElement>(null);
  const state = list.state;
  const items = state.status === 'ready' ? state.data : [];

  const replace = (interview: Interview) => {
    const others = items.filter((item) => item.id !== interview.id);
    const known = others.length < items.length;
    list.setData(known ? items.map((item) => (item.id === interview.id ? interview : item)) : [...items, interview]);
  };

  function close() {
    setEditing(null);
    setTimeout(() => newButton.current?.focus());
  }

  function saved(interview: Interview) {
    replace(interview);
    close();
    onSaved();
    announce('Compte rendu enregistré.');
  }

  return (
    <section aria-labelledby="comptes-rendus">
      <h2 id="comptes-rendus">Comptes rendus d’entretien</h2>
      {state.status === 'loading' && <Loading text="Chargement des entretiens…" />}
      {state.status === 'failed' && <ErrorNotice error={state.error} onRetry={list.reload} />}
      {state.status === 'ready' && (
        <>
          {items.length === 0 && <p class="empty">Aucun compte rendu pour le moment.</p>}
          <ul class="plain-list entries">
            {items.map((interview) => (
              <li key={interview.id}>
                {editing?.mode === 'edit' && editing.interview.id === interview.id ? (
                  <InterviewForm
                    youthId={youthId}
                    interview={interview}
                    defaultKind={interview.kind}
                    onNewerVersion={replace}
                    onCancel={close}
                    onSaved={saved}
                  />
                ) : (
                  <InterviewRecord
                    interview={interview}
                    onEdit={canWrite && editing === null ? () => setEditing({ mode: 'edit', interview }) : undefined}
                  />
                )}
              </li>
            ))}
          </ul>
          {canWrite &&
            (editing?.mode === 'create' ? (
              <InterviewForm
                youthId={youthId}
                interview={null}
                defaultKind={items.some((item) => item.kind === 'entretien17') ? 'suivi' : 'entretien17'}
                trustedPerson={trustedPerson}
                onNewerVersion={replace}
                onCancel={close}
                onSaved={saved}
              />
            ) : (
              editing === null && (
                <button type="button" class="button button--secondary" ref={newButton} onClick={() => setEditing({ mode: 'create' })}>
                  Nouveau compte rendu d’entretien
                </button>
              )
            ))}
        </>
      )}
    </section>
  );
}

/** A deadline that applies only once something has happened (`none` says what, until then). */
function DueFact({ term, deadline, none }: { term: string; deadline: { dueBy: string; status: DeadlineStatus } | null; none: string }) {
  return (
    <Fact term={term}>
      {deadline ? (
        <>
          <StatusTag status={deadline.status} /> Au plus tard le {formatDate(deadline.dueBy)}.
        </>
      ) : (
        none
      )}
    </Fact>
  );
}

function InterviewRecord({ interview, onEdit }: { interview: Interview; onEdit?: (() => void) | undefined }) {
  const title = INTERVIEW_KIND_LABELS[interview.kind];
  return (
    <article class="entry interview-record">
      <h3 class="card-title">{title}</h3>
      <dl class="facts">
        <Fact term="Date prévue">{interview.scheduledOn ? formatDate(interview.scheduledOn) : 'Non fixée'}</Fact>
        <Fact term="Réalisé le">{interview.heldOn ? formatDate(interview.heldOn) : 'Pas encore'}</Fact>
        <Fact term="Participants">
          {interview.participants.length === 0 ? 'Non indiqués' : interview.participants.map(participantLabel).join(', ')}
        </Fact>
        {interview.youngPersonAbsentReason && (
          <Fact term="Sans le jeune, parce que">
            <span class="entry-text">{interview.youngPersonAbsentReason}</span>
          </Fact>
        )}
      </dl>
      {interview.rightsTold.length > 0 && (
        <>
          <h4>Droits expliqués</h4>
          <ul>
            {interview.rightsTold.map((told) => (
              <li key={told.right}>
                {RIGHT_WORDS[told.right].staff} : le {formatDate(told.toldOn)}
                {told.answer && ` (réponse : ${RIGHT_ANSWER_LABELS[told.answer]})`}
              </li>
            ))}
          </ul>
        </>
      )}
      {interview.summary && (
        <>
          <h4>Synthèse</h4>
          <p class="entry-text">{interview.summary}</p>
        </>
      )}
      {groupByDomain(interview.points).map(([domain, points]) => (
        <div key={domain}>
          <h4>{domainLabel(domain, 'staff')}</h4>
          <ul>
            {points.map((point, index) => (
              // Points have no id; their order within a domain is stable between renders.
              <li key={index} class="entry-text">
                {point.text}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {interview.kind === 'suivi' && interview.situation && (
        <>
          <h4>Situation six mois après la sortie</h4>
          <ul>
            {EXIT_INDICATORS.map((indicator) => (
              <li key={indicator}>
                {EXIT_INDICATOR_LABELS[indicator]} : {exitCategoryLabel(indicator, interview.situation?.[indicator])}
              </li>
            ))}
          </ul>
        </>
      )}
      {interview.kind === 'suivi' && interview.supportAgainToldOn && (
        <p>
          Informé·e le {formatDate(interview.supportAgainToldOn)} qu’il ou elle peut redemander un accompagnement (demande possible jusqu’à
          21 ans, accompagnement prolongeable jusqu’à la fin de l’année scolaire ou universitaire).
        </p>
      )}
      {interview.legacyExitIndicators && (
        <>
          <h4>Situation à la sortie (enregistrée avant les catégories)</h4>
          <ul>
            {(Object.keys(LEGACY_EXIT_LABELS) as (keyof typeof LEGACY_EXIT_LABELS)[]).map((indicator) => (
              <li key={indicator}>
                {LEGACY_EXIT_LABELS[indicator]} : {interview.legacyExitIndicators?.[indicator] ? 'oui' : 'non'}
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="entry-meta">Dernière modification le {formatTimestamp(interview.updatedAt)}</p>
      {onEdit && (
        <button type="button" class="button button--secondary" onClick={onEdit}>
          Modifier le compte rendu<span class="visually-hidden"> : {title.toLowerCase()}</span>
        </button>
      )}
    </article>
  );
}

function PlanSection({ youthId, canWrite, round, onSaved }: { youthId: string; canWrite: boolean; round: number; onSaved: () => void }) {
  const plan = useAsync((signal) => getPlanOrNull(youthId, signal), [youthId, round]);
  const [editing, setEditing] = useState(false);
  const status = useRef<HTMLParagraphElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const state = plan.state;
  const current = state.status === 'ready' ? state.data : null;

  return (
    <section aria-labelledby="projet-autonomie">
      <h2 id="projet-autonomie">Projet d’autonomie</h2>
      {state.status === 'loading' && <Loading text="Chargement du projet…" />}
      {state.status === 'failed' && <ErrorNotice error={state.error} onRetry={plan.reload} />}
      {state.status === 'ready' && (
        <>
          {current === null ? (
            <p class="empty">Pas encore de projet d’autonomie.</p>
          ) : (
            <PlanSummary plan={current} statusRef={status} youthId={youthId} showGoals={!editing} />
          )}
          {canWrite &&
            (editing ? (
              <PlanEditor
                youthId={youthId}
                plan={current}
                onNewerVersion={(latest) => plan.setData(latest)}
                onCancel={() => {
                  setEditing(false);
                  setTimeout(() => editButton.current?.focus());
                }}
                onSaved={(saved: Plan) => {
                  plan.setData(saved);
                  setEditing(false);
                  onSaved();
                  announce(saved.status === 'brouillon' ? 'Projet enregistré en brouillon.' : 'Projet enregistré et proposé au jeune.');
                  setTimeout(() => status.current?.focus());
                }}
              />
            ) : (
              <button type="button" class="button button--secondary" ref={editButton} onClick={() => setEditing(true)}>
                {current ? 'Modifier le projet' : 'Rédiger le projet'}
              </button>
            ))}
        </>
      )}
    </section>
  );
}

function PlanSummary({
  plan,
  youthId,
  statusRef,
  showGoals,
}: {
  plan: Plan;
  youthId: string;
  statusRef: RefObject<HTMLParagraphElement>;
  showGoals: boolean;
}) {
  return (
    <>
      <p class={plan.status === 'signe' ? 'notice notice--success' : 'notice notice--info'} ref={statusRef} tabIndex={-1}>
        {planStatusSentence(plan, 'staff', formatTimestamp)}
      </p>
      <p class="muted">
        {planVersionLine(plan, formatTimestamp)} Dernière révision le {formatDate(plan.lastReviewedOn)} ; prochaine au plus tard le{' '}
        {formatDate(plan.reviewDueOn)}
        {plan.majorChangeOn && ` (changement majeur le ${formatDate(plan.majorChangeOn)})`}.
      </p>
      {showGoals && <PlanByNeed plan={plan} voice="staff" />}
      <p>
        <a href={href(planPrintPath(youthId))}>Version imprimable du projet</a>
      </p>
      <PlanHistorySection youthId={youthId} />
    </>
  );
}

/** Every version of the plan, loaded on demand: each read is written to the young person's audit log. */
function PlanHistorySection({ youthId }: { youthId: string }) {
  const [history, setHistory] = useState<PlanHistoryItem[] | null>(null);
  const [loading, setLoading] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  async function load() {
    setLoading(true);
    setFailure(null);
    try {
      setHistory((await getPlanHistory(youthId)).items);
    } catch (error) {
      setFailure(error);
    } finally {
      setLoading(false);
    }
  }

  if (history === null) {
    return (
      <>
        {failure !== null && <ErrorNotice error={failure} />}
        <button type="button" class="button button--quiet" aria-busy={loading} onClick={load}>
          {loading ? 'Chargement…' : 'Voir l’historique des versions'}
        </button>
      </>
    );
  }
  return (
    <section aria-labelledby="historique-projet">
      <h3 id="historique-projet">Historique des versions</h3>
      <ol class="plain-list">
        {[...history].reverse().map((item) => (
          <li key={item.version}>
            <strong>Version {item.version}</strong> — {planHistoryEventText(item)}, le {formatTimestamp(item.at)}
          </li>
        ))}
      </ol>
    </section>
  );
}
