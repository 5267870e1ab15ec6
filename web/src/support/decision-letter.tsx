import { elide } from '../../../shared/text/french-typography.js';
import type { SupportDecision, SupportRequest, Youth } from '../api/types';
import { formatDate } from '../lib/dates';
import { href } from '../router/router';
import { ErrorNotice, Loading } from '../ui/notices';
import { PageHeading } from '../ui/page-heading';
import { useAsync } from '../ui/use-async';
import { KIND_LABELS } from './support-words';

export type LetterData = { youth: Youth; request: SupportRequest; decision: SupportDecision } | null;

/** A decision on support from 18 to 21 as a letter to print, for the young person and for staff. */
export function DecisionLetterPage({
  load,
  backPath,
  backLabel,
}: {
  load: (signal: AbortSignal) => Promise<LetterData>;
  backPath: string;
  backLabel: string;
}) {
  const data = useAsync(load, []);
  const letter = data.state.status === 'ready' ? data.state.data : null;
  return (
    <div class="print-page">
      <PageHeading text="Décision d’accompagnement jeune majeur" />
      <div class="form-actions no-print">
        <a href={href(backPath)}>{backLabel}</a>
        {letter && (
          <button type="button" class="button" onClick={() => window.print()}>
            Imprimer
          </button>
        )}
      </div>
      {data.state.status === 'loading' && <Loading text="Chargement du courrier…" />}
      {data.state.status === 'failed' && <ErrorNotice error={data.state.error} onRetry={data.reload} />}
      {data.state.status === 'ready' && !letter && <p class="empty">Cette décision est introuvable.</p>}
      {letter && <DecisionLetter {...letter} />}
    </div>
  );
}

/**
 * The letter, in « vous » as an administrative decision is written. A refusal states its
 * reasons and the ways and time to contest it (voies et délais de recours): a recours
 * gracieux to the président du conseil départemental and a recours contentieux before the
 * tribunal administratif, within two months of notification.
 */
export function DecisionLetter({ youth, request, decision }: { youth: Youth; request: SupportRequest; decision: SupportDecision }) {
  const granted = decision.outcome === 'accordee';
  return (
    <article class="plan-document decision-letter" aria-label="Courrier de décision">
      <p>
        Département ({youth.departement}) — Le président du conseil départemental
        <br />
        Aide sociale à l’enfance
      </p>
      <p>
        À l’attention {elide('de', `${youth.firstName} ${youth.lastName}`)}
        <br />
        Le {formatDate(decision.decidedOn)}
      </p>
      <p>
        <strong>
          Objet : votre demande d’accompagnement jeune majeur ({KIND_LABELS.staff[request.kind].toLowerCase()}) du{' '}
          {formatDate(request.requestedAt.slice(0, 10))}
        </strong>
        <br />
        Article L222-5 du code de l’action sociale et des familles
      </p>
      <p>
        {youth.firstName} {youth.lastName},
      </p>
      <p>Vous avez demandé à être accompagné·e par l’Aide sociale à l’enfance après votre majorité.</p>
      {granted ? (
        <>
          <p>
            <strong>
              Cet accompagnement vous est accordé du {decision.startsOn && formatDate(decision.startsOn)} au{' '}
              {decision.endsOn && formatDate(decision.endsOn)}.
            </strong>
            {decision.schoolYearExtension &&
              ' Il se poursuit au-delà de vos 21 ans jusqu’à la fin de l’année scolaire ou universitaire en cours.'}
          </p>
          {decision.conditions && <p>Conditions de l’accompagnement : {decision.conditions}</p>}
          <p>
            Vous pourrez en demander le renouvellement avant son terme, jusqu’à vos 21 ans. Si vous quittez l’accompagnement, vous pourrez
            demander à être de nouveau accompagné·e jusqu’à vos 21 ans.
          </p>
        </>
      ) : (
        <>
          <p>
            <strong>Cet accompagnement vous est refusé</strong>, pour les motifs suivants : {decision.reasons}
          </p>
          <h2>Voies et délais de recours</h2>
          <p>
            Si vous contestez cette décision, vous pouvez, dans un délai de deux mois à compter de sa notification, soit au plus tard le{' '}
            <strong>{decision.contestBy && formatDate(decision.contestBy)}</strong> :
          </p>
          <ul>
            <li>former un recours gracieux, par écrit, auprès du président du conseil départemental ;</li>
            <li>former un recours contentieux devant le tribunal administratif.</li>
          </ul>
          <p>
            Un recours gracieux formé dans ce délai le prolonge : le tribunal administratif peut alors être saisi dans les deux mois qui
            suivent la réponse (l’absence de réponse pendant deux mois vaut refus). Votre référent·e, l’ADEPAPE de votre département ou un
            avocat (aide juridictionnelle) peuvent vous aider. Vous pouvez aussi faire une nouvelle demande jusqu’à vos 21 ans si votre
            situation change.
          </p>
        </>
      )}
      <p class="signature">
        Pour le président du conseil départemental et par délégation,
        <br />
        {decision.decidedBy.name ?? 'l’administrateur·rice du Département'}
      </p>
    </article>
  );
}

/** Finds a decision among a file's requests, for the letter routes. */
export function findDecision(requests: SupportRequest[], decisionId: string) {
  for (const request of requests) {
    const decision = request.decisions.find((item) => item.id === decisionId);
    if (decision) return { request, decision };
  }
  return null;
}
