import { RIGHT_WORDS, RIGHTS, type RightAnswer, rightsToldOf } from '../../../shared/domain/rights.js';
import { listInterviews } from '../api/interviews';
import { withMyFile } from '../api/my-file';
import type { Interview } from '../api/types';
import { formatDate, todayInParis } from '../lib/dates';
import { ErrorNotice, Loading } from '../ui/notices';
import { PageHeading } from '../ui/page-heading';
import { useAsync } from '../ui/use-async';

const ANSWER_WORDS: Record<RightAnswer, string> = {
  oui: 'Tu as répondu oui.',
  non: 'Tu as répondu non. Tu peux changer d’avis : parles-en à ton binôme.',
  reflechit: 'Tu as dit que tu réfléchis. Tu peux en reparler quand tu veux.',
};

async function loadMyInterviews(signal: AbortSignal): Promise<{ age17: string; interviews: Interview[] }> {
  const { youth, data } = await withMyFile(signal, (youthId) => listInterviews(youthId, signal));
  return { age17: youth.keyDates.age17, interviews: data.items };
}

/** « Mes droits »: each right the entretien pour l'autonomie must explain, and when it was explained. */
export function MyRightsPage() {
  const interviews = useAsync(loadMyInterviews, []);
  return (
    <>
      <PageHeading text="Mes droits" />
      <p class="lead">
        {interviews.state.status === 'ready' && interviews.state.data.age17 <= todayInParis()
          ? 'Ton binôme devait t’expliquer ces droits avant tes 17 ans, à ton entretien pour l’autonomie.'
          : 'Avant tes 17 ans, ton binôme doit t’expliquer ces droits.'}{' '}
        Ici, tu vois lesquels t’ont été expliqués, et quand. Si quelque chose n’est pas clair, demande : c’est ton droit aussi.
      </p>
      {interviews.state.status === 'loading' && <Loading text="Chargement de tes droits…" />}
      {interviews.state.status === 'failed' && <ErrorNotice error={interviews.state.error} onRetry={interviews.reload} />}
      {/* The rights themselves are painted at once; when each was explained, once the interviews arrive (issue 15, LCP). */}
      <RightsList interviews={interviews.state.status === 'ready' ? interviews.state.data.interviews : null} />
    </>
  );
}

/** Each right; with when it was explained once `interviews` is known (null: not yet, or not available). */
function RightsList({ interviews }: { interviews: Interview[] | null }) {
  const told = interviews ? rightsToldOf(interviews) : null;
  return (
    <ul class="rights">
      {RIGHTS.map((right) => {
        const words = RIGHT_WORDS[right];
        const when = told?.[right];
        return (
          <li key={right} class="right">
            <h2>{words.title}</h2>
            {words.onlyWithoutFrenchNationality && <p class="hint">Pour les jeunes qui n’ont pas la nationalité française.</p>}
            <p>{words.explanation}</p>
            {told && (
              <p>
                <strong>
                  {when ? (
                    <>
                      Expliqué le <time dateTime={when.toldOn}>{formatDate(when.toldOn)}</time>.
                    </>
                  ) : (
                    'Pas encore expliqué.'
                  )}
                </strong>{' '}
                {when?.answer && words.question && `${words.question} ${ANSWER_WORDS[when.answer]}`}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
