import { listArchivedFiles } from '../api/archive';
import type { ArchivedFile } from '../api/types';
import { formatDate, todayInParis } from '../lib/dates';
import { href } from '../router/router';
import { Fact } from '../ui/fact';
import { PageHeading } from '../ui/page-heading';
import { PagedList, usePagedList } from '../ui/paged-list';
import { intermediatePeriodSentence } from './archive-words';
import { archivedFilePath } from './paths';
import { RetentionSettingsSection } from './retention-settings-section';

/**
 * The line of the list an admin chose, kept for the page that opens it: that page names the
 * young person before anything is opened, without a read that would itself be a consultation.
 */
const chosenFromList = new Map<string, ArchivedFile>();

/** The list's line for `id`, when the admin came from the list (a link opened directly has none). */
export function archivedFileFromList(id: string): ArchivedFile | null {
  return chosenFromList.get(id) ?? null;
}

/** « Dossiers archivés » (administrateur·rice): the département's files in the intermediate archive. */
export function ArchivesPage() {
  const list = usePagedList((cursor, signal) => listArchivedFiles(cursor, signal), []);
  const today = todayInParis();
  return (
    <>
      <PageHeading text="Dossiers archivés" />
      <p class="lead">
        Les dossiers sortis de la base active, en archive intermédiaire : ils ne figurent plus dans les listes et se lisent seulement. Pour
        en ouvrir un, vous indiquez un motif, que le jeune lira dans « Qui a consulté mon dossier ».
      </p>
      <PagedList
        list={list}
        itemKey={(file) => file.id}
        renderItem={(file) => <ArchivedFileCard file={file} today={today} />}
        empty="Aucun dossier en archive intermédiaire dans votre département."
        moreLabel="Voir plus de dossiers archivés"
        loadingText="Chargement des dossiers archivés…"
        class="cards"
      />
      <RetentionSettingsSection />
    </>
  );
}

function ArchivedFileCard({ file, today }: { file: ArchivedFile; today: string }) {
  const name = `${file.firstName} ${file.lastName}`;
  return (
    <div class={file.decisionDue ? 'card card--alert' : 'card'}>
      <h2 class="card-title">
        <a href={href(archivedFilePath(file.id))} onClick={() => chosenFromList.set(file.id, file)}>
          {name}
        </a>
      </h2>
      <dl class="facts">
        <Fact term="Date de naissance">{formatDate(file.birthDate)}</Fact>
        <Fact term="Archivé le">{formatDate(file.archivedOn)}</Fact>
        <Fact term="Archive intermédiaire">{intermediatePeriodSentence(file, today)}</Fact>
      </dl>
    </div>
  );
}
