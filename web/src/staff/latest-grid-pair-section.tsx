import { getComparison, listProposals } from '../api/grids';
import { ComparisonView } from '../grids/comparison-view';
import { href } from '../router/router';
import { ErrorNotice, Loading } from '../ui/notices';
import { useAsync } from '../ui/use-async';
import { GridProposalsSection } from './grid-proposals-section';
import { gridPath } from './paths';

/**
 * The entretien's view of the autonomy grid: the latest pair of evaluations (the young
 * person's last sent self-assessment beside the binôme's last diagnostic: what the young
 * person has not sent never reaches staff) and the proposals that feed the projet
 * d'autonomie. `onPlanChanged` lets the page read the plan again after an acceptance.
 */
export function LatestGridPairSection({
  youthId,
  canDecide,
  onPlanChanged,
}: {
  youthId: string;
  canDecide: boolean;
  onPlanChanged: () => void;
}) {
  const data = useAsync(
    async (signal: AbortSignal) => {
      const [comparison, proposals] = await Promise.all([getComparison(youthId, signal), listProposals(youthId, signal)]);
      return { comparison, proposals };
    },
    [youthId],
  );
  const state = data.state;
  return (
    <section aria-labelledby="grille-derniere-paire">
      <h2 id="grille-derniere-paire">Grille d’autonomie : dernière paire d’évaluations</h2>
      {state.status === 'loading' && <Loading text="Chargement de la grille…" />}
      {state.status === 'failed' && <ErrorNotice error={state.error} onRetry={data.reload} />}
      {state.status === 'ready' && (
        <>
          <ComparisonView comparison={state.data.comparison} voice="staff" />
          {(state.data.comparison.self || state.data.comparison.binome) && (
            <GridProposalsSection
              youthId={youthId}
              proposals={state.data.proposals}
              Heading="h3"
              showPlanLink={false}
              canDecide={canDecide}
              onChange={() => {
                data.reload();
                onPlanChanged();
              }}
            />
          )}
        </>
      )}
      <p>
        <a href={href(gridPath(youthId))}>Ouvrir la grille d’autonomie (diagnostic du binôme, progression)</a>
      </p>
    </section>
  );
}
