import { useState } from 'preact/hooks';
import { decideOnYouthFile, type YouthAction } from '../../../shared/auth/policy.js';
import { createBinomeAssessment, getComparison, getGridTemplate, getProgress, listProposals } from '../api/grids';
import type { GridComparison, GridLevel, GridProgress, GridProposalList, GridTemplate, Youth } from '../api/types';
import { getYouth } from '../api/youth';
import type { Session } from '../auth/token';
import { ComparisonView } from '../grids/comparison-view';
import { LevelChoicesByNeed } from '../grids/level-choices';
import { ProgressView } from '../grids/progress-view';
import { todayInParis } from '../lib/dates';
import { randomUuid } from '../lib/idempotency';
import { href } from '../router/router';
import { ErrorNotice, Loading } from '../ui/notices';
import { PageHeading } from '../ui/page-heading';
import { announce } from '../ui/status';
import { useAsync } from '../ui/use-async';
import { useSubmit } from '../ui/use-submit';
import { GridProposalsSection } from './grid-proposals-section';
import { youthPath } from './paths';

interface StaffGridData {
  youth: Youth;
  template: GridTemplate;
  comparison: GridComparison;
  progress: GridProgress;
  proposals: GridProposalList;
}

/** The binôme's page of a young person's autonomy grid: their assessment, side by side, progress, proposals. */
export function StaffGridPage({ id, session }: { id: string; session: Session }) {
  const data = useAsync(
    async (signal: AbortSignal): Promise<StaffGridData> => {
      const [youth, template, comparison, progress, proposals] = await Promise.all([
        getYouth(id, signal),
        getGridTemplate(signal),
        getComparison(id, signal),
        getProgress(id, signal),
        listProposals(id, signal),
      ]);
      return { youth, template, comparison, progress, proposals };
    },
    [id],
  );
  const youth = data.state.status === 'ready' ? data.state.data.youth : null;
  // The same policy as the API, so that nobody is offered an action the API would refuse.
  const can = (action: YouthAction) => youth !== null && decideOnYouthFile(session, action, youth) === 'allow';
  return (
    <>
      <p>
        <a href={href(youthPath(id))}>Retour au dossier</a>
      </p>
      <PageHeading text={youth ? `Grille d’autonomie – ${youth.firstName} ${youth.lastName}` : 'Grille d’autonomie'} />
      {data.state.status === 'loading' && <Loading />}
      {data.state.status === 'failed' && <ErrorNotice error={data.state.error} onRetry={data.reload} />}
      {data.state.status === 'ready' && youth && (
        <>
          <section aria-labelledby="cote-a-cote">
            <h2 id="cote-a-cote">Côte à côte</h2>
            <ComparisonView comparison={data.state.data.comparison} voice="staff" />
          </section>
          <GridProposalsSection youthId={id} proposals={data.state.data.proposals} canDecide={can('grid.decide')} onChange={data.reload} />
          <section aria-labelledby="progres">
            <h2 id="progres">Progression</h2>
            <ProgressView progress={data.state.data.progress} voice="staff" />
          </section>
          {can('grid.assess') && <BinomeAssessmentForm id={id} template={data.state.data.template} onSaved={data.reload} />}
        </>
      )}
    </>
  );
}

function BinomeAssessmentForm({ id, template, onSaved }: { id: string; template: GridTemplate; onSaved: () => void }) {
  const [levels, setLevels] = useState<Record<string, GridLevel>>({});
  const [assessedOn, setAssessedOn] = useState(todayInParis);
  const [note, setNote] = useState('');
  const [key, setKey] = useState(randomUuid);
  const { busy: saving, failure, submit: send } = useSubmit();

  async function submit(event: Event) {
    event.preventDefault();
    await send(async () => {
      await createBinomeAssessment(id, { templateVersion: template.version, assessedOn, levels, ...(note.trim() ? { note } : {}) }, key);
      announce('Diagnostic enregistré.');
      setLevels({});
      setNote('');
      setKey(randomUuid());
      onSaved();
    });
  }

  return (
    <section aria-labelledby="diagnostic">
      <h2 id="diagnostic">Diagnostic partagé du binôme</h2>
      <form class="grid-form" noValidate onSubmit={submit}>
        <div class="field">
          <label for="date-diagnostic">Date du diagnostic</label>
          <input id="date-diagnostic" type="date" value={assessedOn} onInput={(event) => setAssessedOn(event.currentTarget.value)} />
        </div>
        <LevelChoicesByNeed
          items={template.items}
          idPrefix="binome"
          levelOf={(itemId) => levels[itemId] ?? null}
          onChoose={(itemId, level) => setLevels({ ...levels, [itemId]: level })}
        />
        <div class="field">
          <label for="note-lieu">Regard du lieu d’accueil (facultatif)</label>
          <textarea id="note-lieu" rows={3} maxLength={4000} value={note} onInput={(event) => setNote(event.currentTarget.value)} />
        </div>
        {failure !== null && <ErrorNotice error={failure} />}
        <button type="submit" class="button" aria-busy={saving} disabled={saving || Object.keys(levels).length === 0}>
          {saving ? 'Enregistrement…' : 'Enregistrer le diagnostic'}
        </button>
      </form>
    </section>
  );
}
