import { useRef, useState } from 'preact/hooks';
import type { ApiErrorDetail } from '../api/types';
import { announce } from '../ui/status';
import { focusFirstError } from './form-fields';
import { classifySaveFailure } from './save-failure';

/** Where a form stands after someone else saved first: warned, loading the latest version, or showing it. */
export type Conflict = 'none' | 'detected' | 'reloading' | 'reloaded';

/**
 * What a form built on useVersionedSave tells the page around it: what it saved, that it was
 * cancelled, and the newer version it loaded after a conflict (the page shows it too).
 */
export interface VersionedFormEvents<Saved, Latest = Saved> {
  onSaved: (saved: Saved) => void;
  onCancel: () => void;
  onNewerVersion: (latest: Latest) => void;
}

/** What to send once the form's values pass their checks, or null when nothing changed. */
export type Sending<Saved> = (() => Promise<Saved>) | null;

/**
 * The save logic the staff forms share: check the values, send, then sort out a refusal.
 * A 409 VERSION_CONFLICT keeps the user's edits and waits for `reload`; errors the server
 * ties to a field are shown at that field, with the focus on the first; anything else is
 * a general failure. `Errors` maps a field (or a path such as `goals.0.label`) to its message.
 */
export function useVersionedSave<Saved, Errors extends Partial<Record<string, string>>>({
  validate,
  errorsOf,
  onSaved,
}: {
  /** The form's own checks, before anything is sent. */
  validate: () => Errors;
  /** The server's validation details placed on the form's fields (those it cannot place are left out). */
  errorsOf: (details: readonly ApiErrorDetail[]) => Errors;
  onSaved: (saved: Saved) => void;
}) {
  const form = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<Errors>({} as Errors);
  const [failure, setFailure] = useState<unknown>(null);
  const [conflict, setConflict] = useState<Conflict>('none');
  const [saving, setSaving] = useState(false);

  const showErrors = (found: Errors) => {
    setErrors(found);
    if (Object.keys(found).length > 0) setTimeout(() => focusFirstError(form.current));
  };

  /** The form's submit handler: `prepare` builds the request from values that passed their checks. */
  async function save(event: Event, prepare: () => Sending<Saved>) {
    event.preventDefault();
    if (saving) return;
    setFailure(null);
    const found = validate();
    showErrors(found);
    if (Object.keys(found).length > 0) return;
    const send = prepare();
    if (!send) {
      announce('Aucune modification à enregistrer.');
      return;
    }
    setSaving(true);
    try {
      onSaved(await send());
    } catch (error) {
      const outcome = classifySaveFailure(error, errorsOf);
      if (outcome.kind === 'conflict') setConflict('detected');
      else if (outcome.kind === 'fields') showErrors(outcome.errors);
      else setFailure(outcome.error);
    } finally {
      setSaving(false);
    }
  }

  /** After a conflict: `load` fetches the latest version and puts it under the user's edits. */
  async function reload(load: () => Promise<void>) {
    setConflict('reloading');
    setFailure(null);
    try {
      await load();
      setConflict('reloaded');
    } catch (error) {
      setConflict('detected');
      setFailure(error);
    }
  }

  return { form, errors, setErrors, failure, conflict, setConflict, saving, save, reload };
}
