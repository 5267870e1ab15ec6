import { useState } from 'preact/hooks';
import { createStaff, getDashboardSettings, listAllStaff, putDashboardSettings, updateStaff } from '../api/dashboard';
import type { DashboardSettings, StaffMember, StaffRole } from '../api/types';
import { formatDate } from '../lib/dates';
import { randomUuid } from '../lib/idempotency';
import { FormActions, SelectField, TextField } from '../staff/form-fields';
import { ErrorNotice, Loading } from '../ui/notices';
import { PageHeading } from '../ui/page-heading';
import { announce } from '../ui/status';
import { useAsync } from '../ui/use-async';
import { useSubmit } from '../ui/use-submit';
import { staffRoleLabel } from './staff-words';

const CIVILITY_OPTIONS: readonly (readonly ['' | 'madame' | 'monsieur', string])[] = [
  ['', 'Non précisée'],
  ['madame', 'Madame'],
  ['monsieur', 'Monsieur'],
];

const ROLE_OPTIONS: readonly (readonly [StaffRole, string])[] = (['referent', 'coordinateur', 'organisateur', 'admin'] as const).map(
  (role) => [role, staffRoleLabel(role)] as const,
);

/** « Annuaire du personnel » (administrateur·rice): who may form a binôme, and the binôme's label. */
export function StaffDirectoryPage() {
  const data = useAsync(async (signal) => {
    const [staff, settings] = await Promise.all([listAllStaff({}, signal), getDashboardSettings(signal)]);
    return { staff, settings };
  }, []);
  const [editing, setEditing] = useState<StaffMember | null>(null);
  return (
    <>
      <PageHeading text="Annuaire du personnel" />
      <p class="lead">
        Les référent·es et coordinateur·rices choisis comme binôme d’un jeune viennent de cet annuaire. Le nombre de situations suivies hors
        d’Envol compte dans le plafond de suivi.
      </p>
      {data.state.status === 'loading' && <Loading />}
      {data.state.status === 'failed' && <ErrorNotice error={data.state.error} onRetry={data.reload} />}
      {data.state.status === 'ready' && (
        <>
          <StaffTable staff={data.state.data.staff} onEdit={setEditing} />
          <StaffForm
            key={editing?.sub ?? 'new'}
            editing={editing}
            onSaved={() => {
              setEditing(null);
              data.reload();
            }}
            onCancel={() => setEditing(null)}
          />
          <SettingsForm settings={data.state.data.settings} />
        </>
      )}
    </>
  );
}

