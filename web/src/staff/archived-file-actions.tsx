import type { ArchivedFile, ArchivedFileOpened } from '../api/types';
import { formatDate } from '../lib/dates';
import { DownloadButton } from '../ui/download-button';
import { DestroyArchivedFile, HandOverToArchives } from './end-of-intermediate-period';
import { ReopenArchivedFile } from './reopen-archived-file';

/**
 * What an admin may do with an archived file once opened. The place where the end of the
 * intermediate period's decisions go (« Verser aux archives », « Détruire »): each its own
 * component here, so that the read-only view around it does not change.
 */
export function ArchivedFileActions({ opened, listed }: { opened: ArchivedFileOpened; listed: ArchivedFile | null }) {
  const { youth } = opened.file;
  return (
    <section aria-labelledby="actions-archive" class="archive-actions">
      <h2 id="actions-archive">Que faire de ce dossier</h2>
      <p>
        {listed
          ? `À la fin de l’archive intermédiaire, le ${formatDate(listed.intermediateUntil)}, le dossier est versé aux archives départementales ou détruit.`
          : 'À la fin de l’archive intermédiaire, le dossier est versé aux archives départementales ou détruit.'}
      </p>
      {(listed === null || listed.decisionDue) && (
        // Unknown when the page was reached without the list: the server then says if it is too early.
        <>
          <h3>Verser aux archives départementales</h3>
          <p>Si les archives départementales le conservent : vous leur remettez un paquet, puis le dossier est effacé d’Envol.</p>
          <HandOverToArchives youthId={youth.id} names={youth} />
          <h3>Le détruire</h3>
          <p>Si les archives départementales ont donné leur visa d’élimination.</p>
          <DestroyArchivedFile youthId={youth.id} names={youth} />
        </>
      )}
      <h3>Le rouvrir</h3>
      <p>Si le jeune revient vers le service, ou si son accompagnement reprend.</p>
      <ReopenArchivedFile youthId={youth.id} />
      <h3>Les données</h3>
      <p>Les données telles qu’ouvertes, dans un fichier fait pour un ordinateur (format JSON) :</p>
      <DownloadButton
        load={async () => opened.file}
        filename={`envol-dossier-archive-${youth.id}.json`}
        label="Télécharger les données (JSON)"
        doneMessage="Les données du dossier archivé ont été téléchargées."
        secondary
      />
    </section>
  );
}
