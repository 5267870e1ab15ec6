import { useState } from 'preact/hooks';
import { elide } from '../../../shared/text/french-typography.js';
import {
  createHousingPartner,
  getHousingFile,
  getHousingQueue,
  getHousingSettings,
  listHousingPartners,
  moveHousingApplication,
} from '../api/housing';
import type {
  HousingApplication,
  HousingApplicationStatus,
  HousingFile,
  HousingPartner,
  HousingQueueItem,
  HousingSettings,
  Youth,
} from '../api/types';
import { getYouth } from '../api/youth';
import type { Session } from '../auth/token';
import { AddApplicationForm } from '../housing/add-application-form';
import { ApplicationList } from '../housing/application-list';
import {
  AID_LABELS,
  alertSentence,
  HOUSEHOLD_LABELS,
  INCOME_LABELS,
  MOVE_LABELS,
  NOT_NEEDED_LABELS,
  STATUS_LABELS,
} from '../housing/labels';
import { SolutionTypeSelect } from '../housing/solution-type-select';
import { formatDate } from '../lib/dates';
import { randomUuid } from '../lib/idempotency';
import { href } from '../router/router';
import { ErrorNotice, Loading } from '../ui/notices';
import { PageHeading } from '../ui/page-heading';
import { announce } from '../ui/status';
import { useAsync } from '../ui/use-async';
import { useSubmit } from '../ui/use-submit';
import { housingPath, youthPath } from './paths';

const QUEUE_STATUSES: readonly HousingApplicationStatus[] = ['brouillon', 'deposee', 'en_instruction', 'proposition', 'acceptee'];

