import { useState } from 'preact/hooks';
import { createHousingApplication } from '../api/housing';
import type { HousingApplication, HousingPartner, HousingSolutionType } from '../api/types';
import { randomUuid } from '../lib/idempotency';
import { ErrorNotice } from '../ui/notices';
import { announce } from '../ui/status';

/**
 * Adds an application (a draft the binôme then files). One idempotency key per form
 * filled, so a retry after a lost answer creates nothing twice.
 */
export function AddApplicationForm({
  youthId,
  solutionTypes,
  partners,
  voice,
  onAdded,
}: {
  youthId: string;
  solutionTypes: readonly HousingSolutionType[];
  partners: readonly HousingPartner[];
  voice: 'jeune' | 'staff';
  onAdded: (application: HousingApplication) => void;
}) {
  const active = solutionTypes.filter((type) => type.active);
  const [typeId, setTypeId] = useState(active[0]?.id ?? '');
  const [partnerId, setPartnerId] = useState('');
  const [comment, setComment] = useState('');
  const [key, setKey] = useState(randomUuid);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const partnersOfType = partners.filter((partner) => partner.solutionTypeId === typeId);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const added = await createHousingApplication(youthId, { solutionTypeId: typeId, partnerId: partnerId || null, comment }, key);
      setComment('');
      setPartnerId('');
      setKey(randomUuid());
      announce(`Demande ajoutée : n° ${added.number}`);
      onAdded(added);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="form" onSubmit={submit}>
      <div class="field">
        <label for="application-type">Type de logement</label>
        <select
          id="application-type"
          value={typeId}
          onChange={(event) => {
            setTypeId(event.currentTarget.value);
            setPartnerId('');
          }}
        >
          {active.map((type) => (
            <option key={type.id} value={type.id}>
              {type.label}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="application-partner">
          Partenaire <span class="optional">(facultatif)</span>
        </label>
        <select id="application-partner" value={partnerId} onChange={(event) => setPartnerId(event.currentTarget.value)}>
          <option value="">{partnersOfType.length === 0 ? 'Aucun partenaire de ce type' : 'Pas de partenaire précis'}</option>
          {partnersOfType.map((partner) => (
            <option key={partner.id} value={partner.id}>
              {partner.name}
              {partner.territory ? ` (${partner.territory})` : ''}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="application-comment">
          {voice === 'jeune' ? 'Un mot pour ton binôme' : 'Commentaire'} <span class="optional">(facultatif)</span>
        </label>
        <textarea
          id="application-comment"
          maxLength={1000}
          rows={2}
          value={comment}
          onInput={(event) => setComment(event.currentTarget.value)}
        />
      </div>
      {error !== null && <ErrorNotice error={error} />}
      <div class="form-actions">
        <button type="submit" class="button" disabled={busy || !typeId}>
          Ajouter la demande
        </button>
      </div>
    </form>
  );
}
