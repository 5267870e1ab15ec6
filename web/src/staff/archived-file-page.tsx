import { useState } from 'preact/hooks';
import { ARCHIVE_REASON_LENGTH } from '../../../shared/domain/retention.js';
import { elide } from '../../../shared/text/french-typography.js';
import { openArchivedFile } from '../api/archive';
import type { ArchivedFileOpened } from '../api/types';
import { formatTimestamp } from '../lib/dates';
import { href } from '../router/router';
import { ErrorNotice } from '../ui/notices';
import { PageHeading } from '../ui/page-heading';
import { ReadableSectionView } from '../ui/readable-section-view';
import { announce } from '../ui/status';
import { archiveReasonError } from './archive-words';
import { ArchivedFileActions } from './archived-file-actions';
import { archivedFileSections } from './archived-file-sections';
import { archivedFileFromList } from './archives-page';
import { FormActions, FormErrorSummary, TextAreaField } from './form-fields';
import { ARCHIVES_PATH } from './paths';
import { useVersionedSave } from './use-versioned-save';
import { fieldErrorsFromDetails } from './youth-form-rules';

/**
 * An archived file, for an admin: first the reason for opening it (written to the file's
 * access history, which the young person reads), then the file, read-only.
 */
export function ArchivedFilePage({ id }: { id: string }) {
  const listed = archivedFileFromList(id);
  const [opened, setOpened] = useState<ArchivedFileOpened | null>(null);
  const name = opened ? `${opened.file.youth.firstName} ${opened.file.youth.lastName}` : listed && `${listed.firstName} ${listed.lastName}`;
  return (
    <>
      <PageHeading text={opened && name ? name : name ? `Ouvrir le dossier archivé ${elide('de', name)}` : 'Ouvrir un dossier archivé'} />
      <p>
        <a href={href(ARCHIVES_PATH)}>Retour aux dossiers archivés</a>
      </p>
      {opened ? (
        <>
          <ReadOnlyBanner opened={opened} />
          {archivedFileSections(opened.file).map((section) => (
            <ReadableSectionView key={section.title} section={section} />
          ))}
          <ArchivedFileActions opened={opened} listed={listed} />
        </>
      ) : (
        <OpenWithReasonForm id={id} onOpened={setOpened} />
      )}
    </>
  );
}

function ReadOnlyBanner({ opened }: { opened: ArchivedFileOpened }) {
  return (
    <div class="notice notice--warning archive-banner" role="note" aria-label="Dossier archivé">
      <p>
        <strong>Dossier archivé : lecture seule</strong>
      </p>
      <p>
        Ouvert le {formatTimestamp(opened.openedAt)}, motif : « {opened.reason} ». Cette ouverture est inscrite à l’historique des accès,
        que le jeune lit. Rien ne peut y être modifié.
      </p>
    </div>
  );
}

function OpenWithReasonForm({ id, onOpened }: { id: string; onOpened: (opened: ArchivedFileOpened) => void }) {
  const [reason, setReason] = useState('');
  const { form, errors, failure, saving, save } = useVersionedSave<ArchivedFileOpened, { reason?: string }>({
    validate: () => {
      const error = archiveReasonError(reason);
      return error ? { reason: error } : {};
    },
    errorsOf: (details) => fieldErrorsFromDetails(details, ['reason'] as const),
    onSaved: (opened) => {
      onOpened(opened);
      announce('Dossier ouvert en lecture seule. L’ouverture et son motif sont inscrits à l’historique des accès.');
    },
  });

  return (
    <form ref={form} class="form" noValidate onSubmit={(event) => save(event, () => () => openArchivedFile(id, { reason: reason.trim() }))}>
      <p>
        Ce dossier est en archive intermédiaire. Pour le lire, indiquez pourquoi vous l’ouvrez : le motif est inscrit à l’historique des
        accès, et le jeune le lira dans « Qui a consulté mon dossier ».
      </p>
      <FormErrorSummary count={Object.keys(errors).length} />
      {failure !== null && <ErrorNotice error={failure} />}
      <TextAreaField
        id="reason"
        label="Motif de l’ouverture"
        hint={`De ${ARCHIVE_REASON_LENGTH.min} à ${ARCHIVE_REASON_LENGTH.max} caractères, en mots que le jeune comprend. Par exemple : demande du juge des enfants du 12 mars.`}
        value={reason}
        onValue={setReason}
        maxLength={ARCHIVE_REASON_LENGTH.max}
        rows={3}
        error={errors.reason}
      />
      <FormActions busy={saving} label="Ouvrir le dossier" busyLabel="Ouverture…" />
    </form>
  );
}
