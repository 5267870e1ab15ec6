import type { AuditEntry, JournalEntry } from '../api/types';
import { formatTimestamp } from '../lib/dates';
import { auditActionLabel, personLabel, type Voice } from '../lib/labels';

export function AuditItem({ entry, voice }: { entry: AuditEntry; voice: Voice }) {
  return (
    <div class="entry">
      <p>
        <strong>{personLabel(entry.actorName, entry.actorRole)}</strong> {auditActionLabel(entry.action, voice)}
      </p>
      <p class="entry-meta">
        le <time dateTime={entry.at}>{formatTimestamp(entry.at)}</time>
      </p>
    </div>
  );
}

export function JournalItem({ entry, showVisibility }: { entry: JournalEntry; showVisibility: boolean }) {
  return (
    <article class="entry">
      <p class="entry-meta">
        <strong>{personLabel(entry.authorName, entry.authorRole)}</strong>, le{' '}
        <time dateTime={entry.createdAt}>{formatTimestamp(entry.createdAt)}</time>
      </p>
      <p class="entry-text">{entry.text}</p>
      {showVisibility &&
        (entry.visibleToYouth ? <p class="tag tag--shared">Visible par le jeune</p> : <p class="tag">Non visible par le jeune</p>)}
    </article>
  );
}
