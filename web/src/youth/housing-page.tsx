import { useEffect, useRef, useState } from 'preact/hooks';
import { getHousingFile, getHousingSettings, housingProjectRequest, listHousingPartners, shareHousingProject } from '../api/housing';
import { withMyFile } from '../api/my-file';
import type { HousingFile, HousingPartner, HousingProject, HousingSettings, SaveHousingProjectBody } from '../api/types';
import { AddApplicationForm } from '../housing/add-application-form';
import { ApplicationList } from '../housing/application-list';
import { AID_LABELS, alertSentence, HOUSEHOLD_LABELS, INCOME_LABELS, NOT_NEEDED_LABELS } from '../housing/labels';
import { formatTimestamp } from '../lib/dates';
import { drafts, sendAsDraft, useDraftSent } from '../ui/drafts';
import { SendFailureNotice } from '../ui/kept-notice';
import { ErrorNotice, Loading } from '../ui/notices';
import { PageHeading } from '../ui/page-heading';
import { announce } from '../ui/status';
import { useAsync } from '../ui/use-async';

/** Long enough not to save on every key, short enough that closing the app loses little. */
const SAVE_DELAY_MS = 1200;

interface HousingData {
  youthId: string;
  file: HousingFile;
  settings: HousingSettings;
  partners: HousingPartner[];
}

async function loadMyHousing(signal: AbortSignal): Promise<HousingData> {
  const [{ youth, data: file }, settings, partners] = await Promise.all([
    withMyFile(signal, (youthId) => getHousingFile(youthId, signal)),
    getHousingSettings(signal),
    listHousingPartners(signal),
  ]);
  return { youthId: youth.id, file, settings, partners: partners.items };
}

/** « Mon logement »: the young person's housing project, saved as they go, and their applications. */
export function MyHousingPage() {
  const data = useAsync(loadMyHousing, []);
  return (
    <>
      <PageHeading text="Mon logement" />
      {/* Painted at once, before the data: what the page is for is not data (issue 15, LCP). */}
      <p class="lead">
        Ici, tu prépares ton logement pour après l’ASE : ce que tu souhaites, tes ressources, et tes demandes (foyer de jeunes travailleurs,
        résidence sociale, logement social…).
      </p>
      {data.state.status === 'loading' && <Loading text="Chargement de ton projet logement…" />}
      {data.state.status === 'failed' && <ErrorNotice error={data.state.error} onRetry={data.reload} />}
      {data.state.status === 'ready' && <MyHousing data={data.state.data} onChanged={data.reload} />}
    </>
  );
}

function MyHousing({ data, onChanged }: { data: HousingData; onChanged: () => void }) {
  const { file } = data;
  return (
    <>
      {file.alert ? (
        <p class="notice notice--warning">{alertSentence(file.alert, 'jeune')}</p>
      ) : (
        file.hasSolution && <p class="notice notice--success">Tu as une solution logement.</p>
      )}
      <ProjectSection youthId={data.youthId} project={file.project} settings={data.settings} onShared={onChanged} />
      <section aria-labelledby="mes-demandes">
        <h2 id="mes-demandes">Mes demandes</h2>
        <ApplicationList applications={file.applications} voice="jeune" />
        <h3>Ajouter une demande</h3>
        <p class="hint">Ta demande est envoyée à ton binôme, qui la dépose avec toi.</p>
        <AddApplicationForm
          youthId={data.youthId}
          solutionTypes={data.settings.solutionTypes}
          partners={data.partners}
          voice="jeune"
          onAdded={onChanged}
        />
      </section>
    </>
  );
}

type ProjectFields = Omit<SaveHousingProjectBody, 'version'> & {
  wishedSolutionTypeIds: string[];
  wishedArea: string;
  resources: { source: keyof typeof INCOME_LABELS; monthlyAmount: number }[];
  aidsRequested: (keyof typeof AID_LABELS)[];
  supportNeeded: string;
  otherAid: string;
};

function fieldsOf(project: HousingProject | null): ProjectFields {
  return {
    wishedSolutionTypeIds: project?.wishedSolutionTypeIds ?? [],
    wishedArea: project?.wishedArea ?? '',
    expectedDate: project?.expectedDate ?? null,
    resources: project?.resources ?? [],
    household: project?.household ?? null,
    supportNeeded: project?.supportNeeded ?? '',
    aidsRequested: project?.aidsRequested ?? [],
    otherAid: project?.otherAid ?? '',
    notNeededReason: project?.notNeededReason ?? null,
  };
}

/** A project kept on the phone: the fields only; the version is the one the page holds when it sends. */
function asProjectFields(stored: unknown, base: ProjectFields): ProjectFields | null {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return null;
  return { ...base, ...(stored as Partial<ProjectFields>) };
}

/**
 * Saves the whole project, one request at a time: what is typed during a request goes
 * in the next one. What is not saved yet is kept on the phone (IndexedDB) and sent with
 * an Idempotency-Key, now or when the connection returns: a reload loses nothing.
 */
