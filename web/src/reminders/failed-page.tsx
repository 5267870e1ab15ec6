import { listFailedReminders } from '../api/reminders';
import type { FailedReminder } from '../api/types';
import { formatTimestamp } from '../lib/dates';
import { href } from '../router/router';
import { ErrorNotice, Loading } from '../ui/notices';
import { PageHeading } from '../ui/page-heading';
import { useAsync } from '../ui/use-async';
import { failureLabel, reminderKindLabel } from './labels';

/**
 * « Rappels non envoyés » (administrateur·rice): the département's messages that failed after
 * every retry, newest first. What and when, never the number or the address: the person
 * checks them in their own « Mon dossier ». Each young person named here sees that an
 * admin looked (the API writes it to their log before answering).
 */
export function FailedRemindersPage() {
  const failed = useAsync((signal) => listFailedReminders(signal), []);
  return (
    <>
      <PageHeading text="Rappels non envoyés" />
      <p class="lead">
        Les rappels par SMS ou par e-mail qui ne sont pas partis malgré quatre nouvelles tentatives (après 1, 5, 15 et 60 minutes). Le plus
        souvent, le numéro ou l’adresse ne fonctionne plus : demandez à la personne de les vérifier de nouveau dans Envol.
      </p>
      {failed.state.status === 'loading' && <Loading />}
      {failed.state.status === 'failed' && <ErrorNotice error={failed.state.error} onRetry={failed.reload} />}
      {failed.state.status === 'ready' && <FailedTable items={failed.state.data.items} />}
    </>
  );
}

function FailedTable({ items }: { items: FailedReminder[] }) {
  if (items.length === 0) return <p class="empty">Aucun rappel en échec : tous les messages sont partis.</p>;
  return (
    <div class="table-scroll">
      <table>
        <caption>Rappels en échec, le plus récent d’abord</caption>
        <thead>
          <tr>
            <th scope="col">Rappel</th>
            <th scope="col">Destinataire</th>
            <th scope="col">Créé le</th>
            <th scope="col">Abandonné le</th>
            <th scope="col">Tentatives</th>
            <th scope="col">Raison</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row">{reminderKindLabel(item.kind)}</th>
              <td>
                {item.recipient.type === 'jeune' ? (
                  <a href={href(`/jeunes/${encodeURIComponent(item.recipient.id)}`)}>Ouvrir le dossier du jeune</a>
                ) : (
                  <>
                    Membre du personnel <span class="muted">({item.recipient.id})</span>
                  </>
                )}
              </td>
              <td>{formatTimestamp(item.createdAt)}</td>
              <td>{formatTimestamp(item.failedAt)}</td>
              <td>{item.attempts}</td>
              <td>{failureLabel(item.lastError)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
