import { useState } from 'preact/hooks';
import { addMonths } from '../../../shared/domain/calendar-date.js';
import {
  acceptProposal,
  createBinomeAssessment,
  dismissProposal,
  type GridComparison,
  type GridEvaluation,
  type GridLevel,
  type GridProgress,
  type GridProposalList,
  getComparison,
  getGridTemplate,
  getProgress,
  listProposals,
} from '../api/grids';
import { ComparisonView } from '../grids/comparison-view';
import { domainName, GRID_DOMAINS, LEVEL_CHOICES, levelLabel } from '../grids/grid-words';
import { ProgressView } from '../grids/progress-view';
import { todayInParis } from '../lib/dates';
import { randomUuid } from '../lib/idempotency';
import { href } from '../router/router';
import { ErrorNotice, Loading } from '../ui/notices';
import { PageHeading } from '../ui/page-heading';
import { announce } from '../ui/status';
import { useAsync } from '../ui/use-async';
import { interviewPath, youthPath } from './paths';

interface StaffGridData {
  template: GridEvaluation['template'];
  comparison: GridComparison;
  progress: GridProgress;
  proposals: GridProposalList;
}

/** The binôme's page of a young person's autonomy grid: their assessment, side by side, progress, proposals. */
export function StaffGridPage({ id }: { id: string }) {
  const data = useAsync(
    async (signal: AbortSignal): Promise<StaffGridData> => {
      const [template, comparison, progress, proposals] = await Promise.all([
        getGridTemplate(signal),
        getComparison(id, signal),
        getProgress(id, signal),
        listProposals(id, signal),
      ]);
      return { template, comparison, progress, proposals };
    },
    [id],
  );
  return (
    <>
      <p>
        <a href={href(youthPath(id))}>Retour au dossier</a>
      </p>
      <PageHeading text="Grille d’autonomie" />
      {data.state.status === 'loading' && <Loading />}
      {data.state.status === 'failed' && <ErrorNotice error={data.state.error} onRetry={data.reload} />}
      {data.state.status === 'ready' && (
        <>
          <section aria-labelledby="cote-a-cote">
            <h2 id="cote-a-cote">Côte à côte</h2>
            <ComparisonView comparison={data.state.data.comparison} voice="staff" />
          </section>
          <ProposalsSection id={id} proposals={data.state.data.proposals} onChange={data.reload} />
          <section aria-labelledby="progres">
            <h2 id="progres">Progression</h2>
            <ProgressView progress={data.state.data.progress} voice="staff" />
          </section>
          <BinomeAssessmentForm id={id} template={data.state.data.template} onSaved={data.reload} />
        </>
      )}
    </>
  );
}