function useProjectSaver(youthId: string, initial: HousingProject | null, onRestored: (fields: ProjectFields) => void) {
  const formId = `housing-project:${youthId}`;
  const version = useRef(initial?.version ?? 0);
  const latest = useRef(fieldsOf(initial));
  const dirty = useRef(false);
  const running = useRef<Promise<boolean> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [phase, setPhase] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const [error, setError] = useState<unknown>(null);

  async function send(): Promise<boolean> {
    dirty.current = false;
    setPhase('saving');
    try {
      const body = { version: version.current, ...latest.current };
      const saved = await sendAsDraft<HousingProject>(formId, latest.current, housingProjectRequest(youthId, body));
      // Null: the phone's own resend got the answer first (useDraftSent took its version).
      if (saved) version.current = saved.version;
      return true;
    } catch (failure) {
      dirty.current = true;
      setError(failure);
      setPhase('failed');
      return false;
    }
  }

  async function flush(): Promise<boolean> {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (running.current) await running.current;
    if (!dirty.current) return true;
    running.current = send();
    const ok = await running.current;
    running.current = null;
    if (ok && dirty.current) return flush();
    if (ok) {
      setPhase('saved');
      setError(null);
      announce('Enregistré');
    }
    return ok;
  }

  function change(next: ProjectFields, when: 'now' | 'later') {
    latest.current = next;
    dirty.current = true;
    void drafts.keep(formId, next).catch(() => undefined);
    if (timer.current) clearTimeout(timer.current);
    if (when === 'now') void flush();
    else timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
  }

  useEffect(() => {
    // After a reload: what the phone kept and the server does not have yet comes back, and goes.
    let live = true;
    void drafts.read(formId).then((draft) => {
      const kept = draft ? asProjectFields(draft.value, latest.current) : null;
      if (!live || !kept || dirty.current) return;
      latest.current = kept;
      dirty.current = true;
      onRestored(kept);
      void flush();
    });
    return () => {
      live = false;
      void flush();
    };
  }, []);

  // Sent by the phone itself when the connection came back.
  useDraftSent(formId, (outcome) => {
    if (outcome.status !== 'sent') return;
    version.current = (outcome.data as HousingProject).version;
    if (!dirty.current) {
      setPhase('saved');
      setError(null);
      announce('Enregistré');
    }
  });

  return { phase, error, change, flush, hasSaved: () => version.current > 0 };
}

