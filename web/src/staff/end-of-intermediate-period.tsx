import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { type ArchivesPackage, buildArchivesPackage, destroyFile, handOverFile } from '../api/archive';
import type { RetentionDecision } from '../api/types';
import { downloadBlob } from '../lib/download';
import { navigate } from '../router/router';
import { ErrorNotice } from '../ui/notices';
import { announce } from '../ui/status';
import { DECISION_REFERENCE_LENGTH, decisionReferenceError } from './archive-words';
import { FormActions, FormErrorSummary, focusLater, TextField } from './form-fields';
import { ARCHIVES_PATH } from './paths';
import { useVersionedSave } from './use-versioned-save';
import { fieldErrorsFromDetails } from './youth-form-rules';

interface Names {
  firstName: string;
  lastName: string;
}

const REFERENCE_HINT = 'Le visa d’élimination ou le bordereau de versement, sans le nom du jeune : la référence reste après le dossier.';

/** Back to « Dossiers archivés », where the erased file is no longer listed, saying what is kept. */
function leaveErasedFile(message: string) {
  navigate(ARCHIVES_PATH);
  announce(message, ARCHIVES_PATH);
}

/** The typed reference, checked as the server does, with the server's refusals at the field. */
function useReferenceForm<Saved>(names: Names, onSaved: (saved: Saved) => void) {
  const [reference, setReference] = useState('');
  const saving = useVersionedSave<Saved, { decisionReference?: string }>({
    validate: () => {
      const error = decisionReferenceError(reference, names);
      return error ? { decisionReference: error } : {};
    },
    errorsOf: (details) => fieldErrorsFromDetails(details, ['decisionReference'] as const),
    onSaved,
  });
  return { reference, setReference, ...saving };
}

/**
 * The form both decisions share, told apart by their words: `children` says what the
 * decision does, `send` makes the request from the trimmed reference once it passes its checks.
 */
function ReferenceForm<Saved>({
  form,
  label,
  fieldId,
  send,
  submitLabel,
  busyLabel,
  onCancel,
  children,
}: {
  form: ReturnType<typeof useReferenceForm<Saved>>;
  label: string;
  fieldId: string;
  send: (reference: string) => () => Promise<Saved>;
  submitLabel: string;
  busyLabel: string;
  onCancel: () => void;
  children: ComponentChildren;
}) {
  return (
    <form
      ref={form.form}
      class="form"
      noValidate
      aria-label={label}
      onSubmit={(event) => form.save(event, () => send(form.reference.trim()))}
    >
      {children}
      <FormErrorSummary count={Object.keys(form.errors).length} />
      {form.failure !== null && <ErrorNotice error={form.failure} />}
      <TextField
        id={fieldId}
        label="Référence de la décision des archives départementales"
        hint={REFERENCE_HINT}
        value={form.reference}
        onValue={form.setReference}
        maxLength={DECISION_REFERENCE_LENGTH.max}
        error={form.errors.decisionReference}
      />
      <FormActions busy={form.saving} label={submitLabel} busyLabel={busyLabel} onCancel={onCancel} />
    </form>
  );
}

/**
 * « Verser aux archives départementales »: the package is built and downloaded under the
 * decision's reference, then, once the archives hold it, the hand-over is confirmed with its
 * SHA-256 and the file is erased from Envol (its decision record is kept).
 */
