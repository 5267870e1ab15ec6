import { useEffect, useRef, useState } from 'preact/hooks';
import { getComparison, getProgress, getSelfAssessment, selfLevelsRequest, sendSelfAssessment } from '../api/grids';
import { withMyFile } from '../api/my-file';
import type { GridComparison, GridEvaluation, GridLevel, GridProgress, SelfAssessment } from '../api/types';
import { ComparisonView } from '../grids/comparison-view';
import { decodeLevel, encodeLevel } from '../grids/grid-words';
import { LevelChoicesByNeed } from '../grids/level-choices';
import { ProgressView } from '../grids/progress-view';
import { formatTimestamp } from '../lib/dates';
import { randomUuid } from '../lib/idempotency';
import { useAutosavedDraft } from '../ui/autosaved-draft';
import { SendFailureNotice } from '../ui/kept-notice';
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
  const { youth, data } = await withMyFile(signal, (youthId) =>
    Promise.all([getSelfAssessment(youthId, signal), getComparison(youthId, signal), getProgress(youthId, signal)]),
  );
  const [selfAssessment, comparison, progress] = data;
  return { youthId: youth.id, selfAssessment, comparison, progress };
}

/** « Ma grille d'autonomie »: fill it in on the phone, send it when ready, see it beside the binôme's. */
export function YouthGridPage() {
  const data = useAsync(loadMyGrid, []);
  // When the grid was just sent: said on the page, in place of an empty new grid.
  const [sentAt, setSentAt] = useState<string | null>(null);
  return (
    <>
      <PageHeading text="Ma grille d’autonomie" />
      <p class="lead">
        Pour chaque phrase, choisis ce qui te ressemble aujourd’hui. Il n’y a pas de bonne ou de mauvaise réponse : c’est ton regard, et ton
        binôme donne le sien. Là où vos regards diffèrent, vous en parlez ensemble.
      </p>
      {data.state.status === 'loading' && <Loading text="Chargement de ta grille…" />}
      {data.state.status === 'failed' && <ErrorNotice error={data.state.error} onRetry={data.reload} />}
      {data.state.status === 'ready' && (
        <MyGrid
          data={data.state.data}
          sentAt={sentAt}
          onSent={(evaluation) => {
            setSentAt(evaluation.at);
            data.reload();
          }}
          onStartNew={() => setSentAt(null)}
        />
      )}
    </>
  );
}