function StaffTable({ staff, onEdit }: { staff: StaffMember[]; onEdit: (member: StaffMember) => void }) {
  if (staff.length === 0) return <p class="empty">Aucun compte dans l’annuaire pour l’instant.</p>;
  return (
    <div class="table-scroll">
      <table>
        <caption>Comptes du personnel, par rôle puis par nom</caption>
        <thead>
          <tr>
            <th scope="col">Nom</th>
            <th scope="col">Rôle</th>
            <th scope="col">Territoire</th>
            <th scope="col">Prise de poste</th>
            <th scope="col">Situations hors Envol</th>
            <th scope="col">Identifiant</th>
            <th scope="col">
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {staff.map((member) => (
            <tr key={member.sub}>
              <th scope="row">
                {member.lastName} {member.firstName}
              </th>
              <td>{staffRoleLabel(member.role)}</td>
              <td>{member.territory ?? '—'}</td>
              <td>{member.startedOn ? formatDate(member.startedOn) : '—'}</td>
              <td>{member.otherCaseload}</td>
              <td>
                <code>{member.sub}</code>
              </td>
              <td>
                <button type="button" class="button button--quiet" onClick={() => onEdit(member)}>
                  Modifier<span class="visually-hidden"> {`${member.firstName} ${member.lastName}`}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function StaffForm({ editing, onSaved, onCancel }: { editing: StaffMember | null; onSaved: () => void; onCancel: () => void }) {
  const [sub, setSub] = useState(editing?.sub ?? '');
  const [firstName, setFirstName] = useState(editing?.firstName ?? '');
  const [lastName, setLastName] = useState(editing?.lastName ?? '');
  const [civility, setCivility] = useState<'' | 'madame' | 'monsieur'>(editing?.civility ?? '');
  const [role, setRole] = useState<StaffRole>(editing?.role ?? 'referent');
  const [territory, setTerritory] = useState(editing?.territory ?? '');
  const [startedOn, setStartedOn] = useState(editing?.startedOn ?? '');
  const [otherCaseload, setOtherCaseload] = useState(String(editing?.otherCaseload ?? 0));
  const [key] = useState(randomUuid);
  const { busy, failure, submit: send } = useSubmit();

  async function submit(event: Event) {
    event.preventDefault();
    const details = {
      firstName: firstName.trim(),
      lastName: lastName.trim(),
      civility: civility || null,
      role,
      territory: territory.trim() || null,
      startedOn: startedOn || null,
      otherCaseload: Number.parseInt(otherCaseload, 10) || 0,
    };
    await send(async () => {
      if (editing) await updateStaff(editing.sub, { version: editing.version, ...details });
      else await createStaff({ sub: sub.trim(), ...details }, key);
      announce(editing ? 'Compte modifié.' : 'Compte ajouté à l’annuaire.');
      onSaved();
    });
  }

  const prefix = editing ? 'staff-edit' : 'staff-new';
  return (
    <form class="form" onSubmit={submit} aria-labelledby={`${prefix}-title`}>
      <h2 id={`${prefix}-title`}>{editing ? `Modifier ${editing.firstName} ${editing.lastName}` : 'Ajouter un compte'}</h2>
      {!editing && (
        <TextField
          id={`${prefix}-sub`}
          label="Identifiant de connexion"
          value={sub}
          onValue={setSub}
          hint="L’identifiant du compte chez le fournisseur d’identité (il ne change plus ensuite)."
          maxLength={128}
        />
      )}
      <TextField id={`${prefix}-first-name`} label="Prénom" value={firstName} onValue={setFirstName} maxLength={100} />
      <TextField id={`${prefix}-last-name`} label="Nom" value={lastName} onValue={setLastName} maxLength={100} />
      <SelectField
        id={`${prefix}-civility`}
        label="Civilité"
        hint="Le jeune lit « ta référente » ou « ton référent » ; non précisée, un titre épicène (« référent·e »)."
        value={civility}
        onValue={setCivility}
        options={CIVILITY_OPTIONS}
      />
      <SelectField id={`${prefix}-role`} label="Rôle" value={role} onValue={setRole} options={ROLE_OPTIONS} />
      <TextField id={`${prefix}-territory`} label="Territoire" value={territory} onValue={setTerritory} optional maxLength={120} />
      <TextField id={`${prefix}-started-on`} label="Date de prise de poste" type="date" value={startedOn} onValue={setStartedOn} optional />
      <TextField
        id={`${prefix}-other-caseload`}
        label="Situations suivies hors d’Envol"
        inputMode="numeric"
        value={otherCaseload}
        onValue={setOtherCaseload}
        hint="Tous les enfants suivis par ailleurs : le plafond d’un·e référent·e les compte aussi."
        maxLength={3}
      />
      {failure !== null && <ErrorNotice error={failure} />}
      <FormActions
        busy={busy}
        label={editing ? 'Enregistrer' : 'Ajouter le compte'}
        busyLabel="Enregistrement…"
        onCancel={editing ? onCancel : undefined}
      />
    </form>
  );
}

function SettingsForm({ settings }: { settings: DashboardSettings }) {
  const [label, setLabel] = useState(settings.secondMemberLabel);
  const [cap, setCap] = useState(String(settings.caseloadCap));
  const [firstYearCap, setFirstYearCap] = useState(String(settings.firstYearCaseloadCap));
  const [outOfHours, setOutOfHours] = useState(settings.outOfHoursNumber ?? '');
  const [binomePhone, setBinomePhone] = useState(settings.binomePhoneNumber ?? '');
  const [binomeHours, setBinomeHours] = useState(settings.binomeHours ?? '');
  const { busy, failure, submit: send } = useSubmit();

  async function submit(event: Event) {
    event.preventDefault();
    await send(async () => {
      await putDashboardSettings({
        secondMemberLabel: label.trim(),
        caseloadCap: Number.parseInt(cap, 10),
        firstYearCaseloadCap: Number.parseInt(firstYearCap, 10),
        outOfHoursNumber: outOfHours.trim() || null,
        binomePhoneNumber: binomePhone.trim() || null,
        binomeHours: binomeHours.trim() || null,
      });
      announce('Réglages enregistrés.');
    });
  }

  return (
    <form class="form" onSubmit={submit} aria-labelledby="binome-label-title">
      <h2 id="binome-label-title">Le binôme et les plafonds de suivi</h2>
      <TextField
        id="second-member-label"
        label="Nom du second membre du binôme"
        value={label}
        onValue={setLabel}
        hint="Par défaut « Coordonnateur ASE en mission locale » ; certains départements associent le ou la référent·e à un autre service."
        maxLength={120}
      />
      <TextField
        id="caseload-cap"
        label="Plafond de situations par référent·e"
        inputMode="numeric"
        value={cap}
        onValue={setCap}
        hint="Toutes les situations suivies, dans Envol et hors d’Envol."
        maxLength={3}
      />
      <TextField
        id="first-year-caseload-cap"
        label="Plafond la première année après la prise de poste"
        inputMode="numeric"
        value={firstYearCap}
        onValue={setFirstYearCap}
        maxLength={3}
      />
      <TextField
        id="out-of-hours-number"
        label="Numéro d’astreinte du département"
        value={outOfHours}
        onValue={setOutOfHours}
        optional
        hint="Montré au jeune qui appuie sur « J’ai besoin d’aide », avec le 3114, le 115 et le 119."
        maxLength={20}
      />
      <TextField
        id="binome-phone-number"
        label="Numéro pour joindre le binôme"
        value={binomePhone}
        onValue={setBinomePhone}
        optional
        hint="Montré au jeune dans « Mon dossier », avec les heures ci-dessous (l’accueil du service, par exemple)."
        maxLength={20}
      />
      <TextField
        id="binome-hours"
        label="Quand le binôme répond"
        value={binomeHours}
        onValue={setBinomeHours}
        optional
        hint="Par exemple : du lundi au vendredi, de 9 h à 17 h."
        maxLength={200}
      />
      {failure !== null && <ErrorNotice error={failure} />}
      <FormActions busy={busy} label="Enregistrer les réglages" busyLabel="Enregistrement…" />
    </form>
  );
}
