import { useEffect, useState } from 'preact/hooks';
import { userMessage } from '../api/client';
import type { Youth } from '../api/types';
import { setTrustedPerson } from '../api/youth';
import { useDraft } from '../ui/drafts';

interface TrustedPersonFields {
  name: string;
  relation: string;
  phone: string;
}

/** The form as kept on the phone; null when what is read back is not one. */
function asFields(stored: unknown): TrustedPersonFields | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const { name, relation, phone } = stored as Partial<TrustedPersonFields>;
  return typeof name === 'string' && typeof relation === 'string' && typeof phone === 'string' ? { name, relation, phone } : null;
}

const PHONE = /^\+?[0-9][0-9 .-]{5,19}$/;

/** « Ma personne de confiance »: the young person chooses or changes who it is (CASF L223-1-3). */
export function TrustedPersonSection({
  youth,
  archived,
  onSaved,
}: {
  youth: Youth;
  /** An archived file is read-only: what was typed stays on the phone until the file is reopened. */
  archived: boolean;
  onSaved: (youth: Youth) => void;
}) {
  const current = youth.trustedPerson;
  const [editing, setEditing] = useState(false);
  // What is typed is kept on the phone until saved: a reload opens the form again with it.
  const stored: TrustedPersonFields = { name: current?.name ?? '', relation: current?.relation ?? '', phone: current?.phone ?? '' };
  const draft = useDraft<TrustedPersonFields>(`trusted-person:${youth.id}`, stored, asFields);
  const { name, relation, phone } = draft.value;
  const keep = (changes: Partial<TrustedPersonFields>) => draft.set({ ...draft.value, ...changes });
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (draft.restored && (name !== stored.name || relation !== stored.relation || phone !== stored.phone)) setEditing(true);
  }, [draft.restored]);

  async function save(trustedPerson: { name: string; relation: string; phone: string } | null) {
    setError(null);
    if (trustedPerson && (!trustedPerson.name || !trustedPerson.relation || !PHONE.test(trustedPerson.phone))) {
      setError('Indique son nom, qui c’est pour toi, et un numéro de téléphone valide.');
      return;
    }
    setSaving(true);
    try {
      const saved = await setTrustedPerson(youth.id, { version: youth.version, trustedPerson });
      draft.reset({
        name: saved.trustedPerson?.name ?? '',
        relation: saved.trustedPerson?.relation ?? '',
        phone: saved.trustedPerson?.phone ?? '',
      });
      onSaved(saved);
      setEditing(false);
    } catch (failure) {
      setError(userMessage(failure));
    } finally {
      setSaving(false);
    }
  }

  return (
    <section aria-labelledby="ma-personne-de-confiance">
      <h2 id="ma-personne-de-confiance">Ma personne de confiance</h2>
      <p class="hint">
        Une personne que tu choisis (de ta famille, un·e ami·e, un·e adulte que tu connais bien). Elle peut venir avec toi à ton entretien
        pour l’autonomie.
      </p>
      {(!editing || archived) && (
        <>
          <p>
            {current ? `${current.name} (${current.relation}), ${current.phone}` : 'Tu n’as pas encore choisi de personne de confiance.'}
          </p>
          {archived ? (
            <p class="hint">Pour la choisir ou la changer, rouvre d’abord ton dossier (en haut de la page).</p>
          ) : (
            <button type="button" class="button button--secondary" onClick={() => setEditing(true)}>
              {current ? 'Changer ma personne de confiance' : 'Choisir ma personne de confiance'}
            </button>
          )}
        </>
      )}
      {editing && !archived && (
        <form
          class="form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void save({ name: name.trim(), relation: relation.trim(), phone: phone.trim() });
          }}
        >
          {error && (
            <p class="field-error" role="alert">
              {error}
            </p>
          )}
          <div class="field">
            <label for="trusted-name">Son nom</label>
            <input
              id="trusted-name"
              value={name}
              maxLength={120}
              autoComplete="off"
              onInput={(e) => keep({ name: e.currentTarget.value })}
            />
          </div>
          <div class="field">
            <label for="trusted-relation">Qui c’est pour toi</label>
            <input id="trusted-relation" value={relation} maxLength={120} onInput={(e) => keep({ relation: e.currentTarget.value })} />
          </div>
          <div class="field">
            <label for="trusted-phone">Son téléphone</label>
            <input id="trusted-phone" type="tel" value={phone} maxLength={20} onInput={(e) => keep({ phone: e.currentTarget.value })} />
          </div>
          <div class="form-actions">
            <button type="submit" class="button" aria-busy={saving}>
              {saving ? 'Enregistrement…' : 'Enregistrer'}
            </button>
            {current && (
              <button type="button" class="button button--quiet" onClick={() => void save(null)}>
                Ne plus avoir de personne de confiance
              </button>
            )}
            <button
              type="button"
              class="button button--quiet"
              onClick={() => {
                draft.reset(stored);
                setEditing(false);
              }}
            >
              Annuler
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
