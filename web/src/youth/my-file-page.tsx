import { NetworkError } from '../api/client';
import { getMyFile, myFileSeen } from '../api/my-file';
import type { MyFile } from '../api/types';
import { listVotesWaiting } from '../api/votes-waiting';
import { lazyModule } from '../ui/lazy';
import { ErrorNotice, Loading } from '../ui/notices';
import { PageHeading } from '../ui/page-heading';
import { useAsync } from '../ui/use-async';

/**
 * The sections under the greeting: their own chunk (my-file-sections.tsx), asked for with the
 * file, so that the entry holds only what paints first. app.tsx asks for it at start-up on a reload.
 */
export const loadMyFileSections = lazyModule(() => import('./my-file-sections'));

/** « Mon dossier »: everything Envol holds about the young person, phone first, in « tu ». */
export function MyFilePage() {
  const me = useAsync((signal) => getMyFile(signal), []);
  const sections = useAsync(() => loadMyFileSections(), []);
  // Asked with the file, and the sections wait for the answer (or its failure): shown under a
  // one-line « À faire » still searching, « Mon binôme » and the rest jumped down as the list
  // arrived (phone walk-through, Slow 4G: a layout shift of 0.4, under the finger).
  const votes = useAsync((signal) => listVotesWaiting(signal), []);
  // The greeting is painted at once, before the file arrives (issue 15, LCP): with the first
  // name this tab last received (a reload), then the file's.
  const firstName = me.state.status === 'ready' ? me.state.data.firstName : (myFileSeen()?.firstName ?? null);
  const loading =
    me.state.status === 'loading' ||
    (me.state.status === 'ready' && (sections.state.status === 'loading' || votes.state.status === 'loading'));
  return (
    <>
      <PageHeading text="Mon dossier" />
      <p class="lead">
        {firstName ? `Bonjour ${firstName}.` : 'Bonjour.'} Ici, tu retrouves ce qui t’attend, ton binôme, ton dossier et qui l’a consulté.
      </p>
      {loading && <Loading text="Chargement de ton dossier…" />}
      {me.state.status === 'failed' && <ErrorNotice error={me.state.error} onRetry={me.reload} />}
      {me.state.status === 'ready' && sections.state.status === 'failed' && (
        // As for any page's chunk (ui/lazy.tsx): a reload also recovers from a deploy since this tab opened.
        <ErrorNotice error={new NetworkError()} onRetry={() => location.reload()} />
      )}
      {me.state.status === 'ready' && sections.state.status === 'ready' && votes.state.status !== 'loading' && (
        <sections.state.data.MyFile youth={me.state.data} votes={votes.state} onSaved={(youth: MyFile) => me.setData(youth)} />
      )}
    </>
  );
}
