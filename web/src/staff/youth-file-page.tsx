import { useRef, useState } from 'preact/hooks';
import { decideOnYouthFile, type YouthAction } from '../../../shared/auth/policy.js';
import { ApiError } from '../api/client';
import type { Youth } from '../api/types';
import { exportYouthData, getYouth } from '../api/youth';
import type { Session } from '../auth/token';
import { BinomeSection } from '../dashboard/binome-section';
import { DeadlineAlertsSection } from '../dashboard/deadline-alerts-section';
import { HelpAlertsSection } from '../dashboard/help-alerts-section';
import { formatDate, formatTimestamp, todayInParis } from '../lib/dates';
import { href } from '../router/router';
import { DownloadButton } from '../ui/download-button';
import { Fact } from '../ui/fact';
import { IdentityDetails } from '../ui/identity-details';
import { KeyDatesList } from '../ui/key-dates-list';
import { ErrorNotice, Loading } from '../ui/notices';
import { PageHeading } from '../ui/page-heading';
import { announce } from '../ui/status';
import { useAsync } from '../ui/use-async';
import { ExitSituationSection } from './exit-situation-section';
import { HousingSummarySection } from './housing-summary-section';
import { JournalSection } from './journal-section';
import { archivedFilePath, gridPath, interviewPath, youthPath } from './paths';
import { RgpdRequestsSection } from './rgpd-requests-section';
import { SupportSection } from './support-section';
import { YouthEditForm } from './youth-edit-form';

/** The API's answer to an admin's ordinary read of a file in the intermediate archive. */
const isArchivedFileError = (error: unknown) => error instanceof ApiError && error.code === 'FILE_ARCHIVED';

/** A young person's file for staff: details (editable), key dates, journal, and for admins access history and export. */
export function YouthFilePage({ id, session }: { id: string; session: Session }) {
  const file = useAsync((signal) => getYouth(id, signal), [id]);
  // A decision moves the care end date: the file is read again, quietly.
  const refresh = () => void getYouth(id).then(file.setData, () => undefined);
  const youth = file.state.status === 'ready' ? file.state.data : null;
  return (
    <>
      <PageHeading text={youth ? `${youth.firstName} ${youth.lastName}` : 'Dossier'} />
      <p>
        <a href={href('/jeunes')}>Retour à mes jeunes</a>
      </p>
      {file.state.status === 'loading' && <Loading text="Chargement du dossier…" />}
      {file.state.status === 'failed' &&
        (isArchivedFileError(file.state.error) && session.role === 'admin' ? (
          <ErrorNotice error={file.state.error}>
            <p>
              <a href={href(archivedFilePath(id))}>Ouvrir ce dossier archivé en indiquant un motif</a>
            </p>
          </ErrorNotice>
        ) : (
          <ErrorNotice error={file.state.error} onRetry={file.reload} />
        ))}
      {youth && <YouthFile youth={youth} session={session} onChange={file.setData} onRefresh={refresh} />}
    </>
  );
}

function YouthFile({
  youth,
  session,
  onChange,
  onRefresh,
}: {
  youth: Youth;
  session: Session;
  onChange: (youth: Youth) => void;
  onRefresh: () => void;
}) {
  const today = todayInParis();
  // The same policy as the API, so that nobody is offered an action the API would refuse.
  const can = (action: YouthAction) => decideOnYouthFile(session, action, youth) === 'allow';
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);

  function closeForm() {
    setEditing(false);
    // The button is rendered again once the form is gone; give it the focus back then.
    setTimeout(() => editButton.current?.focus());
  }

  return (
    <>
      <section aria-labelledby="informations">
        <h2 id="informations">Informations</h2>
        <IdentityDetails youth={youth} today={today}>
          <Fact term="Admission à l’ASE">{youth.careStartDate ? formatDate(youth.careStartDate) : 'Non renseignée'}</Fact>
          <Fact term="Personne de confiance">
            {youth.trustedPerson
              ? `${youth.trustedPerson.name} (${youth.trustedPerson.relation}), ${youth.trustedPerson.phone}`
              : 'Pas encore choisie par le jeune'}
          </Fact>
          <Fact term="Fin de prise en charge">{youth.careEndDate ? formatDate(youth.careEndDate) : 'Non renseignée'}</Fact>
          <Fact term="Dernière modification">{formatTimestamp(youth.updatedAt)}</Fact>
        </IdentityDetails>
        {can('profile.update') &&
          (editing ? (
            <YouthEditForm
              youth={youth}
              onNewerVersion={onChange}
              onSaved={(saved) => {
                onChange(saved);
                closeForm();
                announce('Les informations du dossier ont été enregistrées.');
              }}
              onCancel={closeForm}
            />
          ) : (
            <button type="button" class="button button--secondary" ref={editButton} onClick={() => setEditing(true)}>
              Modifier les informations
            </button>
          ))}
      </section>

      {can('help.read') && <HelpAlertsSection youthId={youth.id} canAcknowledge={can('help.acknowledge')} />}

      {can('alert.read') && <DeadlineAlertsSection youthId={youth.id} canAcknowledge={can('alert.acknowledge')} />}

      {can('binome.assign') && <BinomeSection youth={youth} onChange={onChange} />}

      <section aria-labelledby="echeances">
        <h2 id="echeances">Échéances</h2>
        <KeyDatesList keyDates={youth.keyDates} today={today} voice="staff" />
      </section>

      {can('interview.read') && (
        <section aria-labelledby="entretien-17">
          <h2 id="entretien-17">Entretien pour l’autonomie (entretien des 17 ans)</h2>
          <p>Échéances, préparation partagée par le jeune, comptes rendus d’entretien et projet d’autonomie.</p>
          <p>
            <a href={href(interviewPath(youth.id))}>Ouvrir l’entretien pour l’autonomie et le projet d’autonomie</a>
          </p>
          <p>
            <a href={href(gridPath(youth.id))}>Ouvrir la grille d’autonomie</a>
          </p>
        </section>
      )}

      {can('support.read') && (
        <SupportSection youth={youth} canRequest={can('support.request')} canDecide={can('support.decide')} onCareEndChanged={onRefresh} />
      )}

      {can('rgpdRequest.read') && <RgpdRequestsSection youthId={youth.id} canAnswer={can('rgpdRequest.answer')} />}

      <ExitSituationSection youth={youth} canWrite={can('profile.update')} onSaved={onChange} />

      {can('housing.read') && <HousingSummarySection youth={youth} />}

      {can('journal.read') && <JournalSection youthId={youth.id} canWrite={can('journal.write')} />}

      {(can('audit.read') || can('export.read')) && (
        <section aria-labelledby="acces-donnees">
          <h2 id="acces-donnees">Accès et données</h2>
          {can('audit.read') && (
            <p>
              <a href={href(`${youthPath(youth.id)}/historique`)}>Voir l’historique des accès au dossier</a>
            </p>
          )}
          {can('export.read') && (
            <>
              <p>L’export contient tout ce qu’Envol conserve sur ce dossier (format JSON). Il est inscrit à l’historique des accès.</p>
              <DownloadButton
                load={() => exportYouthData(youth.id)}
                filename={`envol-dossier-${youth.id}.json`}
                label="Exporter les données"
                doneMessage="Les données du dossier ont été téléchargées."
                secondary
              />
            </>
          )}
        </section>
      )}
    </>
  );
}