function ProjectSection({
  youthId,
  project,
  settings,
  onShared,
}: {
  youthId: string;
  project: HousingProject | null;
  settings: HousingSettings;
  onShared: () => void;
}) {
  const [fields, setFields] = useState(() => fieldsOf(project));
  const saver = useProjectSaver(youthId, project, setFields);
  const [sharing, setSharing] = useState<{ busy: boolean; error: unknown }>({ busy: false, error: null });
  const types = settings.solutionTypes.filter((type) => type.active && !type.emergency);

  function update(changes: Partial<ProjectFields>, when: 'now' | 'later' = 'now') {
    const next = { ...fields, ...changes };
    setFields(next);
    saver.change(next, when);
  }

  async function share() {
    setSharing({ busy: true, error: null });
    try {
      if (!(await saver.flush())) throw saver.error;
      await shareHousingProject(youthId);
      announce('Projet partagé avec ton binôme');
      onShared();
    } catch (failure) {
      setSharing({ busy: false, error: failure });
    }
  }

  const toggle = <T,>(list: readonly T[], value: T, on: boolean) => (on ? [...list, value] : list.filter((item) => item !== value));

  return (
    <section aria-labelledby="mon-projet-logement">
      <h2 id="mon-projet-logement">Mon projet logement</h2>
      <p class="hint">
        Tout est enregistré au fur et à mesure, et gardé sur ce téléphone tant que ce n’est pas arrivé.{' '}
        {project?.sharedAt ? 'Ton binôme voit ton projet.' : 'Ton binôme ne le voit que quand tu le partages.'}
      </p>
      <form class="form" noValidate onSubmit={(event) => event.preventDefault()}>
        <fieldset class="field">
          <legend class="question-legend">Ce que je souhaite</legend>
          {types.map((type) => (
            <div key={type.id} class="field--checkbox">
              <input
                type="checkbox"
                id={`type-${type.id}`}
                checked={fields.wishedSolutionTypeIds.includes(type.id)}
                onChange={(event) =>
                  update({ wishedSolutionTypeIds: toggle(fields.wishedSolutionTypeIds, type.id, event.currentTarget.checked) })
                }
              />
              <label for={`type-${type.id}`}>{type.label}</label>
            </div>
          ))}
        </fieldset>
        <div class="field">
          <label for="wished-area">Où (ville, quartier)</label>
          <input
            id="wished-area"
            type="text"
            maxLength={200}
            value={fields.wishedArea}
            onInput={(event) => update({ wishedArea: event.currentTarget.value }, 'later')}
            onBlur={() => void saver.flush()}
          />
        </div>
        <div class="field">
          <label for="expected-date">À partir de quand</label>
          <input
            id="expected-date"
            type="date"
            value={fields.expectedDate ?? ''}
            onChange={(event) => update({ expectedDate: event.currentTarget.value || null })}
          />
        </div>
        <fieldset class="field">
          <legend class="question-legend">Avec qui je vivrai</legend>
          {Object.entries(HOUSEHOLD_LABELS).map(([value, label]) => (
            <div key={value} class="field--radio">
              <input
                type="radio"
                name="household"
                id={`household-${value}`}
                checked={fields.household === value}
                onChange={() => update({ household: value as keyof typeof HOUSEHOLD_LABELS })}
              />
              <label for={`household-${value}`}>{label}</label>
            </div>
          ))}
        </fieldset>
        <fieldset class="field">
          <legend class="question-legend">Mes ressources par mois</legend>
          {fields.resources.map((resource, index) => (
            <div key={index} class="resource-row">
              <label for={`resource-source-${index}`}>Ressource {index + 1}</label>
              <select
                id={`resource-source-${index}`}
                value={resource.source}
                onChange={(event) =>
                  update({
                    resources: fields.resources.map((row, at) =>
                      at === index ? { ...row, source: event.currentTarget.value as keyof typeof INCOME_LABELS } : row,
                    ),
                  })
                }
              >
                {Object.entries(INCOME_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
              <label for={`resource-amount-${index}`}>Montant en euros par mois</label>
              <input
                id={`resource-amount-${index}`}
                type="number"
                inputMode="decimal"
                min={0}
                max={10000}
                step={0.01}
                value={resource.monthlyAmount}
                onInput={(event) => {
                  const amount = event.currentTarget.valueAsNumber;
                  update(
                    {
                      resources: fields.resources.map((row, at) =>
                        at === index ? { ...row, monthlyAmount: Number.isNaN(amount) ? 0 : amount } : row,
                      ),
                    },
                    'later',
                  );
                }}
                onBlur={() => void saver.flush()}
              />
              <button
                type="button"
                class="button button--quiet"
                onClick={() => update({ resources: fields.resources.filter((_, at) => at !== index) })}
              >
                Retirer la ressource {index + 1}
              </button>
            </div>
          ))}
          <button
            type="button"
            class="button button--secondary"
            onClick={() => update({ resources: [...fields.resources, { source: 'salaire', monthlyAmount: 0 }] }, 'later')}
          >
            Ajouter une ressource
          </button>
        </fieldset>
        <fieldset class="field">
          <legend class="question-legend">Les aides que je demande</legend>
          {Object.entries(AID_LABELS).map(([value, label]) => (
            <div key={value} class="field--checkbox">
              <input
                type="checkbox"
                id={`aid-${value}`}
                checked={fields.aidsRequested.includes(value as keyof typeof AID_LABELS)}
                onChange={(event) =>
                  update({ aidsRequested: toggle(fields.aidsRequested, value as keyof typeof AID_LABELS, event.currentTarget.checked) })
                }
              />
              <label for={`aid-${value}`}>{label}</label>
            </div>
          ))}
        </fieldset>
        <div class="field">
          <label for="support-needed">L’aide dont j’ai besoin pour m’installer</label>
          <textarea
            id="support-needed"
            rows={3}
            maxLength={2000}
            value={fields.supportNeeded}
            onInput={(event) => update({ supportNeeded: event.currentTarget.value }, 'later')}
            onBlur={() => void saver.flush()}
          />
        </div>
        <div class="field">
          <label for="not-needed">As-tu déjà une solution pour te loger ?</label>
          <select
            id="not-needed"
            value={fields.notNeededReason ?? ''}
            onChange={(event) => update({ notNeededReason: (event.currentTarget.value || null) as ProjectFields['notNeededReason'] })}
          >
            <option value="">Non, j’en cherche une</option>
            {Object.entries(NOT_NEEDED_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        {saver.phase === 'failed' && (
          <SendFailureNotice error={saver.error} retryLabel="Réessayer d’enregistrer" onRetry={() => void saver.flush()}>
            <p>Ton projet n’est pas encore enregistré. Ce que tu as écrit reste sur ce téléphone : tu ne perds rien.</p>
          </SendFailureNotice>
        )}
      </form>
      {project?.sharedAt ? (
        <p class="hint">Partagé avec ton binôme le {formatTimestamp(project.sharedAt)}.</p>
      ) : (
        <div class="form-actions">
          {sharing.error !== null && <ErrorNotice error={sharing.error} />}
          <button type="button" class="button" disabled={sharing.busy} onClick={() => void share()}>
            Partager avec mon binôme
          </button>
        </div>
      )}
    </section>
  );
}
