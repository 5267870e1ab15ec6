import { useRef, useState } from 'preact/hooks';
import { getInterviewDeadlines, getPlanOrNull, getPreparation, listInterviews } from '../api/interviews';
import { withMyFile } from '../api/my-file';
import type { Interview, InterviewDeadlines, MyFile, Plan, Preparation } from '../api/types';
import { entretienWordsForYouth, interviewFacts } from '../interviews/entretien-words';
import { type BinomeNames, binomeNamesOf, DEADLINE_STATUS_LABELS, planStatusSentence } from '../interviews/labels';
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
  const { youth, data: plan } = await withMyFile(signal, (youthId) => getPlanOrNull(youthId, signal));
  return { youth, plan, names: binomeNamesOf(youth.binome) };
}

interface MyInterviewData {
  youth: MyFile;
  deadlines: InterviewDeadlines;
  interviews: Interview[];
  preparation: Preparation;
  plan: Plan | null;
}

async function loadMyInterview(signal: AbortSignal): Promise<MyInterviewData> {
  const { youth, data } = await withMyFile(signal, (youthId) =>
    Promise.all([
      getInterviewDeadlines(youthId, signal),
      listInterviews(youthId, signal),
      getPreparation(youthId, signal),
      getPlanOrNull(youthId, signal),
    ]),
  );
  const [deadlines, interviews, preparation, plan] = data;
  return { youth, deadlines, interviews: interviews.items, preparation, plan };
}

/**
 * « Mon entretien et mon projet »: when, how to prepare, and the projet d'autonomie to
 * agree to. Not « des 17 ans » in the heading: a young person of 18 reads it too.
 */
function MyInterviewPage() {
  const data = useAsync(loadMyInterview, []);
  return (
    <>
      <PageHeading text="Mon entretien et mon projet" />
      {/* What the entretien is, true before and after it: painted at once, before the data (issue 15, LCP). */}
      <p class="lead">
        L’« entretien pour l’autonomie », c’est le moment où tu fais le point avec ton binôme : logement, argent, formation, santé, papiers.
        On t’y explique tes droits, et vous écrivez ensemble ton projet pour la suite.
      </p>
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
  const facts = interviewFacts(data.interviews, 'entretien17');
  const words = entretienWordsForYouth(data.deadlines.entretien17, facts, today, data.plan?.status ?? null);
  const followUp = data.deadlines.followUp;
  const held = data.deadlines.entretien17.status === 'realise';
  const names = binomeNamesOf(data.youth.binome);
  const plan = <MyPlan youthId={data.youth.id} plan={data.plan} names={names} onPlan={onPlan} />;
  // A plan waiting for the young person comes first, right after what the page is for: it is what they came for.
  const planFirst = data.plan?.status === 'propose';
  return (
    <>
      {planFirst && plan}
      <p>
        {held
          ? 'Ton entretien a eu lieu : ici, tu retrouves ton projet pour la suite et tes réponses d’avant l’entretien.'
          : 'Il a lieu au plus tard à tes 17 ans, ou peu après ton arrivée à l’ASE si tu es arrivé·e plus tard.'}
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
      {held ? (
        <details class="folded-section">
          <summary>{preparationSummary(data.preparation)}</summary>
          <PreparationSection youthId={data.youth.id} preparation={data.preparation} />
        </details>
      ) : (
        <PreparationSection youthId={data.youth.id} preparation={data.preparation} />
      )}
      {!planFirst && plan}
    </>
  );
}

/** Once the entretien is held, the questionnaire folds away behind one line. */
function preparationSummary(preparation: Preparation): string {
  const answered = Object.values(preparation.answers ?? {}).filter((answer) => answer.trim() !== '').length;
  if (answered === 0) return 'Mes réponses d’avant l’entretien (aucune réponse)';
  return `Mes réponses d’avant l’entretien (${answered} réponse${answered === 1 ? '' : 's'}${preparation.sharedAt ? ', partagées' : ''})`;
}

function MyPlan({
  youthId,
  plan,
  names,
  onPlan,
}: {
  youthId: string;
  plan: Plan | null;
  names: BinomeNames;
  onPlan: (plan: Plan | null) => void;
}) {
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
          <PlanByNeed plan={plan} voice="jeune" names={names} />
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
            <a class="alone-link" href={href('/entretien/imprimer')}>
              Voir mon projet en version à imprimer
            </a>
          </p>
        </>
      )}
    </section>
  );
}
