import { computeHousingAlert } from '../../../shared/domain/housing-alert.js';
import { getHousingSettings } from '../api/housing';
import type { Youth } from '../api/types';
import { alertSentence } from '../housing/labels';
import { todayInParis } from '../lib/dates';
import { href } from '../router/router';
import { ErrorNotice, Loading } from '../ui/notices';
import { useAsync } from '../ui/use-async';
import { housingPath } from './paths';

/**
 * The housing part of a file page: the « sans solution logement » alert, computed from
 * the file alone (its dates and the summary the housing area keeps on it) with the
 * département's alert horizon. No project or application is read here, so opening the
 * file writes no « projet logement consulté » entry: the young person's log says that
 * only when staff open the housing page.
 */
export function HousingSummarySection({ youth }: { youth: Youth }) {
  const settings = useAsync((signal) => getHousingSettings(signal), []);
  const state = settings.state;
  const alert =
    state.status === 'ready'
      ? computeHousingAlert({
          birthDate: youth.birthDate,
          careEndDate: youth.careEndDate,
          hasSolution: youth.hasHousingSolution,
          today: todayInParis(),
          alertDays: state.data.alertDays,
        })
      : null;
  return (
    <section aria-labelledby="logement">
      <h2 id="logement">Logement</h2>
      {state.status === 'loading' && <Loading text="Chargement…" />}
      {state.status === 'failed' && <ErrorNotice error={state.error} onRetry={settings.reload} />}
      {alert && <p class="notice notice--warning">{alertSentence(alert, 'staff')}</p>}
      {youth.hasHousingSolution && <p>Solution logement trouvée.</p>}
      <p>Projet logement, demandes en cours et leurs étapes.</p>
      <p>
        <a href={href(housingPath(youth.id))}>Ouvrir le projet logement et les demandes</a>
      </p>
    </section>
  );
}
