import { withVotes } from '../../../shared/domain/to-do.js';
import type { ToDoItem, VotesWaiting } from '../api/types';
import { href } from '../router/router';
import type { AsyncState } from '../ui/use-async';
import { toDoLine } from './to-do-words';

/**
 * « À faire maintenant », first on « Mon dossier »: what waits for the young person, each
 * one tap away. The file's list comes with « Mon dossier »; votes come from the committees
 * area (it alone reads the ballot box). The list waits for them: a vote more urgent than the
 * file's first line would otherwise push it down under her thumb on a slow phone; and the page
 * shows these sections once the votes are in (my-file-page.tsx), so nothing below moves either.
 */
export function ToDoSection({ items, votes, today }: { items: readonly ToDoItem[]; votes: AsyncState<VotesWaiting>; today: string }) {
  const all = votes.status === 'loading' ? [] : withVotes(items, votes.status === 'ready' ? votes.data.items : []);
  return (
    <section aria-labelledby="a-faire" class="to-do">
      <h2 id="a-faire">À faire maintenant</h2>
      {all.length === 0 ? (
        <p class="empty">
          {votes.status === 'loading' ? 'Recherche de ce qui t’attend…' : 'Rien à faire pour l’instant. Tu es à jour\u202f!'}
        </p>
      ) : (
        <ul class="to-do-list">
          {all.map((item) => {
            const line = toDoLine(item, today);
            return (
              <li key={`${item.kind}-${line.path}`} class="to-do-item">
                <p>{line.text}</p>
                <a class="button button--secondary" href={href(line.path)}>
                  {line.action}
                </a>
              </li>
            );
          })}
        </ul>
      )}
      {votes.status === 'failed' && <p class="hint">Tes votes n’ont pas pu être vérifiés. Regarde dans « Mes comités ».</p>}
    </section>
  );
}
