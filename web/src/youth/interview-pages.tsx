import { useRef, useState } from 'preact/hooks';
import { getInterviewDeadlines, getPlanOrNull, getPreparation, listInterviews } from '../api/interviews';
import type { Interview, InterviewDeadlines, Plan, Preparation, Youth } from '../api/types';
import { getMyFile } from '../api/youth';
import { entretienWordsForYouth, interviewFacts } from '../interviews/entretien-words';
import { DEADLINE_STATUS_LABELS, planStatusSentence } from '../interviews/labels';
import { PlanByNeed } from '../interviews/plan-goals';
import { formatDate, formatTimestamp, todayInParis } from '../lib/dates';
import { href } from '../router/router';
import { Lazy, lazyModule } from '../ui/lazy';
import { ErrorNotice, Loading } from '../ui/notices';
import { PageHeading } from '../ui/page-heading';
import { announce } from '../ui/status';
import { useAsync } from '../ui/use-async';
import { PlanAnswer } from './plan-answer';
import { PreparationSection } from './preparation-section';
import { MyRightsPage } from './rights-page';

// The print view is a chunk of its own: « Mon entretien » on a phone never loads it (issue 15).
const loadPrintPage = lazyModule(() => import('../interviews/plan-print-page'));

/** The young person's interview pages: a small chunk of their own, loaded when opened. */
export function YouthInterviewPages({ path }: { path: string }) {
  if (path === '/droits') return <MyRightsPage />;
  if (path === '/entretien/imprimer') {
    return (
      <Lazy
        load={loadPrintPage}
        render={({ PlanPrintPage }) => <PlanPrintPage load={loadMyPlan} backPath="/entretien" backLabel="Retour à mon entretien" />}
      />
    );
  }
  return <MyInterviewPage />;
}

async function loadMyPlan(signal: AbortSignal) {
  const youth = await getMyFile(signal);
  return { youth, plan: await getPlanOrNull(youth.id, signal) };
}

interface MyInterviewData {
  youth: Youth;
  deadlines: InterviewDeadlines;
  interviews: Interview[];
  preparation: Preparation;
  plan: Plan | null;
}

async function loadMyInterview(signal: AbortSignal): Promise<MyInterviewData> {
  const youth = await getMyFile(signal);
  const [deadlines, interviews, preparation, plan] = await Promise.all([
    getInterviewDeadlines(youth.id, signal),
    listInterviews(youth.id, signal),
    getPreparation(youth.id, signal),
    getPlanOrNull(youth.id, signal),
  ]);
  return { youth, deadlines, interviews: interviews.items, preparation, plan };
}

/** « Mon entretien des 17 ans »: when, how to prepare, and the projet d'autonomie to agree to. */
function MyInterviewPage() {
  const data = useAsync(loadMyInterview, []);
  return (
    <>
      <PageHeading text="Mon entretien des 17 ans" />
      {data.state.status === 'loading' && <Loading text="Chargement de ton entretien…" />}
      {data.state.status === 'failed' && <ErrorNotice error={data.state.error} onRetry={data.reload} />}
      {data.state.status === 'ready' && (
        <MyInterview
          data={data.state.data}
          onPlan={(plan) => data.state.status === 'ready' && data.setData({ ...data.state.data, plan })}
        />
      )}
    </>
  );
}

function MyInterview({ data, onPlan }: { data: MyInterviewData; onPlan: (plan: Plan | null) => void }) {
  const today = todayInParis();
  const words = entretienWordsForYouth(data.deadlines.entretien17, interviewFacts(data.interviews, 'entretien17'), today);
  const followUp = data.deadlines.followUp;
  return (
    <>
      <p class="lead">
        Au plus tard à tes 17 ans (ou peu après ton arrivée à l’ASE si tu es arrivé·e plus tard), tu fais le point avec ton binôme (ton ou
        ta référent·e et ton ou ta coordinateur·rice) : logement, argent, formation, santé, papiers. On t’explique tes droits, et vous
        écrivez ensemble ton projet pour la suite. C’est l’« entretien pour l’autonomie ».
      </p>
      <section aria-labelledby="mon-rendez-vous">
        <h2 id="mon-rendez-vous">Mon rendez-vous</h2>
        <p>{words.date}</p>
        <p>
          <strong>Où on en est : {words.status}.</strong> {words.explanation}
        </p>
        {followUp && (
          <p>
            Six mois après ta sortie de l’ASE, un entretien de suivi fait le point avec toi, au plus tard le {formatDate(followUp.dueBy)} (
            {DEADLINE_STATUS_LABELS[followUp.status]}). Tu pourras y redemander à être accompagné·e (la demande est possible jusqu’à tes 21
            ans).
          </p>
        )}
      </section>
      <PreparationSection youthId={data.youth.id} preparation={data.preparation} />
      <MyPlan youthId={data.youth.id} plan={data.plan} onPlan={onPlan} />
    </>
  );
}

function MyPlan({ youthId, plan, onPlan }: { youthId: string; plan: Plan | null; onPlan: (plan: Plan | null) => void }) {
  const status = useRef<HTMLParagraphElement>(null);
  const [reloadError, setReloadError] = useState<unknown>(null);

  async function reload() {
    setReloadError(null);
    try {
      onPlan(await getPlanOrNull(youthId));
      announce('Voici la dernière version de ton projet.');
    } catch (error) {
      setReloadError(error);
    }
  }

  return (
    <section aria-labelledby="mon-projet">
      <h2 id="mon-projet">Mon projet</h2>
      {plan === null ? (
        <p class="empty">Ton projet d’autonomie n’est pas encore écrit. Ton binôme le prépare avec toi après l’entretien.</p>
      ) : (
        <>
          <p class={plan.status === 'signe' ? 'notice notice--success' : 'notice notice--info'} ref={status} tabIndex={-1}>
            {planStatusSentence(plan, 'jeune', formatTimestamp)}
          </p>
          {reloadError !== null && <ErrorNotice error={reloadError} onRetry={reload} />}
          <PlanByNeed plan={plan} voice="jeune" />
          {plan.status === 'propose' && (
            <PlanAnswer
              youthId={youthId}
              plan={plan}
              onStale={reload}
              onAnswered={(answered, message) => {
                onPlan(answered);
                announce(message);
                setTimeout(() => status.current?.focus());
              }}
            />
          )}
          <p>
            <a href={href('/entretien/imprimer')}>Voir mon projet en version à imprimer</a>
          </p>
        </>
      )}
    </section>
  );
}
