import { useState } from 'preact/hooks';
import { ApiError } from '../api/client';
import { getGridDraft, getGridTemplate, publishGridDraft, saveGridDraft } from '../api/grids';
import type { ApiErrorDetail, GridDraft, GridItem, GridTemplate } from '../api/types';
import { domainName, GRID_DOMAINS } from '../grids/grid-words';
import { formatTimestamp } from '../lib/dates';
import { randomUuid } from '../lib/idempotency';
import { ErrorNotice, Loading } from '../ui/notices';
import { PageHeading } from '../ui/page-heading';
import { announce } from '../ui/status';
import { useAsync } from '../ui/use-async';
import { ConflictNotice } from './conflict-notice';
import { findDraftErrors, hasUnsavedChanges, newItemId } from './grid-draft-rules';
import { useVersionedSave } from './use-versioned-save';

interface GridEditing {
  current: GridTemplate;
  draft: GridDraft;
}

async function loadGridEditing(signal: AbortSignal): Promise<GridEditing> {
  const [current, draft] = await Promise.all([getGridTemplate(signal), getGridDraft(signal)]);
  return { current, draft };
}

/**
 * « Grille d'autonomie du département » (admins): the draft of the next version (reword,
 * add, retire items, need by need), saved with the revision read, then published as a
 * new version that never changes. Evaluations already made keep their own version.
 */
export function GridTemplatePage() {
  const data = useAsync(loadGridEditing, []);
  return (
    <>
      <PageHeading text="Grille d’autonomie du département" />
      {data.state.status === 'loading' && <Loading text="Chargement de la grille…" />}
      {data.state.status === 'failed' && <ErrorNotice error={data.state.error} onRetry={data.reload} />}
      {data.state.status === 'ready' && <DraftEditor initial={data.state.data} />}
    </>
  );
}

/** Server errors on `json.items.3.label` shown at that item; the rest at the top. */
function errorsOf(details: readonly ApiErrorDetail[]): Record<string, string> {
  return Object.fromEntries(
    details.flatMap((detail) => {
      const path = Array.isArray(detail.path) ? detail.path.join('.') : (detail.path ?? '');
      const field = path.replace(/^json\./, '');
      return field.startsWith('items') ? [[/^items\.\d+\.label$/.test(field) ? field : 'items', detail.message]] : [];
    }),
  );
}

