import { useRef, useState } from 'preact/hooks';
import { ARCHIVE_REASON_LENGTH } from '../../../shared/domain/retention.js';
import { reopenFile } from '../api/archive';
import type { Youth } from '../api/types';
import { navigate } from '../router/router';
import { ErrorNotice } from '../ui/notices';
import { announce } from '../ui/status';
import { archiveReasonError } from './archive-words';
import { FormActions, FormErrorSummary, TextAreaField } from './form-fields';
import { youthPath } from './paths';
import { useVersionedSave } from './use-versioned-save';
import { fieldErrorsFromDetails } from './youth-form-rules';

/**
 * « Rouvrir le dossier » (administrateur·rice): back to the active base, in its binôme's lists,
 * with a stated reason, audited and read by the young person; then the ordinary file page.
 */
export function ReopenArchivedFile({ youthId }: { youthId: string }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const openButton = useRef<HTMLButtonElement>(null);
  const { form, errors, failure, saving, save } = useVersionedSave<Youth, { reason?: string }>({
    validate: () => {
      const error = archiveReasonError(reason);
      return error ? { reason: error } : {};
    },
    errorsOf: (details) => fieldErrorsFromDetails(details, ['reason'] as const),
    onSaved: (reopened) => {
      const path = youthPath(reopened.id);
      navigate(path);
      announce('Dossier rouvert : il est de nouveau dans les listes de son binôme.', path);
    },
  });

  if (!open) {
    return (
      <button type="button" class="button button--secondary" ref={openButton} onClick={() => setOpen(true)}>
        Rouvrir le dossier
      </button>
    );
  }
  return (
    <form
      ref={form}
      class="form"
      noValidate
      aria-label="Rouvrir le dossier"
      onSubmit={(event) => save(event, () => () => reopenFile(youthId, { reason: reason.trim() }))}
    >
      <p>
        Le dossier revient dans la base active et dans les listes de son binôme. Le motif est inscrit à l’historique des accès, que le jeune
        lit.
      </p>
      <FormErrorSummary count={Object.keys(errors).length} />
      {failure !== null && <ErrorNotice error={failure} />}
      <TextAreaField
        id="reopen-reason"
        label="Motif de la réouverture"
        hint={`De ${ARCHIVE_REASON_LENGTH.min} à ${ARCHIVE_REASON_LENGTH.max} caractères. Par exemple : le jeune revient vers le service.`}
        value={reason}
        onValue={setReason}
        maxLength={ARCHIVE_REASON_LENGTH.max}
        rows={3}
        error={errors.reason}
      />
      <FormActions
        busy={saving}
        label="Rouvrir le dossier"
        busyLabel="Réouverture…"
        onCancel={() => {
          setOpen(false);
          setTimeout(() => openButton.current?.focus());
        }}
      />
    </form>
  );
}
