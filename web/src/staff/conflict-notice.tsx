import type { ComponentChildren } from 'preact';
import type { Conflict } from './use-versioned-save';

/**
 * What a form shows after someone else saved first: a warning with « Recharger la dernière
 * version » until the latest version is loaded, then `reloaded` (what to check before saving).
 */
export function ConflictNotice({
  conflict,
  changed,
  kept,
  onReload,
  reloaded,
}: {
  conflict: Conflict;
  /** What changed meanwhile, as a sentence: « Ce dossier a été modifié entre-temps. » */
  changed: string;
  /** That the user's input is still there, as a sentence. */
  kept: string;
  onReload: () => void;
  reloaded: ComponentChildren;
}) {
  if (conflict === 'reloaded') {
    return (
      <div class="notice notice--info" role="status">
        {reloaded}
      </div>
    );
  }
  if (conflict === 'none') return null;
  return (
    <div class="notice notice--warning" role="alert">
      <p>
        <strong>Attention : </strong>
        {changed} Rechargez pour voir la dernière version.
      </p>
      <p>{kept}</p>
      <button type="button" class="button button--secondary" aria-busy={conflict === 'reloading'} onClick={onReload}>
        Recharger la dernière version
      </button>
    </div>
  );
}
