import { useState } from 'preact/hooks';
import { createHousingApplication } from '../api/housing';
import type { HousingApplication, HousingPartner, HousingSolutionType } from '../api/types';
import { randomUuid } from '../lib/idempotency';
import { useDraft } from '../ui/drafts';
import { ErrorNotice } from '../ui/notices';
import { announce } from '../ui/status';
import { useSubmit } from '../ui/use-submit';
import { type ApplicationDraft, asApplicationDraft } from './application-draft';
import { SolutionTypeSelect } from './solution-type-select';

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
  // The young person's form is kept on the phone until sent (staff have no drafts: `useDraft` keeps nothing for them).
  const empty: ApplicationDraft = { typeId: active[0]?.id ?? '', partnerId: '', comment: '' };
  const draft = useDraft<ApplicationDraft>(`housing-application:${youthId}`, empty, (stored) =>
    asApplicationDraft(stored, active, partners, empty),
  );
  const { typeId, partnerId, comment } = draft.value;
  const [key, setKey] = useState(randomUuid);
  const { busy, failure, submit: send } = useSubmit();
  const partnersOfType = partners.filter((partner) => partner.solutionTypeId === typeId);

  async function submit(event: Event) {
    event.preventDefault();
    await send(async () => {
      const added = await createHousingApplication(youthId, { solutionTypeId: typeId, partnerId: partnerId || null, comment }, key);
      draft.reset({ ...empty, typeId });
      setKey(randomUuid());
      announce(`Demande ajoutée : n° ${added.number}`);
      onAdded(added);
    });
  }

  return (
    <form class="form" onSubmit={submit}>
      <SolutionTypeSelect
        id="application-type"
        label="Type de logement"
        types={active}
        value={typeId}
        onValue={(chosen) => draft.set({ ...draft.value, typeId: chosen, partnerId: '' })}
      />
      <div class="field">
        <label for="application-partner">
          Partenaire <span class="optional">(facultatif)</span>
        </label>
        <select
          id="application-partner"
          value={partnerId}
          onChange={(event) => draft.set({ ...draft.value, partnerId: event.currentTarget.value })}
        >
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
          onInput={(event) => draft.set({ ...draft.value, comment: event.currentTarget.value })}
        />
      </div>
      {failure !== null && <ErrorNotice error={failure} />}
      <div class="form-actions">
        <button type="submit" class="button" disabled={busy || !typeId}>
          Ajouter la demande
        </button>
      </div>
    </form>
  );
}
