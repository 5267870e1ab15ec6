import { useState } from 'preact/hooks';
import { downloadJson } from '../lib/download';
import { ErrorNotice } from './notices';
import { announce } from './status';

/** Fetches data on demand and offers it as a JSON file, with a status message once done. */
export function DownloadButton({
  load,
  filename,
  label,
  doneMessage,
  secondary = false,
}: {
  load: () => Promise<unknown>;
  filename: string;
  label: string;
  doneMessage: string;
  secondary?: boolean;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function download() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      downloadJson(await load(), filename);
      announce(doneMessage);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {error !== null && <ErrorNotice error={error} />}
      <button type="button" class={secondary ? 'button button--secondary' : 'button'} aria-busy={busy} onClick={download}>
        {busy ? 'Préparation du fichier…' : label}
      </button>
    </>
  );
}