function DraftEditor({ initial }: { initial: GridEditing }) {
  const [current, setCurrent] = useState(initial.current);
  const [saved, setSaved] = useState(initial.draft);
  const [items, setItems] = useState<GridItem[]>(initial.draft.items);
  const [newLabels, setNewLabels] = useState<Record<string, string>>({});
  const [publishing, setPublishing] = useState(false);
  const [publishFailure, setPublishFailure] = useState<unknown>(null);
  const [publishConflict, setPublishConflict] = useState(false);
  const baseItems = new Set(current.items.map((item) => item.id));

  const form = useVersionedSave<GridDraft, Record<string, string>>({
    validate: () => findDraftErrors(items, GRID_DOMAINS, domainName),
    errorsOf,
    onSaved: (draft) => {
      setSaved(draft);
      setItems(draft.items);
      form.setConflict('none');
      announce('Brouillon enregistré.');
    },
  });

  async function reloadLatest() {
    const latest = await loadGridEditing(new AbortController().signal);
    setCurrent(latest.current);
    setSaved(latest.draft);
    setItems(latest.draft.items);
    setPublishConflict(false);
  }

  function addItem(domain: GridItem['domain']) {
    const label = (newLabels[domain] ?? '').trim();
    if (!label) return;
    const taken = new Set([...items.map((item) => item.id), ...baseItems]);
    setItems([...items, { id: newItemId(domain, taken, randomUuid), domain, label }]);
    setNewLabels({ ...newLabels, [domain]: '' });
    announce(`Item ajouté à « ${domainName(domain)} ».`);
  }

  async function publish() {
    setPublishFailure(null);
    setPublishConflict(false);
    setPublishing(true);
    try {
      const published = await publishGridDraft({ baseVersion: current.version, draftRevision: saved.revision });
      announce(`Version ${published.version} publiée.`);
      setCurrent(published);
      const fresh = await getGridDraft();
      setSaved(fresh);
      setItems(fresh.items);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'VERSION_CONFLICT') setPublishConflict(true);
      else setPublishFailure(error);
    } finally {
      setPublishing(false);
    }
  }

  const unsaved = hasUnsavedChanges(saved.items, items);
  return (
    <>
      <p class="lead">
        Version en vigueur : <strong>{current.version}</strong> ({current.items.length} items). Vous préparez la version{' '}
        {current.version + 1} : reformulez, ajoutez ou retirez des items, enregistrez le brouillon, puis publiez-le. Une version publiée ne
        change plus ; chaque évaluation garde la version avec laquelle elle a été faite.
      </p>
      <p class="muted">
        {saved.updatedAt
          ? `Brouillon enregistré le ${formatTimestamp(saved.updatedAt)}.`
          : 'Pas encore de brouillon enregistré : copie de la version en vigueur.'}
      </p>
      {publishConflict && (
        <div class="notice notice--warning" role="alert">
          <p>
            <strong>Rien n’a été publié : </strong>un autre administrateur a publié une version ou modifié le brouillon entre-temps.
          </p>
          <p>Rechargez pour repartir de la dernière version ; vos modifications non enregistrées seront remplacées.</p>
          <button type="button" class="button button--secondary" onClick={() => void reloadLatest()}>
            Recharger la dernière version
          </button>
        </div>
      )}
      <ConflictNotice
        conflict={form.conflict}
        changed="Le brouillon a été modifié entre-temps par un autre administrateur."
        kept="Vos modifications sont encore affichées ; en rechargeant, vous repartez du brouillon enregistré et elles sont remplacées."
        onReload={() => void form.reload(reloadLatest)}
        reloaded={<p>Voici le dernier brouillon enregistré. Refaites vos modifications si besoin, puis enregistrez.</p>}
      />
      <form
        ref={form.form}
        noValidate
        // Nothing changed since the last save: nothing to send (an unsaved copy is still worth saving).
        onSubmit={(event) =>
          void form.save(event, () => (unsaved || saved.revision === 0 ? () => saveGridDraft({ items, revision: saved.revision }) : null))
        }
      >
        {form.errors.items && (
          <p class="field-error" id="items-error">
            Erreur : {form.errors.items}
          </p>
        )}
        {GRID_DOMAINS.map((domain) => (
          <section key={domain} aria-labelledby={`besoin-${domain}`} class="question-group">
            <h2 id={`besoin-${domain}`}>{domainName(domain)}</h2>
            <ol class="plain-list">
              {items.map((item, index) =>
                item.domain !== domain ? null : (
                  <li key={item.id}>
                    <ItemField
                      item={item}
                      isNew={!baseItems.has(item.id)}
                      error={form.errors[`items.${index}.label`]}
                      onLabel={(label) => setItems(items.map((each, at) => (at === index ? { ...each, label } : each)))}
                      onRetire={() => {
                        setItems(items.filter((_, at) => at !== index));
                        announce('Item retiré du brouillon.');
                      }}
                    />
                  </li>
                ),
              )}
            </ol>
            <div class="field">
              <label for={`nouvel-item-${domain}`}>Nouvel item : {domainName(domain)}</label>
              <input
                id={`nouvel-item-${domain}`}
                type="text"
                maxLength={300}
                value={newLabels[domain] ?? ''}
                onInput={(event) => setNewLabels({ ...newLabels, [domain]: event.currentTarget.value })}
              />
              <button type="button" class="button button--secondary" onClick={() => addItem(domain)}>
                Ajouter l’item<span class="visually-hidden"> à « {domainName(domain)} »</span>
              </button>
            </div>
          </section>
        ))}
        {form.failure !== null && <ErrorNotice error={form.failure} />}
        <div class="form-actions">
          <button type="submit" class="button" aria-busy={form.saving} disabled={form.saving}>
            {form.saving ? 'Enregistrement…' : 'Enregistrer le brouillon'}
          </button>
        </div>
      </form>
      <section aria-labelledby="publier">
        <h2 id="publier">Publier</h2>
        {unsaved ? (
          <p class="hint">Enregistrez d’abord le brouillon : seule sa dernière version enregistrée est publiée.</p>
        ) : (
          <p class="hint">
            La version {current.version + 1} remplacera la version {current.version} pour les prochaines évaluations.
          </p>
        )}
        {publishFailure !== null && <ErrorNotice error={publishFailure} />}
        <button type="button" class="button" aria-busy={publishing} disabled={publishing || unsaved} onClick={() => void publish()}>
          {publishing ? 'Publication…' : `Publier la version ${current.version + 1}`}
        </button>
      </section>
    </>
  );
}

function ItemField({
  item,
  isNew,
  error,
  onLabel,
  onRetire,
}: {
  item: GridItem;
  isNew: boolean;
  error: string | undefined;
  onLabel: (label: string) => void;
  onRetire: () => void;
}) {
  const id = `item-${item.id}`;
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <label for={id}>
        {isNew ? 'Nouvel item' : 'Item'} <span class="muted">({item.id})</span>
      </label>
      {error && (
        <p class="field-error" id={`${id}-error`}>
          Erreur : {error}
        </p>
      )}
      <input
        id={id}
        type="text"
        maxLength={300}
        value={item.label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onInput={(event) => onLabel(event.currentTarget.value)}
      />
      <button type="button" class="button button--quiet" onClick={onRetire}>
        Retirer<span class="visually-hidden"> l’item « {item.label} »</span>
      </button>
    </div>
  );
}
