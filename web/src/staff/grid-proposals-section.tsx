import { useState } from 'preact/hooks';
import { addMonths } from '../../../shared/domain/calendar-date.js';
import { acceptProposal, dismissProposal } from '../api/grids';
import type { GridProposalList } from '../api/types';
import { domainName, levelLabel } from '../grids/grid-words';
import { todayInParis } from '../lib/dates';
import { href } from '../router/router';
import { ErrorNotice } from '../ui/notices';
import { announce } from '../ui/status';
import { interviewPath } from './paths';

/**
 * The grid's proposals for the projet d'autonomie, for the binôme to accept (the action
 * joins a new version of the plan, which the young person signs) or dismiss. Shown on
 * the grid page and on the entretien page (`Heading` "h3" there, under the latest pair).
 */
export function GridProposalsSection({
  youthId,
  proposals,
  onChange,
  canDecide,
  Heading = 'h2',
  showPlanLink = true,
}: {
  youthId: string;
  proposals: GridProposalList;
  onChange: () => void;
  /** Whether the caller may accept or dismiss (the binôme); others read the proposals only. */
  canDecide: boolean;
  Heading?: 'h2' | 'h3';
  showPlanLink?: boolean;
}) {
  const [dueOn, setDueOn] = useState(() => addMonths(todayInParis(), 3));
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const headingId = `propositions-${Heading}`;

  async function decide(itemId: string, accept: boolean) {
    setFailure(null);
    setBusy(itemId);
    try {
      if (accept) await acceptProposal(youthId, { itemId, dueOn });
      else await dismissProposal(youthId, itemId);
      announce(accept ? 'Action ajoutée au projet d’autonomie.' : 'Proposition écartée.');
      onChange();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(null);
    }
  }

  return (
    <section aria-labelledby={headingId}>
      <Heading id={headingId}>Propositions pour le projet d’autonomie</Heading>
      {proposals.items.length === 0 ? (
        <p>Aucune proposition : pas d’écart de 2 niveaux ni d’item au plus bas dans la dernière paire d’évaluations.</p>
      ) : (
        <>
          <p class="hint">
            Une proposition acceptée devient une action du projet, dans une nouvelle version : proposée au jeune si les six besoins sont
            couverts, sinon gardée en brouillon jusqu’à ce que vous le complétiez.
            {showPlanLink && (
              <>
                {' '}
                <a href={href(interviewPath(youthId))}>Voir le projet d’autonomie</a>
              </>
            )}
          </p>
          <div class="field">
            <label for={`echeance-${headingId}`}>Échéance des actions acceptées</label>
            <input id={`echeance-${headingId}`} type="date" value={dueOn} onInput={(event) => setDueOn(event.currentTarget.value)} />
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
                  Jeune : {levelLabel(proposal.self).toLowerCase()} ; binôme : {levelLabel(proposal.binome).toLowerCase()}.
                </p>
                {proposal.status === 'a_decider' ? (
                  canDecide ? (
                    <div class="form-actions">
                      <button type="button" class="button" disabled={busy !== null} onClick={() => void decide(proposal.itemId, true)}>
                        Ajouter au projet<span class="visually-hidden"> : {proposal.itemLabel}</span>
                      </button>
                      <button
                        type="button"
                        class="button button--quiet"
                        disabled={busy !== null}
                        onClick={() => void decide(proposal.itemId, false)}
                      >
                        Écarter<span class="visually-hidden"> : {proposal.itemLabel}</span>
                      </button>
                    </div>
                  ) : (
                    <p class="muted">À décider par le binôme.</p>
                  )
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
