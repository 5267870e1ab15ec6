import { useState } from 'preact/hooks';
import { getDashboardSettings, listAllStaff } from '../api/dashboard';
import type { Youth } from '../api/types';
import { updateYouth } from '../api/youth';
import { FormActions, SelectField } from '../staff/form-fields';
import { Fact } from '../ui/fact';
import { ErrorNotice, Loading } from '../ui/notices';
import { announce } from '../ui/status';
import { useAsync } from '../ui/use-async';
import { useSubmit } from '../ui/use-submit';
import { staffName, staffOptions } from './staff-words';

/**
 * « Binôme » on a file, for an administrateur·rice: who follows the young person, picked by
 * name from the staff directory. The change is recorded in the young person's history and
 * takes effect on access at once.
 */
export function BinomeSection({ youth, onChange }: { youth: Youth; onChange: (youth: Youth) => void }) {
  const data = useAsync(async (signal) => {
    const [referents, coordinateurs, settings] = await Promise.all([
      listAllStaff({ role: 'referent' }, signal),
      listAllStaff({ role: 'coordinateur' }, signal),
      getDashboardSettings(signal),
    ]);
    return { referents, coordinateurs, settings };
  }, []);
  const [referentId, setReferentId] = useState(youth.referentId);
  const [coordinateurId, setCoordinateurId] = useState(youth.coordinateurId);
  const { busy, failure, submit: send } = useSubmit();

  async function submit(event: Event) {
    event.preventDefault();
    await send(async () => {
      const saved = await updateYouth(youth.id, { version: youth.version, referentId, coordinateurId });
      onChange(saved);
      announce('Le binôme a été changé. Le jeune le voit dans l’historique de son dossier.');
    });
  }

  return (
    <section aria-labelledby="binome">
      <h2 id="binome">Binôme</h2>
      {data.state.status === 'loading' && <Loading text="Chargement de l’annuaire…" />}
      {data.state.status === 'failed' && <ErrorNotice error={data.state.error} onRetry={data.reload} />}
      {data.state.status === 'ready' && (
        <>
          <dl class="details">
            <Fact term="Référent·e ASE">{staffName(data.state.data.referents, youth.referentId)}</Fact>
            <Fact term={data.state.data.settings.secondMemberLabel}>{staffName(data.state.data.coordinateurs, youth.coordinateurId)}</Fact>
          </dl>
          <form class="form" onSubmit={submit} aria-labelledby="binome-change-title">
            <h3 id="binome-change-title">Changer le binôme</h3>
            <SelectField
              id="binome-referent"
              label="Référent·e ASE"
              value={referentId}
              onValue={setReferentId}
              options={staffOptions(data.state.data.referents, youth.referentId)}
            />
            <SelectField
              id="binome-coordinateur"
              label={data.state.data.settings.secondMemberLabel}
              value={coordinateurId}
              onValue={setCoordinateurId}
              options={staffOptions(data.state.data.coordinateurs, youth.coordinateurId)}
            />
            {failure !== null && <ErrorNotice error={failure} />}
            <FormActions busy={busy} label="Enregistrer le binôme" busyLabel="Enregistrement…" />
          </form>
        </>
      )}
    </section>
  );
}
