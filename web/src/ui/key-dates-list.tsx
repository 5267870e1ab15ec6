import type { KeyDates } from '../api/types';
import { describeDistance, formatDate, KEY_DATE_ORDER, type KeyDateKind, nextKeyDate } from '../lib/dates';
import { KEY_DATE_LABELS, type Voice } from '../lib/labels';

/** The key dates with how far they are, the next one marked in words (not by colour alone). */
export function KeyDatesList({
  keyDates,
  today,
  voice,
  hints,
}: {
  keyDates: KeyDates;
  today: string;
  voice: Voice;
  hints?: Partial<Record<KeyDateKind, string>>;
}) {
  const next = nextKeyDate(keyDates, today);
  return (
    <dl class="key-dates">
      {KEY_DATE_ORDER.map((kind) => {
        const date = keyDates[kind];
        const isNext = next?.kind === kind;
        return (
          <div key={kind} class={isNext ? 'key-date key-date--next' : 'key-date'}>
            <dt>
              {KEY_DATE_LABELS[voice][kind]}
              {isNext && <span class="tag tag--next">Prochaine étape</span>}
            </dt>
            <dd>
              {date ? (
                <>
                  <time dateTime={date}>{formatDate(date)}</time> <span class="muted">({describeDistance(today, date)})</span>
                </>
              ) : (
                'Pas encore fixée'
              )}
              {hints?.[kind] && <span class="hint">{hints[kind]}</span>}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
