import { useState } from 'preact/hooks';
import { getCalendar } from '../api/dashboard';
import type { CalendarLine, CalendarPage as CalendarPageData } from '../api/types';
import type { Session } from '../auth/token';
import { formatDate, todayInParis } from '../lib/dates';
import { href } from '../router/router';
import { youthPath } from '../staff/paths';
import { ErrorNotice, Loading } from '../ui/notices';
import { PageHeading } from '../ui/page-heading';
import { useAsync } from '../ui/use-async';
import { calendarLineState, deadlineLabel, monthLabel, shiftMonth } from './caseload-words';

/**
 * « Calendrier des échéances »: a month's deadlines, by date, in a table (its caption says
 * which month and whose). A referent or coordinateur sees their young people's; an admin
 * the whole département's. Months change with two buttons or a month field; more lines
 * than a page load on demand.
 */
export function CalendarPage({ session }: { session: Session }) {
  const today = todayInParis();
  const [month, setMonth] = useState(today.slice(0, 7));
  const [more, setMore] = useState<{ lines: CalendarLine[]; cursor: string | null } | null>(null);
  const first = useAsync(
    (signal) => {
      setMore(null);
      return getCalendar(month, null, signal);
    },
    [month],
  );
  const [loadingMore, setLoadingMore] = useState<unknown>(null);
  const whose = session.role === 'admin' ? 'du département' : 'de mes jeunes';

  async function loadMore(page: CalendarPageData) {
    const cursor = more?.cursor ?? page.cursor;
    if (!cursor) return;
    try {
      const next = await getCalendar(month, cursor);
      setMore({ lines: [...(more?.lines ?? []), ...next.items], cursor: next.cursor });
    } catch (error) {
      setLoadingMore(error);
    }
  }

  return (
    <>
      <PageHeading text="Calendrier des échéances" />
      <div class="month-switcher">
        <button type="button" class="button button--secondary" onClick={() => setMonth(shiftMonth(month, -1))}>
          ← {monthLabel(shiftMonth(month, -1))}
        </button>
        <label>
          Mois{' '}
          <input
            type="month"
            value={month}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (/^\d{4}-\d{2}$/.test(value)) setMonth(value);
            }}
          />
        </label>
        <button type="button" class="button button--secondary" onClick={() => setMonth(shiftMonth(month, 1))}>
          {monthLabel(shiftMonth(month, 1))} →
        </button>
      </div>
      {first.state.status === 'loading' && <Loading text="Chargement du calendrier…" />}
      {first.state.status === 'failed' && <ErrorNotice error={first.state.error} onRetry={first.reload} />}
      {first.state.status === 'ready' && (
        <CalendarTable
          caption={`Échéances ${whose}, ${monthLabel(month)}`}
          lines={[...first.state.data.items, ...(more?.lines ?? [])]}
          today={today}
        />
      )}
      {loadingMore !== null && <ErrorNotice error={loadingMore} />}
      {first.state.status === 'ready' && (more ? more.cursor : first.state.data.cursor) && (
        <button type="button" class="button button--secondary" onClick={() => first.state.status === 'ready' && loadMore(first.state.data)}>
          Afficher plus d’échéances
        </button>
      )}
    </>
  );
}

function CalendarTable({ caption, lines, today }: { caption: string; lines: CalendarLine[]; today: string }) {
  if (lines.length === 0) return <p class="empty">Aucune échéance ce mois-ci.</p>;
  return (
    <div class="table-scroll">
      <table class="actions-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Jeune</th>
            <th scope="col">Échéance</th>
            <th scope="col">État</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={`${line.youthId}-${line.kind}`}>
              <td>{formatDate(line.dueOn)}</td>
              <th scope="row">
                <a href={href(youthPath(line.youthId))}>
                  {line.firstName} {line.lastName}
                </a>
              </th>
              <td>{deadlineLabel(line.kind)}</td>
              <td>{calendarLineState(line, today)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