export function HandOverToArchives({ youthId, names }: { youthId: string; names: Names }) {
  const [open, setOpen] = useState(false);
  const [built, setBuilt] = useState<(ArchivesPackage & { reference: string }) | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [confirmFailure, setConfirmFailure] = useState<unknown>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  const form = useReferenceForm<ArchivesPackage & { reference: string }>(names, (made) => {
    downloadBlob(made.blob, made.filename);
    setBuilt(made);
    // The form gives way to the confirmation: the focus goes with it.
    focusLater('hand-over-confirm');
    announce('Paquet téléchargé. Remettez-le aux archives départementales, puis confirmez la remise.');
  });

  const close = () => {
    setOpen(false);
    setBuilt(null);
    setTimeout(() => openButton.current?.focus());
  };

  async function confirm() {
    if (!built || confirming) return;
    setConfirming(true);
    setConfirmFailure(null);
    try {
      const decision: RetentionDecision = await handOverFile(youthId, built.reference, built.sha256);
      leaveErasedFile(
        `Dossier versé aux archives départementales et effacé d’Envol. La décision est conservée sans donnée personnelle (référence ${decision.decisionReference}).`,
      );
    } catch (error) {
      setConfirmFailure(error);
    } finally {
      setConfirming(false);
    }
  }

  if (!open) {
    return (
      <button type="button" class="button button--secondary" ref={openButton} onClick={() => setOpen(true)}>
        Verser aux archives départementales
      </button>
    );
  }
  if (built) {
    return (
      <div class="form">
        <p>
          Le paquet « {built.filename} » est téléchargé (données en JSON, copie lisible en HTML, manifeste avec les empreintes). Remettez-le
          aux archives départementales. Une fois qu’elles l’ont reçu, confirmez la remise : le dossier est alors effacé d’Envol, et seule la
          décision est conservée.
        </p>
        <p>
          Empreinte SHA-256 du paquet : <code class="hash">{built.sha256}</code>
        </p>
        {confirmFailure !== null && <ErrorNotice error={confirmFailure} />}
        <div class="form-actions">
          <button type="button" id="hand-over-confirm" class="button" aria-busy={confirming} onClick={confirm}>
            {confirming ? 'Confirmation…' : 'J’ai remis le paquet aux archives'}
          </button>
          <button type="button" class="button button--quiet" onClick={close}>
            Annuler
          </button>
        </div>
      </div>
    );
  }
  return (
    <ReferenceForm
      form={form}
      label="Verser aux archives départementales"
      fieldId="hand-over-reference"
      send={(reference) => async () => ({ ...(await buildArchivesPackage(youthId, reference)), reference })}
      submitLabel="Préparer le paquet"
      busyLabel="Préparation du paquet…"
      onCancel={close}
    >
      <p>
        Envol prépare le paquet à remettre aux archives : un fichier ZIP téléchargé sur cet ordinateur. Rien n’est effacé à cette étape.
      </p>
    </ReferenceForm>
  );
}

/**
 * « Détruire le dossier »: under the archives' decision reference, after a confirmation that
 * says it cannot be undone; every item of the person is erased, the decision record is kept.
 */
export function DestroyArchivedFile({ youthId, names }: { youthId: string; names: Names }) {
  const [open, setOpen] = useState(false);
  const openButton = useRef<HTMLButtonElement>(null);
  const form = useReferenceForm<RetentionDecision>(names, (decision) =>
    leaveErasedFile(
      `Dossier détruit : il est effacé d’Envol. La décision est conservée sans donnée personnelle (référence ${decision.decisionReference}).`,
    ),
  );

  if (!open) {
    return (
      <button type="button" class="button button--secondary" ref={openButton} onClick={() => setOpen(true)}>
        Détruire le dossier
      </button>
    );
  }
  return (
    <ReferenceForm
      form={form}
      label="Détruire le dossier"
      fieldId="destroy-reference"
      send={(reference) => () => destroyFile(youthId, reference)}
      submitLabel="Détruire définitivement le dossier"
      busyLabel="Destruction…"
      onCancel={() => {
        setOpen(false);
        setTimeout(() => openButton.current?.focus());
      }}
    >
      <div class="notice notice--warning" role="note" aria-label="Destruction irréversible">
        <p>
          <strong>Cette destruction est irréversible.</strong> Toutes les données du jeune sont effacées d’Envol : le dossier, son journal,
          ses entretiens, son historique des accès. Seule la décision est conservée, sans donnée personnelle.
        </p>
      </div>
    </ReferenceForm>
  );
}
