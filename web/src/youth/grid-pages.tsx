import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { getComparison, getProgress, getSelfAssessment, saveSelfLevels, sendSelfAssessment } from '../api/grids';
import type { GridComparison, GridProgress, SelfAssessment } from '../api/types';
import { getMyFile } from '../api/youth';
import { ComparisonView } from '../grids/comparison-view';
import { decodeLevel, encodeLevel } from '../grids/grid-words';
import { LevelChoicesByNeed } from '../grids/level-choices';
import { ProgressView } from '../grids/progress-view';
import { AnswerAutosave } from '../lib/answer-autosave';
import { randomUuid } from '../lib/idempotency';
import { ErrorNotice, Loading } from '../ui/notices';
import { PageHeading } from '../ui/page-heading';
import { announce } from '../ui/status';
import { useAsync } from '../ui/use-async';

interface MyGridData {
  youthId: string;
  selfAssessment: SelfAssessment;
  comparison: GridComparison;
  progress: GridProgress;
}

async function loadMyGrid(signal: AbortSignal): Promise<MyGridData> {
  const youth = await getMyFile(signal);
  const [selfAssessment, comparison, progress] = await Promise.all([
    getSelfAssessment(youth.id, signal),
    getComparison(youth.id, signal),
    getProgress(youth.id, signal),
  ]);
  return { youthId: youth.id, selfAssessment, comparison, progress };
}

/** « Ma grille d'autonomie »: fill it in on the phone, send it when ready, see it beside the binôme's. */
export function YouthGridPage() {
  const data = useAsync(loadMyGrid, []);
  return (
    <>
      <PageHeading text="Ma grille d’autonomie" />
      {data.state.status === 'loading' && <Loading text="Chargement de ta grille…" />}
      {data.state.status === 'failed' && <ErrorNotice error={data.state.error} onRetry={data.reload} />}
      {data.state.status === 'ready' && <MyGrid data={data.state.data} onSent={data.reload} />}
    </>
  );
}

function MyGrid({ data, onSent }: { data: MyGridData; onSent: () => void }) {
  return (
    <>
      <p class="lead">
        Pour chaque phrase, choisis ce qui te ressemble aujourd’hui. Il n’y a pas de bonne ou de mauvaise réponse : c’est ton regard, et ton
        binôme donne le sien. Là où vos regards diffèrent, vous en parlez ensemble.
      </p>
      <SelfAssessmentForm youthId={data.youthId} selfAssessment={data.selfAssessment} onSent={onSent} />
      <section aria-labelledby="cote-a-cote">
        <h2 id="cote-a-cote">Mon regard et celui de mon binôme</h2>
        <ComparisonView comparison={data.comparison} voice="jeune" />
      </section>
      <section aria-labelledby="progres">
        <h2 id="progres">Au fil du temps</h2>
        <ProgressView progress={data.progress} voice="jeune" />
      </section>
    </>
  );
}

/** Long enough to group taps, short enough that closing the app loses little. */
const SAVE_DELAY_MS = 600;

function SelfAssessmentForm({ youthId, selfAssessment, onSent }: { youthId: string; selfAssessment: SelfAssessment; onSent: () => void }) {
  const [, rerender] = useState(0);
  const saver = useMemo(
    () =>
      new AnswerAutosave(
        Object.fromEntries(Object.entries(selfAssessment.levels).map(([id, level]) => [id, encodeLevel(level)])),
        (changes) =>
          saveSelfLevels(youthId, { levels: Object.fromEntries(Object.entries(changes).map(([id, value]) => [id, decodeLevel(value)])) }),
        () => rerender((count) => count + 1),
      ),
    [youthId],
  );
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<unknown>(null);
  const [sendKey] = useState(randomUuid);

  async function save() {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const { ok, sent } = await saver.flush();
    if (ok && sent) announce('Enregistré');
  }

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (saver.unsaved().length > 0) {
        void saver.flush();
        event.preventDefault();
      }
    };
    addEventListener('beforeunload', warn);
    return () => {
      removeEventListener('beforeunload', warn);
      if (timer.current) clearTimeout(timer.current);
      void saver.flush();
    };
  }, [saver]);

  async function send() {
    setSendError(null);
    const { ok } = await saver.flush();
    if (!ok) return;
    setSending(true);
    try {
      await sendSelfAssessment(youthId, sendKey);
      announce('Ta grille est envoyée à ton binôme.');
      onSent();
    } catch (error) {
      setSendError(error);
      setSending(false);
    }
  }

  const answered = selfAssessment.template.items.filter((item) => saver.value(item.id) !== '').length;
  return (
    <section aria-labelledby="ma-grille">
      <h2 id="ma-grille">Remplir ma grille</h2>
      <p class="hint">
        Chaque réponse est enregistrée toute seule : tu peux t’arrêter et reprendre plus tard, même sur un autre téléphone. Ton binôme ne
        voit ta grille que quand tu l’envoies.
      </p>
      {saver.phase === 'failed' && (
        <ErrorNotice error={saver.error} retryLabel="Réessayer d’enregistrer" onRetry={() => void save()}>
          <p>Tes réponses ne sont pas encore enregistrées. Elles restent ici : tu ne perds rien.</p>
        </ErrorNotice>
      )}
      <form class="grid-form" noValidate onSubmit={(event) => event.preventDefault()}>
        <LevelChoicesByNeed
          items={selfAssessment.template.items}
          idPrefix="niveau"
          levelOf={(itemId) => decodeLevel(saver.value(itemId))}
          onChoose={(itemId, level) => {
            saver.set(itemId, encodeLevel(level));
            if (timer.current) clearTimeout(timer.current);
            timer.current = setTimeout(() => void save(), SAVE_DELAY_MS);
          }}
        />
      </form>
      <div class="share">
        <p>
          {answered} réponse{answered > 1 ? 's' : ''} sur {selfAssessment.template.items.length}. Tu peux envoyer même si tu n’as pas tout
          rempli.
        </p>
        {sendError !== null && <ErrorNotice error={sendError} />}
        <button type="button" class="button" aria-busy={sending} disabled={answered === 0 || sending} onClick={() => void send()}>
          {sending ? 'Envoi…' : 'Envoyer ma grille à mon binôme'}
        </button>
      </div>
    </section>
  );
}
