import { getSelfAssessment } from '../api/grids';
import { getHousingSettings } from '../api/housing';
import { getMyFile } from '../api/my-file';
import type { YouthExport } from '../api/types';
import { exportYouthData } from '../api/youth';
import { formatTimestamp } from '../lib/dates';
import { href } from '../router/router';
import { DownloadButton } from '../ui/download-button';
import { ErrorNotice, Loading } from '../ui/notices';
import { PageHeading } from '../ui/page-heading';
import { ReadableSectionView } from '../ui/readable-section-view';
import { useAsync } from '../ui/use-async';
import { type ExportLabels, readableExport } from './readable-export';

interface MyData {
  youthId: string;
  export: YouthExport;
  labels: ExportLabels;
}

async function loadMyData(signal: AbortSignal): Promise<MyData> {
  const youth = await getMyFile(signal);
  // The words of the département's housing solutions and grid: without them the page still
  // reads, with fewer words (a count instead of the names).
  const [data, settings, grid] = await Promise.all([
    exportYouthData(youth.id),
    getHousingSettings(signal).catch(() => null),
    getSelfAssessment(youth.id, signal).catch(() => null),
  ]);
  const solutionTypes = Object.fromEntries((settings?.solutionTypes ?? []).map((type) => [type.id, type.label]));
  return { youthId: youth.id, export: data, labels: { solutionTypes, gridTemplate: grid?.template ?? null } };
}

/**
 * « Mes données » to read: everything Envol keeps about the young person, in French, to
 * print or save as PDF; the JSON file stays one tap away for another service (RGPD art. 20).
 */
export function MyDataPage() {
  const data = useAsync(loadMyData, []);
  return (
    <div class="print-page">
      <PageHeading text="Mes données" />
      <div class="form-actions no-print">
        <a href={href('/moi')}>Retour à mon dossier</a>
        {data.state.status === 'ready' && (
          <button type="button" class="button" onClick={() => window.print()}>
            Imprimer ou enregistrer en PDF
          </button>
        )}
      </div>
      <p class="lead">Tout ce qu’Envol garde sur toi, à lire, à imprimer ou à enregistrer en PDF.</p>
      {data.state.status === 'loading' && <Loading text="Chargement de tes données…" />}
      {data.state.status === 'failed' && <ErrorNotice error={data.state.error} onRetry={data.reload} />}
      {data.state.status === 'ready' && <MyDataDocument data={data.state.data} />}
    </div>
  );
}

function MyDataDocument({ data }: { data: MyData }) {
  return (
    <>
      <p class="hint">Données au {formatTimestamp(data.export.exportedAt)}.</p>
      {readableExport(data.export, data.labels).map((section) => (
        <ReadableSectionView key={section.title} section={section} />
      ))}
      <section aria-labelledby="fichier-json" class="no-print">
        <h2 id="fichier-json">Le fichier pour un autre service</h2>
        <p>
          Les mêmes données dans un fichier fait pour un ordinateur (format JSON) : pour les donner à un autre service, comme la loi te le
          permet. Ton binôme ou le ou la délégué·e à la protection des données du département peuvent t’aider à le lire.
        </p>
        <DownloadButton
          load={async () => data.export}
          filename="envol-mes-donnees.json"
          label="Télécharger le fichier (JSON)"
          doneMessage="Le fichier de tes données a été téléchargé."
          secondary
        />
      </section>
    </>
  );
}
