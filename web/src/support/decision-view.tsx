import type { SupportDecision, SupportRequest } from '../api/types';
import { formatDate, formatTimestamp } from '../lib/dates';
import { href } from '../router/router';
import { contestNotice, grantSentence, KIND_LABELS, latestDecision, STATUS_LABELS, type Voice } from './support-words';

/** One request with its decisions, newest decision first; `letterPath` gives the printable letter of a decision. */
export function SupportRequestView({
  request,
  voice,
  letterPath,
  headingLevel = 3,
}: {
  request: SupportRequest;
  voice: Voice;
  letterPath: (decision: SupportDecision) => string;
  headingLevel?: 3 | 4;
}) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const current = latestDecision(request);
  const earlier = request.decisions.slice(0, -1).reverse();
  return (
    <article class="support-request" aria-labelledby={`demande-${request.id}`}>
      <Heading id={`demande-${request.id}`}>
        {KIND_LABELS.staff[request.kind]} du {formatTimestamp(request.requestedAt)}
      </Heading>
      <p>
        <strong class={`tag tag--${request.status}`}>{STATUS_LABELS[request.status]}</strong>
      </p>
      {request.message && (
        <p>
          {voice === 'jeune' ? 'Ton message' : 'Message'} : « {request.message} »
        </p>
      )}
      {current ? (
        <DecisionView decision={current} voice={voice} letterPath={letterPath(current)} />
      ) : (
        <p class="hint">
          {voice === 'jeune'
            ? 'Le Département étudie ta demande. Tu verras la décision ici.'
            : 'Un·e administrateur·rice du Département doit décider.'}
        </p>
      )}
      {earlier.length > 0 && (
        <details>
          <summary>Décisions précédentes ({earlier.length})</summary>
          {earlier.map((decision) => (
            <DecisionView key={decision.id} decision={decision} voice={voice} letterPath={letterPath(decision)} />
          ))}
        </details>
      )}
    </article>
  );
}

function DecisionView({ decision, voice, letterPath }: { decision: SupportDecision; voice: Voice; letterPath: string }) {
  return (
    <div class="support-decision">
      <p>
        Décision du {formatDate(decision.decidedOn)} : <strong>{decision.outcome === 'accordee' ? 'accordée' : 'refusée'}</strong>.
      </p>
      {decision.outcome === 'accordee' ? (
        <>
          <p>{grantSentence(decision, voice)}</p>
          {decision.conditions && <p>Conditions : {decision.conditions}</p>}
        </>
      ) : (
        <>
          <p>Motifs : {decision.reasons}</p>
          <p class="notice notice--info">{contestNotice(decision, voice)}</p>
        </>
      )}
      <p>
        <a href={href(letterPath)}>{voice === 'jeune' ? 'Voir le courrier de décision (à imprimer)' : 'Courrier de décision à imprimer'}</a>
      </p>
    </div>
  );
}