function MyGrid({
  data,
  sentAt,
  onSent,
  onStartNew,
}: {
  data: MyGridData;
  sentAt: string | null;
  onSent: (evaluation: GridEvaluation) => void;
  onStartNew: () => void;
}) {
  return (
    <>
      {sentAt ? (
        <SentNotice sentAt={sentAt} onStartNew={onStartNew} />
      ) : (
        <SelfAssessmentForm youthId={data.youthId} selfAssessment={data.selfAssessment} onSent={onSent} />
      )}
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

function SentNotice({ sentAt, onStartNew }: { sentAt: string; onStartNew: () => void }) {
  const notice = useRef<HTMLDivElement>(null);
  useEffect(() => notice.current?.focus(), []);
  return (
    <section aria-labelledby="ma-grille">
      <h2 id="ma-grille">Ma grille est envoyée</h2>
      <div class="notice notice--success" role="status" tabIndex={-1} ref={notice}>
        <p>
          Ta grille est envoyée à ton binôme le {formatTimestamp(sentAt)}. Tu la retrouves plus bas, à côté de son regard. Tu pourras en
          remplir une nouvelle plus tard, pour voir ce qui a changé.
        </p>
      </div>
      <button type="button" class="button button--secondary" onClick={onStartNew}>
        Remplir une nouvelle grille
      </button>
    </section>
  );
}

/** Long enough to group taps, short enough that closing the app loses little. */
const SAVE_DELAY_MS = 600;

const levelsOf = (answers: Record<string, string>) =>
  Object.fromEntries(Object.entries(answers).map(([id, value]) => [id, decodeLevel(value)]));

function SelfAssessmentForm({
  youthId,
  selfAssessment,
  onSent,
}: {
  youthId: string;
  selfAssessment: SelfAssessment;
  onSent: (evaluation: GridEvaluation) => void;
}) {
  // Every answer not saved yet is kept on the phone and sent when the connection allows.
  const { saver, keep, save } = useAutosavedDraft(
    `grid-self:${youthId}`,
    Object.fromEntries(Object.entries(selfAssessment.levels).map(([id, level]) => [id, encodeLevel(level)])),
    (answers) => selfLevelsRequest(youthId, { levels: levelsOf(answers) }),
    (body) => {
      const levels = (body as { levels?: Record<string, GridLevel | null> }).levels ?? {};
      return Object.fromEntries(Object.entries(levels).map(([id, level]) => [id, encodeLevel(level)]));
    },
  );
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<unknown>(null);
  const [sendKey] = useState(randomUuid);
  const confirmTitle = useRef<HTMLHeadingElement>(null);
  const sendButton = useRef<HTMLButtonElement>(null);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  useEffect(() => {
    if (confirming) confirmTitle.current?.focus();
  }, [confirming]);

  async function send() {
    setSendError(null);
    if (timer.current) clearTimeout(timer.current);
    if (!(await save())) {
      setConfirming(false);
      return;
    }
    setSending(true);
    try {
      const evaluation = await sendSelfAssessment(youthId, sendKey);
      announce('Ta grille est envoyée à ton binôme.');
      onSent(evaluation);
    } catch (error) {
      setSendError(error);
      setSending(false);
    }
  }

  const total = selfAssessment.template.items.length;
  const answered = selfAssessment.template.items.filter((item) => saver.value(item.id) !== '').length;
  return (
    <section aria-labelledby="ma-grille">
      <h2 id="ma-grille">Remplir ma grille</h2>
      <p class="hint">
        Chaque réponse est enregistrée toute seule, et gardée sur ce téléphone tant qu’elle n’est pas arrivée : tu peux t’arrêter et
        reprendre plus tard, même sur un autre téléphone. Ton binôme ne voit ta grille que quand tu l’envoies.
      </p>
      {saver.phase === 'failed' && (
        <SendFailureNotice error={saver.error} retryLabel="Réessayer d’enregistrer" onRetry={() => void save()}>
          <p>Tes réponses ne sont pas encore enregistrées. Elles restent sur ce téléphone : tu ne perds rien.</p>
        </SendFailureNotice>
      )}
      <form class="grid-form" noValidate onSubmit={(event) => event.preventDefault()}>
        <LevelChoicesByNeed
          items={selfAssessment.template.items}
          idPrefix="niveau"
          levelOf={(itemId) => decodeLevel(saver.value(itemId))}
          onChoose={(itemId, level) => {
            keep(itemId, encodeLevel(level));
            if (timer.current) clearTimeout(timer.current);
            timer.current = setTimeout(() => void save(), SAVE_DELAY_MS);
          }}
        />
      </form>
      <div class="share">
        <p>
          {answered} réponse{answered > 1 ? 's' : ''} sur {total}. Tu peux envoyer même si tu n’as pas tout rempli.
        </p>
        {sendError !== null && <ErrorNotice error={sendError} />}
        {confirming ? (
          <div class="confirm-box">
            <h3 ref={confirmTitle} tabIndex={-1}>
              {answered < total ? `Tu as répondu à ${answered} questions sur ${total}. Envoyer quand même ?` : 'Envoyer ta grille ?'}
            </h3>
            <p>Ton binôme la verra, et tu ne pourras plus la changer. Tu pourras en remplir une nouvelle plus tard.</p>
            <div class="form-actions">
              <button type="button" class="button" aria-busy={sending} disabled={sending} onClick={() => void send()}>
                {sending ? 'Envoi…' : 'Oui, envoyer ma grille'}
              </button>
              <button
                type="button"
                class="button button--quiet"
                disabled={sending}
                onClick={() => {
                  setConfirming(false);
                  setTimeout(() => sendButton.current?.focus());
                }}
              >
                Continuer à remplir
              </button>
            </div>
          </div>
        ) : (
          <>
            {answered === 0 && <p class="hint">Réponds à au moins une question pour pouvoir envoyer ta grille.</p>}
            <button type="button" class="button" ref={sendButton} disabled={answered === 0} onClick={() => setConfirming(true)}>
              Envoyer ma grille à mon binôme
            </button>
          </>
        )}
      </div>
    </section>
  );
}