/** « Demandes de logement »: the queue by status, oldest first, with the alert of each young person. */
export function HousingQueuePage({ session }: { session: Session }) {
  const [status, setStatus] = useState<HousingApplicationStatus>('brouillon');
  const [partnerId, setPartnerId] = useState('');
  const partners = useAsync((signal) => listHousingPartners(signal), []);
  const [pages, setPages] = useState<{ items: HousingQueueItem[]; cursor: string | null } | null>(null);
  const first = useAsync(
    async (signal) => {
      const page = await getHousingQueue({ status, ...(partnerId ? { partnerId } : {}) }, null, signal);
      setPages(page);
      return page;
    },
    [status, partnerId],
  );
  const [moreError, setMoreError] = useState<unknown>(null);

  async function more() {
    if (!pages?.cursor) return;
    try {
      const next = await getHousingQueue({ status, ...(partnerId ? { partnerId } : {}) }, pages.cursor);
      setPages({ items: [...pages.items, ...next.items], cursor: next.cursor });
    } catch (failure) {
      setMoreError(failure);
    }
  }

  return (
    <>
      <PageHeading text="Demandes de logement" />
      <p class="lead">
        {session.role === 'admin' ? 'Les demandes du département' : 'Les demandes de vos jeunes'}, la plus ancienne dans son statut d’abord.
        {session.role === 'admin' && (
          <>
            {' '}
            <a href={href('/logement/partenaires')}>Gérer les partenaires logement</a>
          </>
        )}
      </p>
      <form class="form" onSubmit={(event) => event.preventDefault()}>
        <div class="field">
          <label for="queue-status">Statut</label>
          <select id="queue-status" value={status} onChange={(event) => setStatus(event.currentTarget.value as HousingApplicationStatus)}>
            {QUEUE_STATUSES.map((value) => (
              <option key={value} value={value}>
                {STATUS_LABELS[value]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="queue-partner">Partenaire</label>
          <select id="queue-partner" value={partnerId} onChange={(event) => setPartnerId(event.currentTarget.value)}>
            <option value="">Tous</option>
            {partners.state.status === 'ready' &&
              partners.state.data.items.map((partner) => (
                <option key={partner.id} value={partner.id}>
                  {partner.name}
                </option>
              ))}
          </select>
        </div>
      </form>
      {first.state.status === 'loading' && <Loading />}
      {first.state.status === 'failed' && <ErrorNotice error={first.state.error} onRetry={first.reload} />}
      {first.state.status === 'ready' && pages && (
        <>
          {pages.items.length === 0 ? (
            <p class="empty">Aucune demande dans ce statut.</p>
          ) : (
            <ul class="plain-list">
              {pages.items.map((item) => (
                <li key={item.application.id} class="entry">
                  <h2 class="card-title">
                    <a href={href(housingPath(item.youthId))}>
                      {item.firstName} {item.lastName}
                    </a>
                  </h2>
                  <p>
                    N° {item.application.number} · {item.application.solutionTypeLabel}
                    {item.application.partnerName ? ` – ${item.application.partnerName}` : ''} · depuis le{' '}
                    {formatDate(item.application.lastChangeOn)}
                  </p>
                  {item.youthNote && (
                    <p class="youth-note">
                      Mot {elide('de', item.firstName)} : « {item.youthNote} »
                    </p>
                  )}
                  {item.application.lacksNews && <p class="tag">Sans nouvelle depuis 60 jours</p>}
                  {item.alert && <p class="notice notice--warning">{alertSentence(item.alert, 'staff')}</p>}
                </li>
              ))}
            </ul>
          )}
          {moreError !== null && <ErrorNotice error={moreError} />}
          {pages.cursor && (
            <button type="button" class="button button--secondary" onClick={() => void more()}>
              Afficher plus
            </button>
          )}
        </>
      )}
    </>
  );
}

interface YouthHousingData {
  youth: Youth;
  file: HousingFile;
  settings: HousingSettings;
  partners: HousingPartner[];
}

async function loadYouthHousing(id: string, signal: AbortSignal): Promise<YouthHousingData> {
  const [youth, file, settings, partners] = await Promise.all([
    getYouth(id, signal),
    getHousingFile(id, signal),
    getHousingSettings(signal),
    listHousingPartners(signal),
  ]);
  return { youth, file, settings, partners: partners.items };
}

/** A young person's housing: the alert, the shared project, the applications and their next steps. */
export function YouthHousingPage({ id, session }: { id: string; session: Session }) {
  const data = useAsync((signal) => loadYouthHousing(id, signal), [id]);
  const name = data.state.status === 'ready' ? `${data.state.data.youth.firstName} ${data.state.data.youth.lastName}` : '';
  return (
    <>
      <PageHeading text={name ? `Logement – ${name}` : 'Logement'} />
      <p>
        <a href={href(youthPath(id))}>Retour au dossier</a>
      </p>
      {data.state.status === 'loading' && <Loading />}
      {data.state.status === 'failed' && <ErrorNotice error={data.state.error} onRetry={data.reload} />}
      {data.state.status === 'ready' && <YouthHousing data={data.state.data} mayAct={session.role !== 'admin'} onChanged={data.reload} />}
    </>
  );
}

function YouthHousing({ data, mayAct, onChanged }: { data: YouthHousingData; mayAct: boolean; onChanged: () => void }) {
  const { file } = data;
  return (
    <>
      {file.alert ? (
        <p class="notice notice--warning">{alertSentence(file.alert, 'staff')}</p>
      ) : (
        file.hasSolution && <p class="notice notice--success">Solution logement trouvée.</p>
      )}
      <section aria-labelledby="projet-logement">
        <h2 id="projet-logement">Projet logement</h2>
        {file.project ? (
          <ProjectSummary project={file.project} settings={data.settings} />
        ) : (
          <p class="empty">
            {file.projectPending ? 'Le jeune prépare son projet et ne l’a pas encore partagé.' : 'Pas encore de projet logement.'}
          </p>
        )}
      </section>
      <section aria-labelledby="demandes-logement">
        <h2 id="demandes-logement">Demandes</h2>
        <ApplicationList
          applications={file.applications}
          voice="staff"
          actions={
            mayAct ? (application) => <MoveButtons youthId={file.youthId} application={application} onMoved={onChanged} /> : undefined
          }
        />
        {mayAct && (
          <>
            <h3>Ajouter une demande</h3>
            <AddApplicationForm
              youthId={file.youthId}
              solutionTypes={data.settings.solutionTypes}
              partners={data.partners}
              voice="staff"
              onAdded={onChanged}
            />
          </>
        )}
      </section>
    </>
  );
}

function ProjectSummary({ project, settings }: { project: NonNullable<HousingFile['project']>; settings: HousingSettings }) {
  const typeLabel = (id: string) => settings.solutionTypes.find((type) => type.id === id)?.label ?? id;
  return (
    <dl class="key-dates">
      {project.notNeededReason && (
        <>
          <dt>Pas besoin de solution</dt>
          <dd>{NOT_NEEDED_LABELS[project.notNeededReason]}</dd>
        </>
      )}
      <dt>Souhaits</dt>
      <dd>{project.wishedSolutionTypeIds.map(typeLabel).join(', ') || 'Non renseigné'}</dd>
      <dt>Secteur</dt>
      <dd>{project.wishedArea || 'Non renseigné'}</dd>
      <dt>Date souhaitée</dt>
      <dd>{project.expectedDate ? formatDate(project.expectedDate) : 'Non renseignée'}</dd>
      <dt>Composition</dt>
      <dd>{project.household ? HOUSEHOLD_LABELS[project.household] : 'Non renseignée'}</dd>
      <dt>Ressources mensuelles</dt>
      <dd>
        {project.resources.map((resource) => `${INCOME_LABELS[resource.source]} : ${resource.monthlyAmount} €`).join(' ; ') || 'Aucune'}
      </dd>
      <dt>Aides demandées</dt>
      <dd>{project.aidsRequested.map((aid) => AID_LABELS[aid]).join(', ') || 'Aucune'}</dd>
      <dt>Accompagnement souhaité</dt>
      <dd>{project.supportNeeded || 'Non renseigné'}</dd>
    </dl>
  );
}

function MoveButtons({ youthId, application, onMoved }: { youthId: string; application: HousingApplication; onMoved: () => void }) {
  const [comment, setComment] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  if (application.nextStatuses.length === 0) return null;
  const commentId = `comment-${application.id}`;

  async function move(to: HousingApplicationStatus) {
    setBusy(true);
    setError(null);
    try {
      await moveHousingApplication(youthId, application.id, { version: application.version, to, ...(comment ? { comment } : {}) });
      announce(`Demande ${application.number} : ${STATUS_LABELS[to]}`);
      onMoved();
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  }

  return (
    <div class="form">
      <div class="field">
        <label for={commentId}>
          Commentaire sur le changement <span class="optional">(facultatif)</span>
        </label>
        <input id={commentId} type="text" maxLength={1000} value={comment} onInput={(event) => setComment(event.currentTarget.value)} />
      </div>
      {error !== null && <ErrorNotice error={error} retryLabel="Recharger" onRetry={onMoved} />}
      <div class="form-actions">
        {application.nextStatuses.map((to) => (
          <button key={to} type="button" class="button button--secondary" disabled={busy} onClick={() => void move(to)}>
            {MOVE_LABELS[to]} <span class="visually-hidden">(demande {application.number})</span>
          </button>
        ))}
      </div>
    </div>
  );
}

/** « Partenaires logement » (administrators): the département's list and a form to add one. */
export function HousingPartnersPage() {
  const data = useAsync(async (signal) => {
    const [partners, settings] = await Promise.all([listHousingPartners(signal), getHousingSettings(signal)]);
    return { partners: partners.items, settings };
  }, []);
  return (
    <>
      <PageHeading text="Partenaires logement" />
      {data.state.status === 'loading' && <Loading />}
      {data.state.status === 'failed' && <ErrorNotice error={data.state.error} onRetry={data.reload} />}
      {data.state.status === 'ready' && (
        <>
          {data.state.data.partners.length === 0 ? (
            <p class="empty">Aucun partenaire pour l’instant.</p>
          ) : (
            <ul class="plain-list">
              {data.state.data.partners.map((partner) => (
                <li key={partner.id} class="entry">
                  <h2 class="card-title">{partner.name}</h2>
                  <p>
                    {data.state.status === 'ready' &&
                      (data.state.data.settings.solutionTypes.find((type) => type.id === partner.solutionTypeId)?.label ??
                        partner.solutionTypeId)}
                    {partner.territory ? ` · ${partner.territory}` : ''} · {partner.placesUnderAgreement} place(s) conventionnée(s)
                  </p>
                </li>
              ))}
            </ul>
          )}
          <PartnerForm settings={data.state.data.settings} onAdded={data.reload} />
        </>
      )}
    </>
  );
}

function PartnerForm({ settings, onAdded }: { settings: HousingSettings; onAdded: () => void }) {
  const [name, setName] = useState('');
  const [typeId, setTypeId] = useState(settings.solutionTypes[0]?.id ?? '');
  const [territory, setTerritory] = useState('');
  const [places, setPlaces] = useState(0);
  const [key, setKey] = useState(randomUuid);
  const { failure, submit: send } = useSubmit();

  async function submit(event: Event) {
    event.preventDefault();
    await send(async () => {
      await createHousingPartner({ name, solutionTypeId: typeId, territory, placesUnderAgreement: places }, key);
      setKey(randomUuid());
      setName('');
      announce('Partenaire ajouté');
      onAdded();
    });
  }

  return (
    <form class="form" onSubmit={submit}>
      <h2>Ajouter un partenaire</h2>
      <div class="field">
        <label for="partner-name">Nom</label>
        <input
          id="partner-name"
          type="text"
          required
          maxLength={160}
          value={name}
          onInput={(event) => setName(event.currentTarget.value)}
        />
      </div>
      <SolutionTypeSelect id="partner-type" label="Type de solution" types={settings.solutionTypes} value={typeId} onValue={setTypeId} />
      <div class="field">
        <label for="partner-territory">
          Territoire <span class="optional">(facultatif)</span>
        </label>
        <input
          id="partner-territory"
          type="text"
          maxLength={120}
          value={territory}
          onInput={(event) => setTerritory(event.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="partner-places">Places conventionnées</label>
        <input
          id="partner-places"
          type="number"
          min={0}
          max={5000}
          value={places}
          onInput={(event) => setPlaces(Number.isNaN(event.currentTarget.valueAsNumber) ? 0 : event.currentTarget.valueAsNumber)}
        />
      </div>
      {failure !== null && <ErrorNotice error={failure} />}
      <div class="form-actions">
        <button type="submit" class="button">
          Ajouter le partenaire
        </button>
      </div>
    </form>
  );
}