function ProposalsSection({ id, proposals, onChange }: { id: string; proposals: GridProposalList; onChange: () => void }) {
  const [dueOn, setDueOn] = useState(() => addMonths(todayInParis(), 3));
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);

  async function decide(itemId: string, accept: boolean) {
    setFailure(null);
    setBusy(itemId);
    try {
      if (accept) await acceptProposal(id, { itemId, dueOn });
      else await dismissProposal(id, itemId);
      announce(accept ? 'Action ajoutée au projet d’autonomie.' : 'Proposition écartée.');
      onChange();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(null);
    }
  }

  return (
    <section aria-labelledby="propositions">
      <h2 id="propositions">Propositions pour le projet d’autonomie</h2>
      {proposals.items.length === 0 ? (
        <p>Aucune proposition : pas d’écart de 2 niveaux ni d’item au plus bas dans la dernière paire d’évaluations.</p>
      ) : (
        <>
          <p class="hint">
            Une proposition acceptée devient une action du projet, dans une nouvelle version que le jeune signe comme d’habitude.{' '}
            <a href={href(interviewPath(id))}>Voir le projet d’autonomie</a>
          </p>
          <div class="field">
            <label for="echeance-propositions">Échéance des actions acceptées</label>
            <input id="echeance-propositions" type="date" value={dueOn} onInput={(event) => setDueOn(event.currentTarget.value)} />
          </div>
          {failure !== null && <ErrorNotice error={failure} />}
          <ul class="grid-proposals">
            {proposals.items.map((proposal) => (
              <li key={proposal.itemId}>
                <p>
                  <strong>{proposal.actionLabel}</strong> <span class="muted">({domainName(proposal.domain)})</span>
                </p>
                <p>
                  {proposal.reason === 'ecart' ? 'Les regards diffèrent de 2 niveaux ou plus. ' : 'Au plus bas niveau. '}
                  Jeune : {levelLabel(proposal.self).toLowerCase()} ; binôme : {levelLabel(proposal.binome).toLowerCase()}.
                </p>
                {proposal.status === 'a_decider' ? (
                  <div class="form-actions">
                    <button type="button" class="button" disabled={busy !== null} onClick={() => void decide(proposal.itemId, true)}>
                      Ajouter au projet<span class="visually-hidden"> : {proposal.itemLabel}</span>
                    </button>
                    <button
                      type="button"
                      class="button button--quiet"
                      disabled={busy !== null}
                      onClick={() => void decide(proposal.itemId, false)}
                    >
                      Écarter<span class="visually-hidden"> : {proposal.itemLabel}</span>
                    </button>
                  </div>
                ) : (
                  <p class="muted">{proposal.status === 'acceptee' ? 'Ajoutée au projet d’autonomie.' : 'Écartée.'}</p>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function BinomeAssessmentForm({ id, template, onSaved }: { id: string; template: GridEvaluation['template']; onSaved: () => void }) {
  const [levels, setLevels] = useState<Record<string, GridLevel>>({});
  const [assessedOn, setAssessedOn] = useState(todayInParis);
  const [note, setNote] = useState('');
  const [key, setKey] = useState(randomUuid);
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    setFailure(null);
    setSaving(true);
    try {
      await createBinomeAssessment(id, { templateVersion: template.version, assessedOn, levels, ...(note.trim() ? { note } : {}) }, key);
      announce('Diagnostic enregistré.');
      setLevels({});
      setNote('');
      setKey(randomUuid());
      onSaved();
    } catch (error) {
      setFailure(error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <section aria-labelledby="diagnostic">
      <h2 id="diagnostic">Diagnostic partagé du binôme</h2>
      <form class="grid-form" noValidate onSubmit={submit}>
        <div class="field">
          <label for="date-diagnostic">Date du diagnostic</label>
          <input id="date-diagnostic" type="date" value={assessedOn} onInput={(event) => setAssessedOn(event.currentTarget.value)} />
        </div>
        {GRID_DOMAINS.map((domain) => {
          const items = template.items.filter((item) => item.domain === domain);
          return (
            <div key={domain} class="question-group">
              <h3>{domainName(domain)}</h3>
              {items.map((item) => (
                <fieldset key={item.id} class="field grid-item">
                  <legend class="question-legend">{item.label}</legend>
                  <div class="choices">
                    {LEVEL_CHOICES.map((level) => {
                      const inputId = `binome-${item.id}-${level}`;
                      return (
                        <div key={level} class="field--radio">
                          <input
                            type="radio"
                            id={inputId}
                            name={`binome-${item.id}`}
                            checked={levels[item.id] === level}
                            onChange={() => setLevels({ ...levels, [item.id]: level })}
                          />
                          <label for={inputId}>{levelLabel(level)}</label>
                        </div>
                      );
                    })}
                  </div>
                </fieldset>
              ))}
            </div>
          );
        })}
        <div class="field">
          <label for="note-lieu">Regard du lieu d’accueil (facultatif)</label>
          <textarea id="note-lieu" rows={3} maxLength={4000} value={note} onInput={(event) => setNote(event.currentTarget.value)} />
        </div>
        {failure !== null && <ErrorNotice error={failure} />}
        <button type="submit" class="button" aria-busy={saving} disabled={saving || Object.keys(levels).length === 0}>
          {saving ? 'Enregistrement…' : 'Enregistrer le diagnostic'}
        </button>
      </form>
    </section>
  );
}
