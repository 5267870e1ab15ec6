import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { COMMITTEE_KINDS } from '../../../shared/schemas/allowed-values.js';
import { createCommittee, listCommittees } from '../api/committees';
import type { Committee, CommitteeKind } from '../api/types';
import { homePath } from '../auth/session';
import type { Session } from '../auth/token';
import { COMMITTEE_KIND_LABELS, countOf } from '../committees/labels';
import { COMMITTEES_PATH, committeePath } from '../committees/paths';
import { IdempotencyKeys } from '../lib/idempotency';
import { requiredTextError, tooLongError } from '../lib/text-rules';
import { findRoute, href, navigate, type RouteParams } from '../router/router';
import { FormActions, FormErrorSummary, RadioGroup, TextField } from '../staff/form-fields';
import { useVersionedSave } from '../staff/use-versioned-save';
import { fieldErrorsFromDetails, withoutEmpty } from '../staff/youth-form-rules';
import { Fact } from '../ui/fact';
import { NotFoundPage } from '../ui/not-found-page';
import { ErrorNotice, Loading } from '../ui/notices';
import { PageHeading } from '../ui/page-heading';
import { announce } from '../ui/status';
import { useAsync } from '../ui/use-async';
import { CommitteePage } from './committee-page';
import { NewConsultationPage } from './consultation-form';
import { OrganiserConsultationPage } from './consultation-page';

type OrganiserRoute = (params: RouteParams, session: Session) => ComponentChildren;

// `nouvelle` comes before `:consultationId`: routes are tried in order.
const ROUTES: readonly (readonly [string, OrganiserRoute])[] = [
  [COMMITTEES_PATH, (_params, session) => <CommitteesPage session={session} />],
  [`${COMMITTEES_PATH}/:committeeId`, ({ committeeId = '' }) => <CommitteePage committeeId={committeeId} />],
  [`${COMMITTEES_PATH}/:committeeId/consultations/nouvelle`, ({ committeeId = '' }) => <NewConsultationPage committeeId={committeeId} />],
  [
    `${COMMITTEES_PATH}/:committeeId/consultations/:consultationId`,
    ({ committeeId = '', consultationId = '' }) => <OrganiserConsultationPage committeeId={committeeId} consultationId={consultationId} />,
  ],
];

/** The committees of organisateurs and admins: their own chunk. */
export function OrganisateurPages({ path, session }: { path: string; session: Session }) {
  const match = findRoute(ROUTES, path);
  return <>{match ? match.value(match.params, session) : <NotFoundPage home={homePath(session.role)} />}</>;
}

function CommitteesPage({ session }: { session: Session }) {
  const committees = useAsync((signal) => listCommittees(signal), []);
  const [creating, setCreating] = useState(false);
  const createButton = useRef<HTMLButtonElement>(null);
  const isAdmin = session.role === 'admin';
  return (
    <>
      <PageHeading text="Comités" />
      <p class="lead">
        {isAdmin
          ? 'Tous les comités des jeunes du département : comités territoriaux (CTJ) et comité départemental (CDJ).'
          : 'Les comités des jeunes que vous organisez : leurs membres, leurs consultations et ce qui en a été fait.'}
      </p>
      {creating ? (
        <CreateCommitteeForm
          onCancel={() => {
            setCreating(false);
            setTimeout(() => createButton.current?.focus());
          }}
        />
      ) : (
        <p>
          <button type="button" class="button" ref={createButton} onClick={() => setCreating(true)}>
            Créer un comité
          </button>
        </p>
      )}
      <h2>{isAdmin ? 'Comités du département' : 'Mes comités'}</h2>
      {committees.state.status === 'loading' && <Loading text="Chargement des comités…" />}
      {committees.state.status === 'failed' && <ErrorNotice error={committees.state.error} onRetry={committees.reload} />}
      {committees.state.status === 'ready' &&
        (committees.state.data.items.length === 0 ? (
          <p class="empty">Aucun comité pour le moment.</p>
        ) : (
          <ul class="plain-list cards">
            {committees.state.data.items.map((committee) => (
              <li key={committee.id}>
                <CommitteeCard committee={committee} />
              </li>
            ))}
          </ul>
        ))}
    </>
  );
}

function CommitteeCard({ committee }: { committee: Committee }) {
  return (
    <div class="card">
      <h3 class="card-title">
        <a href={href(committeePath(committee.id))}>{committee.name}</a>
      </h3>
      <dl class="facts">
        <Fact term="Type">{COMMITTEE_KIND_LABELS[committee.kind]}</Fact>
        {committee.territory && <Fact term="Territoire">{committee.territory}</Fact>}
        <Fact term="Membres">{countOf(committee.memberCount, 'membre')}</Fact>
      </dl>
    </div>
  );
}

const NAME_MAX = 200;
const KIND_OPTIONS = COMMITTEE_KINDS.map((kind) => [kind, COMMITTEE_KIND_LABELS[kind]] as const);
type CommitteeField = 'name' | 'territory';

function CreateCommitteeForm({ onCancel }: { onCancel: () => void }) {
  const [kind, setKind] = useState<CommitteeKind>('CTJ');
  const [name, setName] = useState('');
  const [territory, setTerritory] = useState('');
  const keys = useRef(new IdempotencyKeys());
  const { form, errors, failure, saving, save } = useVersionedSave<Committee, Partial<Record<CommitteeField, string>>>({
    validate: () =>
      withoutEmpty({
        name: requiredTextError(name, NAME_MAX, 'Indiquez le nom du comité.'),
        territory: tooLongError(territory, NAME_MAX),
      }),
    errorsOf: (details) => fieldErrorsFromDetails(details, ['name', 'territory'] as const),
    onSaved: (created) => {
      keys.current.reset();
      const path = committeePath(created.id);
      navigate(path);
      announce(`Comité « ${created.name} » créé.`, path);
    },
  });

  useEffect(() => {
    form.current?.querySelector<HTMLElement>('h3')?.focus();
  }, []);

  function request() {
    const body = { kind, name: name.trim(), ...(territory.trim() ? { territory: territory.trim() } : {}) };
    return () => createCommittee(body, keys.current.keyFor(body));
  }

  return (
    <form ref={form} class="form" noValidate onSubmit={(event) => save(event, request)} aria-labelledby="create-committee-title">
      <h3 id="create-committee-title" tabIndex={-1}>
        Nouveau comité
      </h3>
      <FormErrorSummary count={Object.keys(errors).length} />
      {failure !== null && <ErrorNotice error={failure} />}
      <RadioGroup name="committee-kind" legend="Type de comité" value={kind} options={KIND_OPTIONS} onValue={setKind} />
      <TextField id="committee-name" label="Nom du comité" value={name} onValue={setName} maxLength={NAME_MAX} error={errors.name} />
      <TextField
        id="committee-territory"
        label="Territoire"
        optional
        value={territory}
        onValue={setTerritory}
        maxLength={NAME_MAX}
        error={errors.territory}
        hint="Par exemple : Arrageois, Boulonnais. Laissez vide pour le comité départemental."
      />
      <FormActions busy={saving} label="Créer le comité" busyLabel="Création…" onCancel={onCancel} />
    </form>
  );
}
