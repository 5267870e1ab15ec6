import { useRef, useState } from 'preact/hooks';
import { CANDIDATE_SEARCH_MIN_LETTERS } from '../../../shared/domain/candidate-search.js';
import { ApiError } from '../api/client';
import { addMember, listMembers, searchCandidates } from '../api/committees';
import type { Committee, CommitteeCandidate, CommitteeMember } from '../api/types';
import { formatDate, todayInParis } from '../lib/dates';
import { IdempotencyKeys } from '../lib/idempotency';
import { TextField } from '../staff/form-fields';
import { ErrorNotice, Loading } from '../ui/notices';
import { announce } from '../ui/status';
import { useAsync } from '../ui/use-async';

/** The committee's members and the form that adds one. */
export function MembersSection({ committee, onAdded }: { committee: Committee; onAdded: () => void }) {
  const members = useAsync((signal) => listMembers(committee.id, signal), [committee.id]);
  const list = members.state.status === 'ready' ? members.state.data.items : null;

  return (
    <section aria-labelledby="membres">
      <h2 id="membres">Membres ({committee.memberCount})</h2>
      {members.state.status === 'loading' && <Loading text="Chargement des membres…" />}
      {members.state.status === 'failed' && <ErrorNotice error={members.state.error} onRetry={members.reload} />}
      {list &&
        (list.length === 0 ? (
          <p class="empty">Aucun membre pour le moment : ajoutez les jeunes qui participent au comité.</p>
        ) : (
          <ul class="member-list">
            {list.map((member) => (
              <li key={member.youthId}>
                {member.firstName} {member.lastName}{' '}
                <span class="muted">
                  (depuis le <time dateTime={member.addedAt}>{formatDate(todayInParis(new Date(member.addedAt)))}</time>)
                </span>
              </li>
            ))}
          </ul>
        ))}
      <AddMemberForm
        committeeId={committee.id}
        onAdded={(member) => {
          if (list) members.setData({ items: [...list, member] });
          onAdded();
        }}
      />
    </section>
  );
}

/**
 * Finds a young person of the département by the start of their last name (the API
 * returns ten at most, from three letters, members left out), then adds them with one
 * button. Each search is seen by the young people it finds, and is rate-limited.
 */
function AddMemberForm({ committeeId, onAdded }: { committeeId: string; onAdded: (member: CommitteeMember) => void }) {
  const [query, setQuery] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(null);
  const [results, setResults] = useState<CommitteeCandidate[] | null>(null);
  const [added, setAdded] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState<string | null>(null);
  const keys = useRef(new IdempotencyKeys());
  const form = useRef<HTMLFormElement>(null);
  const focusField = () => setTimeout(() => form.current?.querySelector<HTMLElement>('#member-search')?.focus());

  async function search(event: Event) {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    if ((query.match(/\p{L}/gu)?.length ?? 0) < CANDIDATE_SEARCH_MIN_LETTERS) {
      setError(`Tapez au moins ${CANDIDATE_SEARCH_MIN_LETTERS} lettres du nom de famille.`);
      focusField();
      return;
    }
    setError(undefined);
    setBusy('search');
    try {
      const found = await searchCandidates(committeeId, query.trim());
      setResults(found.items);
      announce(found.items.length === 0 ? 'Aucun jeune trouvé.' : `${found.items.length} jeune(s) trouvé(s).`);
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 400) {
        setError(caught.details[0]?.message ?? caught.message);
        focusField();
      } else {
        setFailure(caught);
      }
    } finally {
      setBusy(null);
    }
  }

  async function add(candidate: CommitteeCandidate) {
    if (busy) return;
    setFailure(null);
    const body = { youthId: candidate.youthId };
    setBusy(candidate.youthId);
    try {
      const member = await addMember(committeeId, body, keys.current.keyFor(body));
      keys.current.reset();
      setAdded((current) => new Set([...current, candidate.youthId]));
      onAdded(member);
      announce(`${member.firstName} ${member.lastName} fait maintenant partie du comité.`);
    } catch (caught) {
      setFailure(caught);
    } finally {
      setBusy(null);
    }
  }

  return (
    <form ref={form} class="form" noValidate onSubmit={search} aria-labelledby="add-member-title">
      <h3 id="add-member-title">Ajouter un membre</h3>
      {failure !== null && <ErrorNotice error={failure} />}
      <TextField
        id="member-search"
        label="Nom de famille du jeune"
        value={query}
        onValue={setQuery}
        error={error}
        maxLength={40}
        hint="Les premières lettres suffisent (trois au moins) ; accents et majuscules sont indifférents. Les jeunes trouvés voient cette recherche dans « Qui a consulté mon dossier »."
      />
      <button type="submit" class="button button--secondary" aria-busy={busy === 'search'}>
        {busy === 'search' ? 'Recherche…' : 'Chercher'}
      </button>
      {results !== null && (
        <ul class="member-list" aria-label="Jeunes trouvés">
          {results.length === 0 && (
            <li class="empty">Aucun jeune du département, en dehors des membres, ne porte un nom qui commence ainsi.</li>
          )}
          {results.map((candidate) => (
            <li key={candidate.youthId}>
              {candidate.firstName} {candidate.lastName}{' '}
              {added.has(candidate.youthId) ? (
                <span class="muted">(ajouté·e au comité)</span>
              ) : (
                <button type="button" class="button button--quiet" aria-busy={busy === candidate.youthId} onClick={() => add(candidate)}>
                  Ajouter {candidate.firstName} {candidate.lastName}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
