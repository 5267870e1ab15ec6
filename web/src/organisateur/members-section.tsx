import { useRef, useState } from 'preact/hooks';
import { ApiError } from '../api/client';
import { addMember, listMembers } from '../api/committees';
import type { Committee, CommitteeMember, YouthSummary } from '../api/types';
import { listYouth } from '../api/youth';
import type { Session } from '../auth/token';
import { formatDate, todayInParis } from '../lib/dates';
import { IdempotencyKeys } from '../lib/idempotency';
import { SelectField, TextField } from '../staff/form-fields';
import { ErrorNotice, Loading } from '../ui/notices';
import { usePagedList } from '../ui/paged-list';
import { announce } from '../ui/status';
import { useAsync } from '../ui/use-async';
import { parseFileId } from './committee-rules';

/** The committee's members and the form that adds one. */
export function MembersSection({ committee, session, onAdded }: { committee: Committee; session: Session; onAdded: () => void }) {
  const members = useAsync((signal) => listMembers(committee.id, signal), [committee.id]);
  const list = members.state.status === 'ready' ? members.state.data.items : null;

  return (
    <section aria-labelledby="membres">
      <h2 id="membres">Membres ({committee.memberCount})</h2>
      {members.state.status === 'loading' && <Loading text="Chargement des membres…" />}
      {members.state.status === 'failed' && <ErrorNotice error={members.state.error} onRetry={members.reload} />}
      {list &&
        (list.length === 0 ? (
          <p class="empty">Aucun membre pour le moment : ajoutez les jeunes qui participent au comité.</p>
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
        isAdmin={session.role === 'admin'}
        memberIds={new Set(list?.map((member) => member.youthId) ?? [])}
        onAdded={(member) => {
          if (list) members.setData({ items: [...list, member] });
          onAdded();
        }}
      />
    </section>
  );
}

/**
 * An admin picks among the département's young people (`GET /api/youth`). An organisateur
 * may not list young people, so types the id of the young person's file.
 */
function AddMemberForm({
  committeeId,
  isAdmin,
  memberIds,
  onAdded,
}: {
  committeeId: string;
  isAdmin: boolean;
  memberIds: ReadonlySet<string>;
  onAdded: (member: CommitteeMember) => void;
}) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const keys = useRef(new IdempotencyKeys());
  const form = useRef<HTMLFormElement>(null);
  const fieldId = isAdmin ? 'member-youth' : 'member-file-id';

  const focusField = () => setTimeout(() => form.current?.querySelector<HTMLElement>(`#${fieldId}`)?.focus());

  async function submit(event: Event) {
    event.preventDefault();
    if (saving) return;
    setFailure(null);
    const youthId = isAdmin ? value : parseFileId(value);
    if (!youthId) {
      setError(
        isAdmin
          ? 'Choisissez le jeune à ajouter.'
          : 'Cet identifiant n’est pas valide : il compte 26 caractères, chiffres et lettres majuscules.',
      );
      focusField();
      return;
    }
    setError(undefined);
    const body = { youthId };
    setSaving(true);
    try {
      const member = await addMember(committeeId, body, keys.current.keyFor(body));
      keys.current.reset();
      setValue('');
      onAdded(member);
      announce(`${member.firstName} ${member.lastName} fait maintenant partie du comité.`);
      focusField();
    } catch (caught) {
      // Unknown young person (404), already a member (409), malformed id (400): the field is the problem.
      if (caught instanceof ApiError && (caught.status === 404 || caught.status === 409 || caught.status === 400)) {
        setError(caught.message);
        focusField();
      } else {
        setFailure(caught);
      }
    } finally {
      setSaving(false);
    }
  }

  return (
    <form ref={form} class="form" noValidate onSubmit={submit} aria-labelledby="add-member-title">
      <h3 id="add-member-title">Ajouter un membre</h3>
      {failure !== null && <ErrorNotice error={failure} />}
      {isAdmin ? (
        <YouthPicker value={value} onValue={setValue} error={error} memberIds={memberIds} />
      ) : (
        <TextField
          id="member-file-id"
          label="Identifiant du dossier du jeune"
          value={value}
          onValue={setValue}
          error={error}
          maxLength={200}
          hint={
            <>
              Les organisateurs n’ont pas accès à la liste des jeunes. Demandez l’identifiant du dossier à l’administrateur·rice du
              département ou au binôme du jeune : ce sont les 26 caractères à la fin de l’adresse du dossier
              (…/jeunes/01JD2Y3QK9V8N6M4R2T0W1X5Z7).
            </>
          }
        />
      )}
      <button type="submit" class="button" aria-busy={saving}>
        {saving ? 'Ajout…' : 'Ajouter au comité'}
      </button>
    </form>
  );
}

/** The département's young people who are not members yet, page by page. */
function YouthPicker({
  value,
  onValue,
  error,
  memberIds,
}: {
  value: string;
  onValue: (value: string) => void;
  error: string | undefined;
  memberIds: ReadonlySet<string>;
}) {
  const youth = usePagedList((cursor, signal) => listYouth(cursor, signal), []);
  if (youth.phase === 'loading') return <Loading text="Chargement des jeunes du département…" />;
  if (youth.phase === 'failed') return <ErrorNotice error={youth.error} onRetry={youth.reload} />;
  const candidates = youth.items.filter((item) => !memberIds.has(item.id));
  const options: [string, string][] = [
    ['', candidates.length > 0 ? 'Choisissez un jeune' : 'Aucun jeune à ajouter'],
    ...candidates.map(optionOf),
  ];
  return (
    <>
      <SelectField id="member-youth" label="Jeune à ajouter" value={value} onValue={onValue} options={options} error={error} />
      {youth.phase === 'moreFailed' && <ErrorNotice error={youth.error} onRetry={youth.loadMore} />}
      {youth.cursor !== null && youth.phase !== 'moreFailed' && (
        <p>
          <button
            type="button"
            class="button button--quiet"
            aria-busy={youth.phase === 'loadingMore'}
            onClick={() => youth.phase === 'ready' && youth.loadMore()}
          >
            {youth.phase === 'loadingMore' ? 'Chargement…' : 'Charger plus de jeunes dans la liste'}
          </button>
        </p>
      )}
    </>
  );
}

function optionOf(youth: YouthSummary): [string, string] {
  return [youth.id, `${youth.lastName} ${youth.firstName}`];
}
